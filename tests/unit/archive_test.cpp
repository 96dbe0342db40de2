// The archive core: merge decisions, record checks, and the CSV and JSON
// readers that import relies on.

#include <string>
#include <utility>

#include <catch2/catch.hpp>

#include "archive/archive_csv.h"
#include "archive/archive_json.h"
#include "core/archive.h"
#include "render/json_text.h"
#include "test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

Entry entry(std::string uuid = "3f2a9c1e-0000-4000-8000-000000000001") {
    Entry e;
    e.uuid = std::move(uuid);
    e.logged_at = "2026-11-22T08:00:00Z";
    e.day = ymd(2026, 11, 22);
    e.exercise = "bridge";
    e.reps = 8;
    return e;
}

std::string error_of(const std::function<void()>& call) { return test::thrown<Error>(call).what(); }

}  // namespace

TEST_CASE("archive: merging keeps what is new, skips what is the same, settles conflicts by time", "[archive]") {
    const Entry ours = entry();
    CHECK(merge_action(nullptr, ours) == MergeAction::add);
    CHECK(merge_action(&ours, ours) == MergeAction::present);

    Entry theirs = ours;
    theirs.reps = 10;
    theirs.changed_at = "2026-11-23T08:00:00Z";
    CHECK(merge_action(&ours, theirs) == MergeAction::take_theirs);
    Entry edited_here = ours;
    edited_here.reps = 9;
    edited_here.changed_at = "2026-11-24T08:00:00Z";
    CHECK(merge_action(&edited_here, theirs) == MergeAction::keep_ours);
    // Changed at the same moment: this log's side stays.
    theirs.changed_at = edited_here.changed_at;
    CHECK(merge_action(&edited_here, theirs) == MergeAction::keep_ours);

    // Two machines that skipped the same day with other reasons: a conflict,
    // settled the same way on both, so that both logs keep the later skip.
    const SkipRecord skip{"a", ymd(2026, 11, 22), "travel", "2026-11-20T08:00:00Z"};
    SkipRecord other{"b", ymd(2026, 11, 22), "ill", "2026-11-21T08:00:00Z"};
    CHECK(merge_action(&skip, other) == MergeAction::take_theirs);
    CHECK(merge_action(&other, skip) == MergeAction::keep_ours);
    other.uuid = "a";
    CHECK(merge_action(&skip, other) == MergeAction::take_theirs);
    // With the same reason only the ids differ: no conflict to report, and
    // both logs still end with the same record.
    other = SkipRecord{"b", ymd(2026, 11, 22), "travel", "2026-11-21T08:00:00Z"};
    CHECK(merge_action(&skip, other) == MergeAction::take_theirs_quietly);
    CHECK(merge_action(&other, skip) == MergeAction::present);
    CHECK(merge_action(&skip, skip) == MergeAction::present);

    const VersionRecord version{"lower-back", ymd(2026, 11, 1), "{}", "2026-11-01T08:00:00Z"};
    VersionRecord newer = version;
    newer.recorded_at = "2026-11-02T08:00:00Z";
    CHECK(merge_action(&version, newer) == MergeAction::present);  // same definition
    newer.definition = "{\"x\":1}";
    CHECK(merge_action(&version, newer) == MergeAction::take_theirs);
}

