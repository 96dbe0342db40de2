#include <catch2/catch.hpp>

#include "core/date.h"
#include "core/date_range.h"
#include "core/error.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {
const Date kSunday = ymd(2026, 11, 22);  // Sunday 22 November 2026
}

TEST_CASE("to_iso pads month and day to two digits", "[date]") {
    CHECK(to_iso(kSunday) == "2026-11-22");
    CHECK(to_iso(ymd(2026, 3, 4)) == "2026-03-04");
    CHECK(to_iso(ymd(999, 1, 1)) == "0999-01-01");
    CHECK(to_iso(ymd(2000, 12, 31)) == "2000-12-31");
    CHECK(to_iso(ymd(0, 10, 10)) == "0000-10-10");
    CHECK(to_iso(ymd(9999, 9, 9)) == "9999-09-09");
    // Beyond four digits, as printf would write them.
    CHECK(to_iso(ymd(10000, 1, 1)) == "10000-01-01");
    CHECK(to_iso(ymd(-1, 1, 1)) == "-001-01-01");
}

TEST_CASE("parse_iso_date reads a strict YYYY-MM-DD", "[date]") {
    const auto parsed = parse_iso_date("2026-11-22");
    REQUIRE(parsed.has_value());
    CHECK(*parsed == kSunday);

    const auto march = parse_iso_date("2026-03-04");
    REQUIRE(march.has_value());
    CHECK(*march == ymd(2026, 3, 4));
}

TEST_CASE("parse_iso_date rejects days that do not exist", "[date]") {
    CHECK_FALSE(parse_iso_date("2026-02-30").has_value());
    CHECK_FALSE(parse_iso_date("2026-13-01").has_value());
    CHECK_FALSE(parse_iso_date("2026-00-10").has_value());
    CHECK_FALSE(parse_iso_date("2026-04-31").has_value());
    CHECK_FALSE(parse_iso_date("2026-01-00").has_value());
}

TEST_CASE("parse_iso_date knows leap years", "[date]") {
    const auto leap = parse_iso_date("2024-02-29");
    REQUIRE(leap.has_value());
    CHECK(*leap == ymd(2024, 2, 29));
    CHECK_FALSE(parse_iso_date("2025-02-29").has_value());
    CHECK_FALSE(parse_iso_date("1900-02-29").has_value());
    CHECK(parse_iso_date("2000-02-29").has_value());
}

TEST_CASE("parse_iso_date rejects anything that is not exactly YYYY-MM-DD", "[date]") {
    for (const char* text : {"2026-1-01", "2026-01-1", "abc", "", "2026/01/01", "2026-01-01x",
                             " 2026-01-01", "20260101", "2026-0a-01", "-026-01-01", "2026-+1-01"}) {
        INFO("text: '" << text << "'");
        CHECK_FALSE(parse_iso_date(text).has_value());
    }
}

TEST_CASE("to_iso and parse_iso_date round-trip", "[date]") {
    for (const Date day : {kSunday, ymd(2024, 2, 29), ymd(2027, 1, 1), ymd(2026, 12, 31)}) {
        const auto parsed = parse_iso_date(to_iso(day));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == day);
    }
}

TEST_CASE("weekday_index numbers Monday 0 to Sunday 6", "[date]") {
    CHECK(weekday_index(ymd(2026, 11, 23)) == 0);  // Monday
    CHECK(weekday_index(ymd(2026, 11, 25)) == 2);  // Wednesday
    CHECK(weekday_index(ymd(2026, 11, 28)) == 5);  // Saturday
    CHECK(weekday_index(kSunday) == 6);
    CHECK(weekday_index(ymd(2026, 1, 1)) == 3);  // Thursday
}

TEST_CASE("weekday names, short and long", "[date]") {
    CHECK(weekday_short(kSunday) == "sun");
    CHECK(weekday_short(ymd(2026, 11, 23)) == "mon");
    CHECK(weekday_short(4) == "fri");
    CHECK(weekday_long(kSunday) == "Sunday");
    CHECK(weekday_long(ymd(2026, 11, 25)) == "Wednesday");
}

TEST_CASE("parse_weekday accepts short and long names in any case", "[date]") {
    CHECK(parse_weekday("mon") == 0);
    CHECK(parse_weekday("Monday") == 0);
    CHECK(parse_weekday("SUN") == 6);
    CHECK(parse_weekday("sunday") == 6);
    CHECK(parse_weekday("Wed") == 2);
    CHECK(parse_weekday("THURSDAY") == 3);
    CHECK(parse_weekday("sat") == 5);
}

TEST_CASE("parse_weekday rejects partial and unknown names", "[date]") {
    for (const char* word : {"mo", "m", "", "mond", "funday", "mon ", "tues", "today"}) {
        INFO("word: '" << word << "'");
        CHECK_FALSE(parse_weekday(word).has_value());
    }
}

