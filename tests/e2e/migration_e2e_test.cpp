// Schema 5 as a user meets it: a log written by the previous release
// (schema 4) migrates, reads and reports as that release did, and the
// journal behind `undo` keeps working across the move of its triggers.

#include <fstream>
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/report_json.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

std::string triggers(const Sandbox& sandbox) {
    return sandbox.sql("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                       "WHERE type = 'trigger' ORDER BY name)");
}

/// Every table a migration must leave as it was (the summaries it may clear).
const char* const kRecordTables = "SELECT * FROM entries ORDER BY id; SELECT * FROM pauses; SELECT * FROM skips; "
                                  "SELECT * FROM routine_versions; SELECT * FROM operations; "
                                  "SELECT * FROM changes; SELECT * FROM progress";

}  // namespace

TEST_CASE("a log written by the previous release (schema 4) migrates and reports as that release did",
          "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    sandbox.load_schema_fixture(4);
    const std::string tables = kRecordTables;
    const std::string before = sandbox.sql(tables);
    REQUIRE(triggers(sandbox).find("journal_entries_insert") != std::string::npos);

    const auto week = json_report(sandbox, {"--last-week"});
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql("PRAGMA application_id") == "1398035013\n");  // "STRE"
    CHECK(sandbox.sql(tables) == before);
    CHECK(sandbox.sql("SELECT count(*) FROM day_summaries") == "0\n");  // schema 7 clears them
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
    // No trigger stays in the file (schema 5 took the journal's out, 11 the summaries').
    CHECK(triggers(sandbox) == "\n");
    CHECK(without_rested_days(week) == released_report("schema4-report.json", sandbox));
    CHECK(without_rested_days(json_report(sandbox, {"--all"})) == released_report("schema4-report-all.json", sandbox));

    // The journal written under schema 4 still undoes: the last command was
    // a log of pelvic tilts, and before it a delete.
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("removed pelvic-tilts: 8 reps"));
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("restored spine-stretch: 6 reps"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE day = '2026-11-19' AND exercise = 'spine-stretch'") ==
          "1\n");
    // A command of this release is journalled as before, and undone.
    REQUIRE(sandbox.run({"log", "bird-dog", "--reps", "6"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM changes WHERE operation = (SELECT max(id) FROM operations)") != "0\n");
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("removed bird-dog: 6 reps"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE day = '2026-11-20' AND exercise = 'bird-dog'") == "0\n");
    CHECK(triggers(sandbox).find("journal_") == std::string::npos);
}

TEST_CASE("a command that only reads leaves the journal's triggers out of the log", "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    REQUIRE(sandbox.run({"report", "--week"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM sqlite_master WHERE name LIKE 'journal%'") == "0\n");
    // Every kind of write is still journalled, each as its own command.
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT group_concat(table_name, ' ') FROM (SELECT DISTINCT c.table_name FROM changes c "
                      "ORDER BY c.table_name)") == "entries pauses skips\n");
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("pain 2/10"));
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("skip"));
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("bridge"));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");
}

TEST_CASE("a schema-4 log missing some of the journal's triggers still migrates", "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    sandbox.load_schema_fixture(4);
    sandbox.sql("DROP TRIGGER journal_skips_update; DROP TRIGGER journal_entries_delete");
    const auto history = sandbox.run({"history", "--all"});
    CHECK(history.exit_code == 0);
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(triggers(sandbox).find("journal_") == std::string::npos);
}

