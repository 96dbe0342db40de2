// End-to-end: what import reads. Damaged, hand-broken and repeated files are
// refused whole; spreadsheets and history CSVs import; the file is read as a
// stream, merged as it is read, and still changes nothing when refused. An
// import that waits or is stopped: import_interrupted_e2e_test.cpp.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <tuple>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/entries.h"
#include "support/histories.h"
#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::busy_week;
using stretch::testing::newest_id;
using stretch::testing::read_file;
using stretch::testing::Sandbox;

TEST_CASE("a truncated or hand-broken export is refused whole, naming the place", "[e2e][records][import]") {
    Sandbox sandbox;
    busy_week(sandbox);
    const std::string json = sandbox.run({"export"}).out;
    const std::string csv = sandbox.run({"export", "--format", "csv"}).out;
    const std::string db_before = read_file(sandbox.database());
    const std::string rows_before = sandbox.sql("SELECT count(*) FROM entries");

    auto broken = nlohmann::json::parse(json);
    broken["entries"][3]["reps"] = "ten";
    auto bad_day = nlohmann::json::parse(json);
    bad_day["skips"][0]["day"] = "2026-13-01";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {json.substr(0, json.size() / 2), "the JSON is malformed or cut short: line "},
        {broken.dump(), "entries[3].reps: expected a whole number or null"},
        {bad_day.dump(), "skips[0].day: expected a date like 2026-11-22, got '2026-13-01'"},
        {csv.substr(0, csv.rfind("1,end")), "line 40: the end row is missing, so the file is cut short; import the whole file"},
        {csv.substr(0, csv.find("\"short") + 4), "a quoted field is not closed"},
        {"day,exercise,reps\r\n2026-11-20,bridge,8\r\n2026-11-21,bridge,ten\r\n", "line 3: reps 'ten' is not a whole number"},
        {"day,exercise,mood\r\n2026-11-20,bridge,ok\r\n", "line 1: unknown column 'mood'"},
    };
    for (const auto& [text, message] : cases) {
        INFO(message);
        const auto file = sandbox.write("bad.txt", text);
        const auto result = sandbox.run({"import", file.string()});
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, StartsWith("stretch: error: " + file.string() + ": "));
        CHECK_THAT(result.err, Contains(message));
        CHECK(result.out.empty());
    }
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == rows_before);
    // A refused import into a log that does not exist yet creates none.
    const std::string fresh = (sandbox.home() / "fresh.db").string();
    const auto file = sandbox.write("bad.json", json.substr(0, 100));
    CHECK(sandbox.run({"--db", fresh, "import", file.string()}).exit_code == 65);
    CHECK_FALSE(std::filesystem::exists(fresh));
    CHECK(sandbox.run({"import", (sandbox.home() / "missing.json").string()}).exit_code == 66);
}

TEST_CASE("an export from a newer stretch, JSON or CSV, asks for an upgrade and imports nothing",
          "[e2e][records][import]") {
    Sandbox sandbox;
    busy_week(sandbox);
    auto json = nlohmann::json::parse(sandbox.run({"export"}).out);
    json["format_version"] = 99;
    std::string csv = sandbox.run({"export", "--format", "csv"}).out;
    // Every row of a CSV export starts with its format version.
    for (size_t at = csv.find("\n1,"); at != std::string::npos; at = csv.find("\n1,", at + 1)) csv.replace(at + 1, 1, "99");
    Sandbox other;
    REQUIRE(other.run({"pain", "2"}).exit_code == 0);
    const std::string rows_before = other.sql("SELECT count(*) FROM entries");
    // Said where it is: the JSON's header, the CSV's first row.
    for (const auto& [name, text, where] :
         {std::tuple<std::string, std::string, std::string>{"newer.json", json.dump(2), "this export has"},
          {"newer.csv", csv, "line 2:"}}) {
        INFO(name);
        const auto result = other.run({"import", other.write(name, text).string()});
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains("format version 99, newer than this stretch reads (1)"));
        CHECK_THAT(result.err, Contains(name + ": " + where + " format version 99"));
        CHECK_THAT(result.err, Contains("upgrade stretch; nothing was imported"));
        CHECK(result.out.empty());
    }
    CHECK(other.sql("SELECT count(*) FROM entries") == rows_before);
}

