// The kept day logs (schema 6) as a user meets them: a log from the
// previous release migrates and reports exactly what that release reported,
// the first write keeps every past day, a late entry is in the next report,
// and rows damaged or removed by hand change nothing a report says.

#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/report_json.h"
#include "support/sandbox.h"

using namespace stretch::testing;

namespace {

const char* const kKept = "SELECT count(*), min(day), max(day) FROM day_logs";

/// The total reps of `exercise` in a JSON report.
int reps_of(const nlohmann::json& report, const std::string& exercise) {
    return stretch_in(report, exercise)["total_reps"].get<int>();
}

}  // namespace

TEST_CASE("a log written by the previous release (schema 5) migrates, keeps its days and reports as before",
          "[e2e][migration][day-logs]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    sandbox.load_schema_fixture(5);
    const std::string tables = "SELECT * FROM entries ORDER BY id; SELECT * FROM pauses; SELECT * FROM skips; "
                               "SELECT * FROM routine_versions; SELECT * FROM operations; SELECT * FROM changes; "
                               "SELECT * FROM progress";
    const std::string before = sandbox.sql(tables);

    CHECK(without_rested_days(json_report(sandbox, {"--last-week"})) == released_report("schema5-report.json", sandbox));
    CHECK(without_rested_days(json_report(sandbox, {"--all"})) == released_report("schema5-report-all.json", sandbox));
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql(tables) == before);
    // The summaries, judged by the rule before rested days (schema 7), are cleared.
    CHECK(sandbox.sql("SELECT count(*) FROM day_summaries") == "0\n");
    // A migration keeps no day; the first command that writes keeps every
    // day from the first day of use to yesterday, and reports read them.
    CHECK(sandbox.sql(kKept) == "0||\n");
    REQUIRE(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
    CHECK(sandbox.sql(kKept) == "11|2026-11-09|2026-11-19\n");
    CHECK(without_rested_days(json_report(sandbox, {"--last-week"})) == released_report("schema5-report.json", sandbox));
    CHECK(without_rested_days(json_report(sandbox, {"--all"})) == released_report("schema5-report-all.json", sandbox));
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
}

/// The schema-5 log with every past day kept, then a late entry on the 12th.
struct LateEntry {
    Sandbox sandbox{"2026-11-20T09:00:00"};
    int reps = 0;          ///< bridge's total reps before the late entry
    std::string entries;   ///< the entries table before it

    LateEntry() {
        sandbox.load_schema_fixture(5);
        REQUIRE(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
        reps = reps_of(json_report(sandbox, {"--all"}), "bridge");
        entries = sandbox.sql("SELECT * FROM entries ORDER BY id");
        REQUIRE(sandbox.run({"log", "bridge", "--reps", "5", "--date", "2026-11-12"}).exit_code == 0);
    }
};

TEST_CASE_METHOD(LateEntry, "a late entry clears the kept days from its day on, and the same write keeps them again",
                 "[e2e][day-logs]") {
    CHECK(sandbox.sql(kKept) == "11|2026-11-09|2026-11-19\n");
    CHECK(reps_of(json_report(sandbox, {"--all"}), "bridge") == reps + 5);
    // Undo keeps the days again, as every write does.
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql(kKept) == "11|2026-11-09|2026-11-19\n");
    CHECK(reps_of(json_report(sandbox, {"--all"}), "bridge") == reps);
}

TEST_CASE_METHOD(LateEntry,
                 "an undo with a routine file it cannot read still undoes, and leaves the keeping to the next write",
                 "[e2e][day-logs][undo]") {
    sandbox.write(".config/stretch/routines/broken.toml", "[routine\n");
    const auto undone = sandbox.run({"undo"});
    REQUIRE(undone.exit_code == 0);
    CHECK(undone.err.empty());
    CHECK(sandbox.sql(kKept) == "3|2026-11-09|2026-11-11\n");
    CHECK(sandbox.sql("SELECT * FROM entries ORDER BY id") == entries);
    std::filesystem::remove(sandbox.home() / ".config/stretch/routines/broken.toml");
    CHECK(reps_of(json_report(sandbox, {"--all"}), "bridge") == reps);
    REQUIRE(sandbox.run({"skip", "2026-11-25"}).exit_code == 0);
    CHECK(sandbox.sql(kKept) == "11|2026-11-09|2026-11-19\n");
}