TEST_CASE("rows edited by hand into what undo cannot hold are refused or still undone", "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--note", "fine"}).exit_code == 0);
    const std::string id = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries").substr(0, 8);
    // Binary data: JSON cannot hold it, so the delete changes nothing.
    sandbox.sql("UPDATE entries SET note = X'FF0041'");
    const auto refused = sandbox.run({"delete", id});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("binary data"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    // Text that is not UTF-8: deleted, and undone, described as well as it can be.
    sandbox.sql("UPDATE entries SET note = CAST(X'FF41' AS TEXT)");
    REQUIRE(sandbox.run({"delete", id}).exit_code == 0);
    const auto undone = sandbox.run({"undo"});
    CHECK(undone.exit_code == 0);
    CHECK_THAT(undone.out, Contains("Undid \"stretch delete"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    CHECK(sandbox.sql("SELECT hex(note) FROM entries") == "FF41\n");
}

TEST_CASE("a log written by the previous release (schema 6): a day rested after severe pain is no longer missed",
          "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T10:00:00");
    sandbox.load_schema_fixture(6);
    const std::string tables = std::string(kRecordTables) + "; SELECT * FROM day_logs";
    const std::string before = sandbox.sql(tables);
    // What that release judged: the day of the 9/10 missed, the day of the 8/10 partial.
    REQUIRE(sandbox.sql("SELECT day, status FROM day_summaries WHERE routine = 'lower-back' AND with_gentle = 1 "
                        "AND day IN ('2026-11-17', '2026-11-19') ORDER BY day") ==
            "2026-11-17|missed\n2026-11-19|partial\n");

    const auto report = json_report(sandbox, {"--since", "2026-11-16"});
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql(tables) == before);
    CHECK(sandbox.sql("SELECT count(*) FROM day_summaries") == "0\n");
    CHECK(report["days"][1]["status"] == "rested");
    CHECK(report["days"][3]["status"] == "rested");
    CHECK(report["consistency"]["rested_days"] == 2);
    CHECK(report["consistency"]["missed_days"] == 0);
    CHECK(report["consistency"]["partial_days"] == 0);
    CHECK(report["consistency"]["current_streak"] == 2);
    // The next write judges the summaries by the new rule, and reports agree.
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT day, status FROM day_summaries WHERE routine = 'lower-back' AND with_gentle = 1 "
                      "AND day IN ('2026-11-17', '2026-11-19') ORDER BY day") ==
          "2026-11-17|rested\n2026-11-19|rested\n");
    CHECK(json_report(sandbox, {"--since", "2026-11-16"})["consistency"] == report["consistency"]);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
}

TEST_CASE("a log written by the previous release (schema 7): a skip on a day the routine does not run is not counted",
          "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T10:00:00");
    sandbox.load_schema_fixture(7);
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                  "steps = [{ exercise = \"bridge\" }]\n");
    sandbox.write(".config/stretch/config.toml", "routine = \"short\"\n");
    const std::string tables = std::string(kRecordTables) + "; SELECT * FROM day_logs";
    const std::string before = sandbox.sql(tables);
    // What that release judged: the Tuesday skipped, for short too.
    REQUIRE(sandbox.sql("SELECT status FROM day_summaries WHERE routine = 'short' AND day = '2026-11-17'") ==
            "skipped\n");

    const auto report = json_report(sandbox, {"--since", "2026-11-16"});
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql(tables) == before);
    CHECK(sandbox.sql("SELECT count(*) FROM day_summaries") == "0\n");
    CHECK(report["days"][1]["status"] == "not-scheduled");
    CHECK(report["consistency"]["skipped_days"] == 0);
    CHECK(report["consistency"]["current_streak"] == 2);
    // The skip is still the day's, for a routine that runs on Tuesdays.
    CHECK(json_report(sandbox, {"--since", "2026-11-16", "--routine", "lower-back"})["days"][1]["status"] == "skipped");
    // The next write judges the summaries by the new rule, and reports agree.
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT status FROM day_summaries WHERE routine = 'short' AND day = '2026-11-17'") ==
          "not-scheduled\n");
    CHECK(json_report(sandbox, {"--since", "2026-11-16"})["consistency"] == report["consistency"]);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
}