TEST_CASE("a CSV as history writes it, or as a spreadsheet keeps it, imports", "[e2e][records][import]") {
    Sandbox sandbox;
    busy_week(sandbox);
    const auto csv = sandbox.write("history.csv", sandbox.run({"history", "--all", "--format", "csv"}).out);
    const std::string copy = (sandbox.home() / "copy.db").string();
    const auto imported = sandbox.run({"--db", copy, "import", csv.string()});
    CHECK(imported.exit_code == 0);
    CHECK_THAT(imported.out, Contains("33 records added"));
    // A new log from it judges its days by today's files, and is told so;
    // one from an export, which keeps the routine versions, is not.
    CHECK_THAT(imported.out, Contains("This file has your stretches and pain scores, but not your skipped or paused\n"
                                      "days nor the routines you had then: a day you skipped shows as missed"));
    const auto exported = sandbox.write("export.json", sandbox.run({"export"}).out);
    const auto whole = sandbox.run({"--db", (sandbox.home() / "whole.db").string(), "import", exported.string()});
    CHECK(whole.exit_code == 0);
    CHECK(whole.out.find("not your skipped or paused") == std::string::npos);
    CHECK(sandbox.sql("SELECT uuid, day, exercise, reps, side, pain, note FROM entries ORDER BY uuid") ==
          Sandbox::finish(sandbox.start({"sqlite3", copy,
                                         "SELECT uuid, day, exercise, reps, side, pain, note FROM entries ORDER BY uuid"}))
              .out);

    // A spreadsheet: columns in its own order, no ids, a BOM, LF line ends.
    const auto sheet = sandbox.write("sheet.csv", "\xEF\xBB\xBF" "exercise,day,reps,pain,note\n"
                                                  "bridge,2026-10-01,10,,\"good, easy\"\n"
                                                  ",2026-10-01,,3,\n");
    const auto first = sandbox.run({"import", sheet.string()});
    CHECK(first.exit_code == 0);
    CHECK_THAT(first.out, Contains("2 records added"));
    // Into a log with routine versions of its own, which judge the days.
    CHECK(first.out.find("not your skipped or paused") == std::string::npos);
    CHECK_THAT(sandbox.run({"import", sheet.string()}).out, Contains("0 records added, 2 already present"));
    CHECK(sandbox.sql("SELECT kind, exercise, reps, pain, note, logged_at FROM entries WHERE day = '2026-10-01' "
                      "ORDER BY kind") ==
          "pain|||3||2026-10-01T12:00:00Z\n" "stretch|bridge|10||good, easy|2026-10-01T12:00:00Z\n");
    // The same sheet saved with bare CR line ends (an old Mac's) is the same
    // rows: it was read as one header "note 2026-10-01...", an unknown column.
    std::string sheet_text = read_file(sheet);
    std::replace(sheet_text.begin(), sheet_text.end(), '\n', '\r');
    const auto mac = sandbox.run({"import", sandbox.write("mac.csv", sheet_text).string()});
    CHECK(mac.exit_code == 0);
    CHECK_THAT(mac.out, Contains("0 records added, 2 already present"));

    // A stretch done twice a day is two rows alike: both are entries (they
    // were refused as "appears twice"), and the file imports again to nothing.
    const auto twice = sandbox.write("twice.csv", "day,exercise,reps\n2026-10-02,bridge,10\n2026-10-02,hip,2\n"
                                                  "2026-10-02,bridge,10\n2026-10-03,bridge,10\n");
    CHECK_THAT(sandbox.run({"import", twice.string()}).out, Contains("4 records added"));
    CHECK_THAT(sandbox.run({"import", twice.string()}).out, Contains("0 records added, 4 already present"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE day = '2026-10-02' AND exercise = 'bridge'") == "2\n");
    // The first of them keeps the id such a row had before: a file of it alone adds nothing.
    const auto once = sandbox.write("once.csv", "day,exercise,reps\n2026-10-02,bridge,10\n");
    CHECK_THAT(sandbox.run({"import", once.string()}).out, Contains("0 records added, 1 already present"));
}

TEST_CASE("import checks what log checks: exercises, ids, days to come, repeats", "[e2e][records][import]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const std::string before = sandbox.sql("SELECT * FROM entries");
    const std::string uuid = "04e10973-0000-4000-8000-000000000001";
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"day,exercise,reps\n2026-11-20,brige,10\n",
         "line 2: no exercise called 'brige'; did you mean 'bridge'? Nothing was imported.\n"},
        {"day,exercise,reps\n2026-11-20,nope,10\n",
         "line 2: no exercise called 'nope'; run `stretch list` to see them all; nothing was imported\n"},
        {"day,exercise\n2026-11-20,\x1b[31mbad\n", "line 2: no exercise called"},
        {"id,day,exercise\n3f2a9c1e,2026-11-20,bridge\n", "line 2: id '3f2a9c1e' is not a whole id"},
        // A row without an id has only a derived one: it is said by what it is.
        {"day,exercise\n2026-11-30,bridge\n", "line 2: an entry for bridge (id "},
        {"day,exercise\n2026-11-30,bridge\n", "is on 2026-11-30, a day still to come"},
        // A time to come would win every later merge over the log's own edits.
        {"id,logged_at,day,exercise\n" + uuid + ",2099-01-01T00:00:00Z,2026-11-20,bridge\n",
         "line 2: an entry for bridge (id " + uuid + ") has logged_at 2099-01-01T00:00:00Z, a time still to come"},
        {"id,day,exercise\n" + uuid + ",2026-11-20,bridge\n" + uuid + ",2026-11-21,bridge\n",
         "line 3: entry " + uuid + " appears twice in the file"},
        // Alike rows of one day are a stretch done twice only when together:
        // the reader keeps one day at a time, so their ids would be one.
        {"day,exercise,reps\n2026-11-10,bridge,10\n2026-11-11,bridge,10\n2026-11-10,bridge,10\n",
         "line 4: it says what a row further up says of 2026-11-10, but not next to it, so the two cannot be "
         "told apart; put the rows of each day together (sort the file by day), or give each row an id; "
         "nothing was imported"},
        {"day,exercise,reps\n2026-11-20,bridge,-3\n", "line 2: reps must be from 1 to 1000, not -3"},
        {"day,kind,pain\n2026-11-20,pain,-1\n", "line 2: pain must be from 0 to 10, not -1"},
        {"[1, 2, 3]", "this JSON is not a stretch export"},
        {std::string("\xff\xfe\x00junk", 7), "it is not UTF-8 text"},
    };
    for (const auto& [text, message] : refused) {
        INFO(message);
        const auto file = sandbox.write("in.csv", text);
        const auto result = sandbox.run({"import", file.string()});
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains(message));
        CHECK(result.err.find('\x1b') == std::string::npos);
    }
    CHECK(sandbox.sql("SELECT * FROM entries") == before);

    // A name, any case, or a unique prefix is taken as log takes it; an upper-case id is the same id.
    const auto sheet = sandbox.write("ok.csv", "id,day,exercise\n" + std::string("04E10973-0000-4000-8000-000000000002") +
                                                   ",2026-11-20,Bird Dog\n,2026-11-20,spine\n");
    CHECK(sandbox.run({"import", sheet.string()}).exit_code == 0);
    CHECK(sandbox.sql("SELECT uuid, exercise FROM entries WHERE day = '2026-11-20' ORDER BY exercise") ==
          "04e10973-0000-4000-8000-000000000002|bird-dog\n" +
              sandbox.sql("SELECT uuid FROM entries WHERE exercise = 'spine-stretch'").substr(0, 36) + "|spine-stretch\n");
}