TEST_CASE_METHOD(LateEntry, "an undo whose routines directory cannot be examined still undoes",
                 "[e2e][day-logs][undo]") {
    // A symbolic link to itself: asking what it is fails (ELOOP), even as root.
    std::filesystem::create_directory_symlink(sandbox.home() / "loop", sandbox.home() / "loop");
    sandbox.env["STRETCH_ROUTINES"] = (sandbox.home() / "loop").string();
    CHECK(sandbox.run({"skip", "2026-11-26"}).exit_code != 0);
    const auto undone = sandbox.run({"undo"});
    REQUIRE(undone.exit_code == 0);
    CHECK(undone.err.empty());
    CHECK(sandbox.sql("SELECT * FROM entries ORDER BY id") == entries);
    CHECK(sandbox.sql(kKept) == "3|2026-11-09|2026-11-11\n");
}

TEST_CASE_METHOD(LateEntry, "an undo with a recorded routine version it cannot parse still undoes",
                 "[e2e][day-logs][undo]") {
    // Damaged by hand, and the days' summaries cleared by hand, as the hint says.
    sandbox.sql("UPDATE routine_versions SET definition = 'not JSON'; DELETE FROM day_summaries");
    // A write that judges the days refuses such a log, saying how to fix it
    // (pain and skip are made all the same, as undo is) ...
    const auto refused = sandbox.run({"log", "bridge"});
    CHECK(refused.exit_code != 0);
    CHECK_THAT(refused.err, Catch::Contains("routine_versions"));
    // ... but undo takes the last command back, and keeps nothing new.
    const auto undone = sandbox.run({"undo"});
    REQUIRE(undone.exit_code == 0);
    CHECK(sandbox.sql("SELECT * FROM entries ORDER BY id") == entries);
    CHECK(sandbox.sql(kKept) == "3|2026-11-09|2026-11-11\n");
}

TEST_CASE("kept days damaged or removed by hand change nothing a report says", "[e2e][day-logs]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    sandbox.load_schema_fixture(5);
    REQUIRE(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
    const auto week = released_report("schema5-report.json", sandbox);
    const auto all = released_report("schema5-report-all.json", sandbox);
    // The kept rows are what a report reads: one rewritten by hand into the
    // log of a day with nothing logged takes that day's 9 bridges away.
    sandbox.sql("UPDATE day_logs SET log = x'0100000000' WHERE day = '2026-11-12'");
    CHECK(reps_of(json_report(sandbox, {"--all"}), "bridge") == reps_of(all, "bridge") - 9);
    const std::string damages[] = {
        "UPDATE day_logs SET log = x'02' || substr(log, 2) WHERE day = '2026-11-12'",  // another format
        "UPDATE day_logs SET log = substr(log, 1, length(log) - 1) WHERE day = '2026-11-13'",  // cut short
        "UPDATE day_logs SET day = '2026-11-1' WHERE day = '2026-11-16'",  // not a day
        "DELETE FROM day_logs WHERE day = '2026-11-14'",                     // a gap
        "DELETE FROM day_logs WHERE day = '2026-11-09'",                     // the first day missing
        "DELETE FROM day_logs",
    };
    for (const std::string& damage : damages) {
        INFO(damage);
        sandbox.sql(damage);
        CHECK(without_rested_days(json_report(sandbox, {"--last-week"})) == week);
        CHECK(without_rested_days(json_report(sandbox, {"--all"})) == all);
    }
    // The next write keeps the days again, from the first day of use.
    REQUIRE(sandbox.run({"skip", "2026-11-22"}).exit_code == 0);
    CHECK(sandbox.sql(kKept) == "11|2026-11-09|2026-11-19\n");
    CHECK(without_rested_days(json_report(sandbox, {"--all"})) == all);
}

TEST_CASE("an import into a new log keeps its past days, and reports read them", "[e2e][day-logs]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    const auto sheet = sandbox.write("old.csv", "day,kind,exercise,reps,pain\n"
                                                "2026-11-02,stretch,bridge,8,\n"
                                                "2026-11-02,pain,,,3\n"
                                                "2026-11-05,stretch,bridge,6,2\n");
    REQUIRE(sandbox.run({"import", sheet.string()}).exit_code == 0);
    // Every day from the first day of use to yesterday, the empty ones too.
    CHECK(sandbox.sql(kKept) == "18|2026-11-02|2026-11-19\n");
    const auto all = json_report(sandbox, {"--all"});
    CHECK(reps_of(all, "bridge") == 14);
    // The same from the entries alone.
    sandbox.sql("DELETE FROM day_logs");
    CHECK(json_report(sandbox, {"--all"}) == all);
}