TEST_CASE("a log written by the previous release (schema 8): a severe pain after a guided session makes the day rested",
          "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T10:00:00");
    sandbox.load_schema_fixture(8);
    const std::string tables = std::string(kRecordTables) + "; SELECT * FROM day_logs";
    const std::string before = sandbox.sql(tables);
    // What that release judged: the day of the 9/10 after the session partial.
    REQUIRE(sandbox.sql("SELECT status FROM day_summaries WHERE routine = 'lower-back' AND with_gentle = 1 "
                        "AND day = '2026-11-17'") == "partial\n");

    const auto report = json_report(sandbox, {"--since", "2026-11-16"});
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql(tables) == before);
    CHECK(sandbox.sql("SELECT count(*) FROM day_summaries") == "0\n");
    CHECK(report["days"][1]["status"] == "rested");
    CHECK(report["days"][2]["status"] == "missed");
    CHECK(report["consistency"]["rested_days"] == 1);
    CHECK(report["consistency"]["partial_days"] == 0);
    // The pain after the session is still not the day's pain.
    CHECK(report["pain"]["count"] == 1);
    // The next write judges the summaries by the new rule, and reports agree.
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT status FROM day_summaries WHERE routine = 'lower-back' AND with_gentle = 1 "
                      "AND day = '2026-11-17'") == "rested\n");
    CHECK(json_report(sandbox, {"--since", "2026-11-16"})["consistency"] == report["consistency"]);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
}

TEST_CASE("the README names the schema version a new log is written with", "[e2e][migration]") {
    Sandbox sandbox("2026-11-20T10:00:00");
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    std::ifstream readme(std::string(STRETCH_ROUTINES_SOURCE) + "/../README.md");
    std::stringstream text;
    text << readme.rdbuf();
    std::smatch said;
    const std::string readme_text = text.str();
    REQUIRE(std::regex_search(readme_text, said, std::regex(R"(`PRAGMA user_version` \(now (\d+)\))")));
    CHECK(said[1].str() + "\n" == sandbox.sql("PRAGMA user_version"));
    const int version = std::stoi(said[1].str());
    CHECK_THAT(readme_text, Contains("(version 1 to " + std::to_string(version - 1) + ")"));
}

TEST_CASE("a log written by the previous release (schema 10) keeps its summaries, and its triggers leave the file",
          "[e2e][migration]") {
    Sandbox sandbox("2026-11-09T10:00:00");
    sandbox.load_schema_fixture(10);
    const std::string tables =
        std::string(kRecordTables) + "; SELECT * FROM day_logs; SELECT * FROM day_summaries ORDER BY routine, with_gentle, day";
    const std::string before = sandbox.sql(tables);
    REQUIRE_THAT(triggers(sandbox), Contains("summaries_after_entry_insert"));
    REQUIRE(sandbox.sql("SELECT count(*) FROM day_summaries") == "14\n");

    const auto report = json_report(sandbox, {"--since", "2026-11-02"});
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    // Nothing is cleared: the kept days are still what the records say.
    CHECK(sandbox.sql(tables) == before);
    CHECK(triggers(sandbox) == "\n");
    CHECK(report == nlohmann::json::parse(read_file(STRETCH_TEST_FIXTURES "/schema10-report.json")));
    // A write of this release still clears the kept days from the day it
    // changed, and fills them in again, with its triggers left out of the file.
    const std::string done_on_3rd = "SELECT done FROM day_summaries WHERE routine = 'lower-back' "
                                    "AND with_gentle = 1 AND day = '2026-11-03'";
    REQUIRE(sandbox.sql(done_on_3rd) == "2\n");
    REQUIRE(sandbox.run({"log", "spine-stretch", "--date", "2026-11-03"}).exit_code == 0);
    CHECK(sandbox.sql(done_on_3rd) == "3\n");
    CHECK(stretch_in(json_report(sandbox, {"--since", "2026-11-02"}), "spine-stretch")["days_done"] == 1);
    CHECK(triggers(sandbox) == "\n");
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
}