TEST_CASE("an import that keeps this log's side changes nothing and offers no undo", "[e2e][records][import]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "8"}).exit_code == 0);
    std::string csv = sandbox.run({"export", "--format", "csv"}).out;
    const std::string id = newest_id(sandbox);
    // This log's entry is edited after the export was made: it is the newer side.
    sandbox.env["STRETCH_NOW"] = "2026-11-22T09:00:00";
    REQUIRE(sandbox.run({"edit", id, "--reps", "12"}).exit_code == 0);
    const auto file = sandbox.write("old.csv", csv);
    const auto result = sandbox.run({"import", file.string()});
    CHECK_THAT(result.out, Contains("1 conflict."));
    CHECK_THAT(result.out, Contains("kept this log's"));
    CHECK(result.out.find("undo") == std::string::npos);
    CHECK_THAT(sandbox.run({"undo", "--list"}).out, Contains("stretch edit"));
}

TEST_CASE("a skip whose id this log has on another day is refused in words, not as a constraint", "[e2e][records][import]") {
    // It said "UNIQUE constraint failed: skips.uuid; the entry was not written".
    Sandbox sandbox;
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    auto exported = nlohmann::json::parse(sandbox.run({"export"}).out);
    const std::string day = exported["skips"][0]["day"];
    exported["skips"][0]["day"] = "2026-11-02";
    const std::string before = sandbox.sql(".dump");
    const auto result = sandbox.run({"import", sandbox.write("moved.json", exported.dump()).string()});
    CHECK(result.exit_code == 65);
    CHECK_THAT(result.err, Contains("the skip of 2026-11-02 has the id ") &&
                               Contains("which this log's skip of " + day + " has; fix the file; nothing was imported"));
    CHECK(sandbox.sql(".dump") == before);
}