TEST_CASE("archive: records from outside are checked as log checks its own", "[archive]") {
    CHECK_NOTHROW(check_entry(entry(), "entries[0]"));
    Entry bad = entry("not-a-uuid");
    CHECK(error_of([&] { check_entry(bad, "entries[0]"); }) == "entries[0]: id 'not-a-uuid' is not a uuid");
    bad = entry();
    bad.pain = 11;
    CHECK(error_of([&] { check_entry(bad, "line 4"); }) == "line 4: pain must be from 0 to 10, not 11");
    bad = entry();
    bad.day = ymd(1999, 12, 31);
    CHECK_THAT(error_of([&] { check_entry(bad, "x"); }), Catch::Matchers::Contains("outside the years 2000-2199"));
    bad = entry();
    bad.kind = EntryKind::pain;
    CHECK(error_of([&] { check_entry(bad, "x"); }) == "x: a pain entry has no exercise");
    bad = entry();
    bad.logged_at = "2026-11-22 08:00";
    CHECK_THROWS_AS(check_entry(bad, "x"), Error);

    // Nothing is stamped after the latest day a log may hold (tomorrow):
    // a merge keeps the side changed last, so it would win every merge after.
    const Date tomorrow = ymd(2026, 11, 23);
    CHECK_NOTHROW(check_not_future(entry(), tomorrow));
    Entry ahead = entry();
    ahead.changed_at = "2026-11-24T00:00:00Z";
    CHECK_THAT(error_of([&] { check_not_future(ahead, tomorrow); }),
               Catch::Matchers::Contains("has changed_at 2026-11-24T00:00:00Z, a time still to come"));
    PauseRecord pause{"3f2a9c1e-0000-4000-8000-000000000002", {"bridge", ymd(2026, 11, 20), {}, ""},
                      "2026-11-20T08:00:00Z", ""};
    CHECK_NOTHROW(check_not_future(pause, tomorrow));
    pause.changed_at = "2099-01-01T00:00:00Z";
    CHECK_THROWS_AS(check_not_future(pause, tomorrow), Error);
    const SkipRecord skip{"3f2a9c1e-0000-4000-8000-000000000003", ymd(2026, 11, 21), "", "2030-01-01T00:00:00Z"};
    CHECK_THAT(error_of([&] { check_not_future(skip, tomorrow); }), Catch::Matchers::Contains("the skip of 2026-11-21"));
    const VersionRecord version{"lower-back", ymd(2026, 11, 20), "{}", "2026-11-23T23:59:59Z"};
    CHECK_NOTHROW(check_not_future(version, tomorrow));

    CHECK(is_utc_instant("2026-11-22T23:59:60Z"));
    CHECK_FALSE(is_utc_instant("2026-11-22T24:00:00Z"));
    CHECK_FALSE(is_utc_instant("2026-02-30T08:00:00Z"));
    CHECK(is_uuid("3f2a9c1e-0000-4000-8000-000000000001"));
    CHECK_FALSE(is_uuid("3F2A9C1E-0000-4000-8000-000000000001"));
    CHECK_FALSE(is_uuid("3f2a9c1e-0000-4000-8000-00000000000"));
}

TEST_CASE("archive: the CSV reader follows RFC 4180 and names the line of a problem", "[archive][csv]") {
    const Archive read = parse_archive_csv("day,exercise,note\r\n"
                                           "2026-11-20,bridge,\"two\r\nlines, \"\"quoted\"\"\"\r\n"
                                           "2026-11-21,bridge,\r\n"
                                           "\r\n");
    REQUIRE(read.entries.size() == 2);
    CHECK(read.entries[0].note == "two\r\nlines, \"quoted\"");
    CHECK(read.entries[0].kind == EntryKind::stretch);
    // The quoted field spans two lines, so the next row is on line 4.
    CHECK(error_of([] { parse_archive_csv("day,exercise,note,reps\n2026-11-20,bridge,\"a\nb\",1\n2026-11-21,bridge,,x\n"); }) ==
          "line 4: reps 'x' is not a whole number");
    CHECK(error_of([] { parse_archive_csv("day,exercise,note\n2026-11-20,bridge,\"open\n"); }) ==
          "line 2: a quoted field is not closed; the file may be cut short");
    CHECK(error_of([] { parse_archive_csv("day,exercise\n2026-11-20,bridge,extra\n"); }) ==
          "line 2: 3 fields, but the header has 2");
    CHECK(error_of([] { parse_archive_csv("day,exercise\n2026-11-20,\"bridge\"x\n"); }) ==
          "line 2: text after a closing quote");
    CHECK(error_of([] { parse_archive_csv("reps\n8\n"); }) == "line 1: there is no 'day' column");
    CHECK(error_of([] { parse_archive_csv(""); }) == "the file is empty");
}