TEST_CASE("add_days crosses month and year ends", "[date]") {
    CHECK(add_days(kSunday, 0) == kSunday);
    CHECK(add_days(kSunday, 1) == ymd(2026, 11, 23));
    CHECK(add_days(ymd(2026, 11, 30), 1) == ymd(2026, 12, 1));
    CHECK(add_days(ymd(2026, 12, 31), 1) == ymd(2027, 1, 1));
    CHECK(add_days(ymd(2027, 1, 1), -1) == ymd(2026, 12, 31));
    CHECK(add_days(ymd(2024, 2, 28), 1) == ymd(2024, 2, 29));
    CHECK(add_days(ymd(2025, 2, 28), 1) == ymd(2025, 3, 1));
    CHECK(add_days(ymd(2026, 3, 1), -1) == ymd(2026, 2, 28));
    CHECK(add_days(kSunday, 40) == ymd(2027, 1, 1));
    // Every day of four years (a leap year among them), one day and one
    // week at a time, as the calendar counts them.
    for (auto day = std::chrono::sys_days(ymd(2023, 1, 1)); day < std::chrono::sys_days(ymd(2027, 1, 1));
         day += std::chrono::days(1)) {
        const Date date(day);
        for (int step : {1, -1, 7, -7, 27, -27, 28, -28}) {
            CHECK(add_days(date, step) == Date(day + std::chrono::days(step)));
            CHECK(days_between(date, Date(day + std::chrono::days(step))) == step);
        }
    }
    CHECK(add_days(kSunday, -365) == ymd(2025, 11, 22));
}

TEST_CASE("days_between counts whole days, negative backwards", "[date]") {
    CHECK(days_between(kSunday, kSunday) == 0);
    CHECK(days_between(kSunday, ymd(2026, 11, 23)) == 1);
    CHECK(days_between(ymd(2026, 11, 23), kSunday) == -1);
    CHECK(days_between(kSunday, ymd(2027, 1, 1)) == 40);
    CHECK(days_between(ymd(2024, 1, 1), ymd(2025, 1, 1)) == 366);
    CHECK(days_between(ymd(2025, 1, 1), ymd(2026, 1, 1)) == 365);
}

TEST_CASE("long_date spells out weekday, day, month and year", "[date]") {
    CHECK(long_date(kSunday) == "Sunday 22 November 2026");
    CHECK(long_date(ymd(2026, 1, 1)) == "Thursday 1 January 2026");
    CHECK(long_date(ymd(2024, 2, 29)) == "Thursday 29 February 2024");
}

TEST_CASE("resolve_when: today, yesterday, tomorrow in any case", "[date]") {
    for (const auto direction : {WhenDirection::next, WhenDirection::latest}) {
        CHECK(resolve_when("today", kSunday, direction) == kSunday);
        CHECK(resolve_when("yesterday", kSunday, direction) == ymd(2026, 11, 21));
        CHECK(resolve_when("tomorrow", kSunday, direction) == ymd(2026, 11, 23));
        CHECK(resolve_when("Today", kSunday, direction) == kSunday);
        CHECK(resolve_when("TOMORROW", ymd(2026, 12, 31), direction) == ymd(2027, 1, 1));
    }
}

TEST_CASE("resolve_when: an ISO date is taken as written in either direction", "[date]") {
    CHECK(resolve_when("2026-03-14", kSunday, WhenDirection::next) == ymd(2026, 3, 14));
    CHECK(resolve_when("2026-03-14", kSunday, WhenDirection::latest) == ymd(2026, 3, 14));
    CHECK(resolve_when("2027-01-05", kSunday, WhenDirection::latest) == ymd(2027, 1, 5));
}

TEST_CASE("resolve_when: a weekday looking ahead is the next such day, today included",
          "[date]") {
    CHECK(resolve_when("sun", kSunday, WhenDirection::next) == kSunday);
    CHECK(resolve_when("mon", kSunday, WhenDirection::next) == ymd(2026, 11, 23));
    CHECK(resolve_when("Wednesday", kSunday, WhenDirection::next) == ymd(2026, 11, 25));
    CHECK(resolve_when("sat", kSunday, WhenDirection::next) == ymd(2026, 11, 28));
    // From a Wednesday: Tuesday is six days ahead, Thursday one.
    const Date wednesday = ymd(2026, 11, 25);
    CHECK(resolve_when("tue", wednesday, WhenDirection::next) == ymd(2026, 12, 1));
    CHECK(resolve_when("thu", wednesday, WhenDirection::next) == ymd(2026, 11, 26));
}