TEST_CASE("import reads as it merges: a repeat far down the file or a bad last record still changes nothing",
          "[e2e][records][import]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const std::string before = sandbox.sql("SELECT * FROM entries");
    // 3,000 good rows, then the first one again: refused whole, though every
    // row before it was merged by the time the repeat was read.
    std::string sheet = "id,day,exercise,reps\n";
    const auto row = [](int i) {
        char id[40];
        std::snprintf(id, sizeof id, "04e10973-0000-4000-8000-%012d", i);
        return std::string(id) + ",2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + ",bridge,8\n";
    };
    for (int i = 0; i < 3000; ++i) sheet += row(i);
    const auto repeated = sandbox.write("repeated.csv", sheet + row(0));
    const auto refused = sandbox.run({"import", repeated.string()});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("line 3002: entry 04e10973-0000-4000-8000-000000000000 appears twice in the file"));
    const auto cut = sandbox.write("cut.csv", sheet + "04e10973-0000-4000-8000-999999999999,2026-01-01,bridge,ten\n");
    CHECK_THAT(sandbox.run({"import", cut.string()}).err, Contains("line 3002: reps 'ten' is not a whole number"));
    CHECK(sandbox.sql("SELECT * FROM entries") == before);
    CHECK(sandbox.run({"undo", "--list"}).out.find("import") == std::string::npos);
    // The same rows without the repeat import in full, from standard input too.
    const auto good = sandbox.write("good.csv", sheet);
    const auto from_stdin = Sandbox::finish(sandbox.start({"sh", "-c", "\"$0\" import - < good.csv", STRETCH_BINARY}));
    CHECK(from_stdin.exit_code == 0);
    CHECK_THAT(from_stdin.out, StartsWith("Imported standard input: 3000 records added, 0 already present"));
}