TEST_CASE("archive: a CSV number out of range says its range, and one that is no number says so", "[archive][csv]") {
    // A negative number reads as one, so that the range it is outside is said.
    const std::pair<std::string, std::string> refused[] = {
        {"-3", "line 2: reps must be from 1 to 1000, not -3"},
        {"-", "line 2: reps '-' is not a whole number"},
        {"3-", "line 2: reps '3-' is not a whole number"},
        {"12345678", "line 2: reps '12345678' is far out of range"},
        {"-12345678", "line 2: reps '-12345678' is far out of range"},
    };
    for (const auto& [reps, message] : refused) {
        INFO(reps);
        CHECK(error_of([&] { parse_archive_csv("day,exercise,reps\n2026-11-20,bridge," + reps + "\n"); }) == message);
    }
    CHECK(parse_archive_csv("day,exercise,reps\n2026-11-20,bridge,00000012\n").entries.at(0).reps == 12);
    const std::string header = "format_version,record,id,logged_at,changed_at,day,until,kind,exercise,routine,reps,"
                               "hold_seconds,side,pain,note,definition,moment\n";
    CHECK(error_of([&] { parse_archive_csv(header + "-1,end" + std::string(15, ',') + "\n"); }) ==
          "line 2: format_version must be 1 or more, not -1");
}

TEST_CASE("archive: rows without ids get the same derived uuid every time", "[archive][csv]") {
    const std::string sheet = "day,exercise,reps\n2026-11-20,bridge,8\n2026-11-20,bridge,9\n";
    const Archive first = parse_archive_csv(sheet), second = parse_archive_csv(sheet);
    REQUIRE(first.entries.size() == 2);
    CHECK(first.entries[0].uuid == second.entries[0].uuid);
    CHECK(first.entries[0].uuid != first.entries[1].uuid);
    CHECK(is_uuid(first.entries[0].uuid));
    CHECK(content_uuid("a") != content_uuid("b"));
}

TEST_CASE("archive: an export survives JSON and CSV round trips", "[archive]") {
    Archive archive;
    archive.entries = {entry()};
    archive.entries[0].note = "comma, \"quote\"\nnewline";
    archive.pauses = {PauseRecord{"3f2a9c1e-0000-4000-8000-000000000002",
                                  Pause{"bridge", ymd(2026, 11, 23), ymd(2026, 11, 25), "pain 7/10"},
                                  "2026-11-22T08:00:00Z", "2026-11-25T08:00:00Z"}};
    archive.skips = {SkipRecord{"3f2a9c1e-0000-4000-8000-000000000003", ymd(2026, 11, 24), "", "2026-11-22T08:00:00Z"}};
    const std::string definition =
        R"({"days":["mon"],"description":"","id":"r","name":"R","steps":[{"exercise":"bridge","hold":null,)"
        R"("reps":[8,12],"reps_at_least":false,"side_label":"side","sides":"none"}]})";
    archive.versions = {VersionRecord{"r", ymd(2000, 1, 1), definition, "2026-11-22T08:00:00Z"}};

    const Archive from_json = parse_archive_json(to_json_text(archive_json(archive, "2026-11-22T09:00:00Z")));
    const Archive from_csv = parse_archive_csv(archive_csv(archive));
    for (const Archive* back : {&from_json, &from_csv}) {
        REQUIRE(back->entries.size() == 1);
        CHECK(back->entries[0].note == archive.entries[0].note);
        CHECK(back->entries[0].reps == 8);
        CHECK(back->pauses == archive.pauses);
        CHECK(back->skips == archive.skips);
        CHECK(back->versions == archive.versions);
    }
    // Cut short: the CSV's end row counts what came before it.
    std::string csv = archive_csv(archive);
    const auto skip_row = csv.find("1,skip");
    csv.erase(skip_row, csv.find("\r\n", skip_row) + 2 - skip_row);
    CHECK_THAT(error_of([&] { parse_archive_csv(csv); }), Catch::Matchers::Contains("the end row counts 4 records"));
}
