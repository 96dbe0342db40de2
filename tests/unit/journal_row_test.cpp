// Reading back the journal's copies of rows: every value whole, whatever
// its bytes, and anything that is not a row of the journal's shape refused.

#include <catch2/catch.hpp>

#include "store/journal_row.h"

using namespace stretch;

namespace {

JournalValue column(const std::string& json, const std::string& name) {
    const auto row = parse_journal_row(json);
    REQUIRE(row);
    REQUIRE(row->count(name) == 1);
    return row->at(name);
}

}  // namespace

TEST_CASE("journal rows: nulls, integers, reals and text come back with their types", "[journal]") {
    const std::string json = R"({"id":7,"reps":null,"pain":-3,"hold":2.5,"big":9007199254740993,"note":"ok"})";
    CHECK(column(json, "id") == JournalValue(int64_t{7}));
    CHECK(column(json, "reps") == JournalValue());
    CHECK(column(json, "pain") == JournalValue(int64_t{-3}));
    CHECK(column(json, "hold") == JournalValue(2.5));
    CHECK(column(json, "big") == JournalValue(int64_t{9007199254740993}));
    CHECK(column(json, "note") == JournalValue(std::string("ok")));
    CHECK(column(R"( { "a" : 1e3 } )", "a") == JournalValue(1000.0));
    CHECK(parse_journal_row("{}")->empty());
}

TEST_CASE("journal rows: text keeps a NUL, every escape and bytes that are not UTF-8", "[journal]") {
    using namespace std::string_literals;
    CHECK(column(R"({"note":"a\u0000b"})", "note") == JournalValue("a\0b"s));
    CHECK(column(R"({"note":"\"\\\/\b\f\n\r\t\u001f"})", "note") == JournalValue("\"\\/\b\f\n\r\t\x1f"s));
    CHECK(column(R"({"note":"\u00e9\u20ac\ud83d\ude00"})", "note") == JournalValue("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"s));
    CHECK(column("{\"note\":\"caf\xc3\xa9 \xff\"}", "note") == JournalValue("caf\xc3\xa9 \xff"s));
}

TEST_CASE("journal rows: anything but a flat object of nulls, numbers and text is refused", "[journal]") {
    for (const char* damaged : {"", "[]", "{", R"({"a":1)", R"({"a":1,})", R"({"a":true})", R"({"a":[1]})",
                                R"({"a":{"b":1}})", R"({"a":"unterminated})", R"({"a":"\x"})", R"({"a":"\u12"})",
                                R"({"a":"\ud83d"})", R"({"a":"\ude00"})", R"({"a":1.2.3})", R"({"a":-})",
                                R"({"a":99999999999999999999})", R"({"a":1} x)", R"({a:1})"}) {
        INFO(damaged);
        CHECK_FALSE(parse_journal_row(damaged));
    }
}