TEST_CASE("an export's fields may come in any order, and a refused first import leaves no log behind",
          "[e2e][records][import]") {
    Sandbox sandbox;
    busy_week(sandbox);
    const auto exported = nlohmann::json::parse(sandbox.run({"export"}).out);
    // The records before the header: read, then checked once the header comes.
    nlohmann::ordered_json reordered;
    for (const char* key : {"entries", "pauses", "skips", "routine_versions", "range", "exported_at", "kind",
                            "format_version"})
        reordered[key] = exported[key];
    Sandbox other;
    const auto file = other.write("reordered.json", reordered.dump(2));
    const auto imported = other.run({"import", file.string()});
    CHECK(imported.exit_code == 0);
    CHECK(other.sql("SELECT count(*) FROM entries") == sandbox.sql("SELECT count(*) FROM entries"));

    // Not an export: refused, and the default log and its directory, made for
    // the import, are gone again.
    Sandbox fresh;
    reordered["kind"] = "something-else";
    const auto wrong = fresh.write("wrong.json", reordered.dump());
    const auto refused = fresh.run({"import", wrong.string()});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("this JSON is not a stretch export"));
    CHECK_FALSE(std::filesystem::exists(fresh.home() / ".local"));
}

TEST_CASE("import takes a byte order mark before JSON, counts lines from the top, and refuses a repeated array",
          "[e2e][records][import]") {
    Sandbox sandbox;
    busy_week(sandbox);
    const std::string json = sandbox.run({"export"}).out;
    Sandbox other;
    const auto bom = other.write("bom.json", "\xEF\xBB\xBF" + json);
    CHECK(other.run({"import", bom.string()}).exit_code == 0);
    CHECK(other.sql("SELECT count(*) FROM entries") == sandbox.sql("SELECT count(*) FROM entries"));

    const auto blank_lines = other.write("blank.csv", "\n\nday,exercise,reps\n2026-11-20,bridge,8\n2026-11-21,bridge,ten\n");
    CHECK_THAT(other.run({"import", blank_lines.string()}).err, Contains("line 5: reps 'ten' is not a whole number"));

    auto twice = nlohmann::ordered_json::parse(json);
    const std::string repeated = twice.dump().insert(1, "\"entries\": [], ");
    const auto file = other.write("twice.json", repeated);
    const auto refused = other.run({"import", file.string()});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("entries: appears twice in the document"));
}

TEST_CASE("a stretch whose imported last entry hurt in the stop zone gets the stop-zone caution",
          "[e2e][records][import]") {
    Sandbox sandbox("2026-11-30T10:00:00");
    const auto csv = sandbox.write("sheet.csv", "day,exercise,reps,pain\n2026-11-28,bridge,10,8\n");
    REQUIRE(sandbox.run({"import", csv.string()}).exit_code == 0);
    const auto plan = sandbox.run({"plan"}).out;
    CHECK_THAT(plan, Contains("It hurt 8/10 on Saturday 28 November 2026, in the stop zone:\n               check with a physical therapist"));
    CHECK(plan.find("go gentler this time") == std::string::npos);
}

TEST_CASE("an entry dated tomorrow, as import allows, is part of everything logged", "[e2e][records][import]") {
    Sandbox sandbox;  // today is 2026-11-22
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const auto file = sandbox.write("ahead.csv", "day,exercise,reps\n2026-11-23,bridge,3\n");
    REQUIRE(sandbox.run({"import", file.string()}).exit_code == 0);
    CHECK_THAT(sandbox.run({"history", "--all"}).out, Contains("2026-11-23"));
    const auto exported = nlohmann::json::parse(sandbox.run({"export", "--all"}).out);
    CHECK(exported["entries"].size() == 2);
    // The same as an export without a range.
    CHECK(exported["entries"] == nlohmann::json::parse(sandbox.run({"export"}).out)["entries"]);
}

TEST_CASE("a backup given to import is refused with the command that merges it", "[e2e][records][import]") {
    // It said only that the file "is not UTF-8 text".
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"backup", "b.db"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bird-dog"}).exit_code == 0);
    const std::string before = sandbox.sql(".dump");
    const auto refused = sandbox.run({"import", "b.db"});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("b.db is a SQLite database (a backup or a log), not an export; to merge its "
                                     "entries into this log, run `stretch --db b.db export | stretch import -`"));
    CHECK(sandbox.sql(".dump") == before);
    // The command it gives works, and adds nothing the log already has.
    const auto merged =
        Sandbox::finish(sandbox.start({"sh", "-c", "\"$0\" --db b.db export | \"$0\" import -", STRETCH_BINARY}));
    CHECK(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("0 records added"));
}