TEST_CASE("resolve_when: a weekday looking back is the latest such day, today included",
          "[date]") {
    CHECK(resolve_when("sun", kSunday, WhenDirection::latest) == kSunday);
    CHECK(resolve_when("SUNDAY", kSunday, WhenDirection::latest) == kSunday);
    CHECK(resolve_when("mon", kSunday, WhenDirection::latest) == ymd(2026, 11, 16));
    CHECK(resolve_when("sat", kSunday, WhenDirection::latest) == ymd(2026, 11, 21));
    const Date thursday = ymd(2027, 1, 7);
    CHECK(resolve_when("fri", thursday, WhenDirection::latest) == ymd(2027, 1, 1));
    CHECK(resolve_when("wed", thursday, WhenDirection::latest) == ymd(2027, 1, 6));
}

TEST_CASE("resolve_when says when a date-shaped word names no day", "[date]") {
    for (const char* word : {"2026-02-30", "2025-02-29", "2026-13-01"}) {
        INFO(word);
        const auto error = test::thrown<Error>([&] { resolve_when(word, kSunday, WhenDirection::next); });
        CHECK(error.kind() == ErrorKind::usage);
        CHECK_THAT(error.what(), Catch::Matchers::Equals("there is no day " + std::string(word)));
    }
}

TEST_CASE("resolve_past_day refuses the future and days before 2000", "[date]") {
    CHECK(resolve_past_day("2000-01-01", kSunday) == ymd(2000, 1, 1));
    CHECK(resolve_past_day("today", kSunday) == kSunday);
    CHECK(test::thrown<Error>([] { resolve_past_day("1999-12-31", kSunday); }).kind() == ErrorKind::usage);
    CHECK(test::thrown<Error>([] { resolve_past_day("tomorrow", kSunday); }).kind() == ErrorKind::usage);
}

TEST_CASE("resolve_when rejects unknown words with a usage error", "[date]") {
    for (const char* word : {"someday", "", "mo", "2026-2-3", "next monday"}) {
        INFO("word: '" << word << "'");
        const auto error = test::thrown<Error>([&] { resolve_when(word, kSunday, WhenDirection::next); });
        CHECK(error.kind() == ErrorKind::usage);
        CHECK(exit_code(error.kind()) == 64);
        CHECK_THAT(error.what(), Catch::Matchers::Contains("'" + std::string(word) + "'"));
        CHECK_THAT(error.hint(), Catch::Matchers::Contains("yesterday") &&
                                     Catch::Matchers::Contains("tomorrow") &&
                                     Catch::Matchers::Contains("mon"));
    }
}

TEST_CASE("named days and the clock stay within 2000-01-01 .. 2199-12-31", "[date]") {
    // STRETCH_NOW=9999-12-31 overflowed std::chrono's nanosecond clock (UBSan).
    const Date today = test::ymd(2026, 11, 23);
    CHECK(resolve_when("2199-12-31", today, WhenDirection::next) == kLatestDay);
    CHECK(resolve_when("2000-01-01", today, WhenDirection::latest) == kEarliestDay);
    for (const char* word : {"9999-12-31", "2200-01-01", "1999-12-31", "0026-11-20"}) {
        INFO(word);
        const auto error = test::thrown<Error>([&] { resolve_when(word, today, WhenDirection::next); });
        CHECK(error.kind() == ErrorKind::usage);
        CHECK_THAT(error.what(), Catch::Contains("outside the days stretch keeps"));
    }
    // On the last and first days kept, the words that reach past them are
    // refused too: `skip tomorrow` stored 2200-01-01, which no import takes.
    CHECK(resolve_when("tomorrow", test::ymd(2199, 12, 30), WhenDirection::next) == kLatestDay);
    CHECK_THAT(test::thrown<Error>([&] { resolve_when("tomorrow", kLatestDay, WhenDirection::next); }).what(),
               Catch::Contains("tomorrow (2200-01-01) is outside the days stretch keeps"));
    CHECK_THROWS_AS(resolve_when("yesterday", kEarliestDay, WhenDirection::latest), Error);
    CHECK_THROWS_AS(resolve_when("fri", kLatestDay, WhenDirection::next), Error);
    CHECK(resolve_when("today", kLatestDay, WhenDirection::next) == kLatestDay);
}

TEST_CASE("resolve_coming_days reads a weekday --until from the first day, other words from today", "[date]") {
    // kSunday is today; the span starts on Thursday 26 November.
    const auto week = resolve_coming_days("thu", "wed", kSunday);
    CHECK(week.first == ymd(2026, 11, 26));
    CHECK(week.last == ymd(2026, 12, 2));
    const auto one = resolve_coming_days("tomorrow", "tomorrow", kSunday);
    CHECK(one.first == ymd(2026, 11, 23));
    CHECK(one.last == ymd(2026, 11, 23));
    CHECK(resolve_coming_days("today", "2026-11-24", kSunday).last == ymd(2026, 11, 24));
    // --until today cannot come after a later first day.
    CHECK_THROWS_AS(resolve_coming_days("2026-11-25", "today", kSunday), Error);
    CHECK_THROWS_AS(resolve_coming_days("thu", "tomorrow", kSunday), Error);
}
