// The kept day logs' encoding: a day's log comes back exactly as it went
// in, and bytes it did not write are refused, never read as some other day.

#include <catch2/catch.hpp>

#include <limits>
#include <vector>

#include "store/day_log_codec.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

bool same(const DayLog& a, const DayLog& b) {
    if (a.day != b.day || a.stretches.size() != b.stretches.size() || a.pain_scores != b.pain_scores ||
        a.before_session != b.before_session || a.after_session != b.after_session)
        return false;
    for (size_t i = 0; i < a.stretches.size(); ++i) {
        const StretchDay &x = a.stretches[i], &y = b.stretches[i];
        if (x.exercise != y.exercise || x.reps != y.reps || x.pain_total != y.pain_total ||
            x.pain_count != y.pain_count || x.pain_max != y.pain_max)
            return false;
    }
    return true;
}

DayLog a_busy_day() {
    DayLog log;
    log.day = ymd(2026, 3, 9);
    log.stretches = {{"bridge", 20, 7, 2, 4}, {"lower-stomach-stretch", 0, 0, 0, 0}, {"x", 300, 0, 0, 0}};
    log.pain_scores = {3, 0, 10};
    log.before_session = {3};
    log.after_session = {1, 2};
    return log;
}

}  // namespace

TEST_CASE("a kept day log decodes to the log that was encoded", "[day-logs]") {
    const DayLog busy = a_busy_day();
    const auto back = decode_day_log(busy.day, encode_day_log(busy));
    REQUIRE(back);
    CHECK(same(*back, busy));

    DayLog nothing;
    nothing.day = ymd(2026, 3, 10);
    const auto empty = decode_day_log(nothing.day, encode_day_log(nothing));
    REQUIRE(empty);
    CHECK(same(*empty, nothing));

    // Reps of several bytes, the highest pain, and ids of any bytes.
    DayLog odd;
    odd.day = ymd(2026, 3, 11);
    odd.stretches = {{std::string("a\0b\xff", 4), std::numeric_limits<int>::max(), 1000, 100, 10}};
    odd.pain_scores = {10, 10};
    const auto odd_back = decode_day_log(odd.day, encode_day_log(odd));
    REQUIRE(odd_back);
    CHECK(same(*odd_back, odd));
}

TEST_CASE("a day log decoded over another keeps nothing of it", "[day-logs]") {
    DayLog reused = a_busy_day();
    DayLog small;
    small.day = ymd(2026, 3, 12);
    small.stretches = {{"lower-stomach-stretch", 5, 0, 0, 0}};
    small.pain_scores = {2};
    REQUIRE(decode_day_log(small.day, encode_day_log(small), reused));
    CHECK(same(reused, small));

    // One refused half way (cut short after its stretches, which it has
    // written over the log by then) leaves it unspecified; the next decode
    // fills it whole.
    const DayLog busy = a_busy_day();
    std::string cut = encode_day_log(busy);
    cut.resize(cut.size() - 2);
    REQUIRE_FALSE(decode_day_log(busy.day, cut, reused));
    REQUIRE(reused.stretches.size() == busy.stretches.size());
    DayLog nothing;
    nothing.day = ymd(2026, 3, 13);
    REQUIRE(decode_day_log(nothing.day, encode_day_log(nothing), reused));
    CHECK(same(reused, nothing));
    REQUIRE_FALSE(decode_day_log(busy.day, cut, reused));
    REQUIRE(decode_day_log(small.day, encode_day_log(small), reused));
    CHECK(same(reused, small));
}

TEST_CASE("a kept day log that no entries could add up to is refused", "[day-logs]") {
    const auto refused = [](StretchDay stretch, std::vector<int> scores = {}) {
        DayLog log;
        log.day = ymd(2026, 3, 9);
        log.stretches = {std::move(stretch)};
        log.pain_scores = std::move(scores);
        return !decode_day_log(log.day, encode_day_log(log));
    };
    CHECK(refused({"bridge", -1, 0, 0, 0}));   // negative reps
    CHECK(refused({"bridge", 8, 11, 1, 11}));  // pain above 10
    CHECK(refused({"bridge", 8, -1, 1, 0}));   // negative pain
    CHECK(refused({"bridge", 8, 9, 1, 4}));    // a total above the highest
    CHECK(refused({"bridge", 8, 2, 1, 4}));    // a total below the highest
    CHECK(refused({"bridge", 8, 3, 0, 3}));    // pain without a count
    CHECK(refused({"bridge", 8, 0, -2, 0}));   // a negative count
    CHECK(refused({"bridge", 8, 0, 0, 0}, {11}));
    CHECK(refused({"bridge", 8, 0, 0, 0}, {-1}));
    CHECK_FALSE(refused({"bridge", 8, 7, 2, 4}, {0, 10}));
}

TEST_CASE("bytes a kept day log could not have are refused", "[day-logs]") {
    const std::string good = encode_day_log(a_busy_day());
    const Date day = ymd(2026, 3, 9);
    CHECK_FALSE(decode_day_log(day, ""));
    CHECK_FALSE(decode_day_log(day, "\x02" + good.substr(1)));  // another format
    CHECK_FALSE(decode_day_log(day, good + '\0'));              // trailing bytes
    // Every shorter prefix is incomplete.
    for (size_t size = 0; size < good.size(); ++size) CHECK_FALSE(decode_day_log(day, good.substr(0, size)));
    // A negative count, a count larger than the bytes left, a number too
    // large for an int, an empty exercise id, a varint that never ends, and
    // one that ends in a zero byte, which put() never writes.
    CHECK_FALSE(decode_day_log(day, std::string("\x01\x7f", 2)));
    CHECK_FALSE(decode_day_log(day, std::string("\x01\x7e", 2)));
    CHECK_FALSE(decode_day_log(day, std::string("\x01\x02\x02x\xff\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00", 15)));
    CHECK_FALSE(decode_day_log(day, std::string("\x01\x02\x00\x00\x00\x00\x00\x00\x00\x00", 10)));
    CHECK_FALSE(decode_day_log(day, std::string("\x01\x00\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80", 13)));
    CHECK_FALSE(decode_day_log(day, std::string("\x01\x00\x80\x00\x00\x00", 6)));  // 0 as two bytes
    CHECK(decode_day_log(day, std::string("\x01\x00\x00\x00\x00", 5)));            // 0 as one
}
