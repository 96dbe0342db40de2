// The per-day summaries (schema 4) as a user meets them: a log from the
// previous release migrates and reports exactly what that release reported,
// and every kind of write keeps the summaries true to the log.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/report_json.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

/// The report as JSON, less the fields added since the previous release
/// (new fields keep format_version; see the README).
/// `report` without the fields added since the schema 3 release (each
/// stretch's highest_pain), which must be there: the rest must not change.
nlohmann::json as_previous_release(nlohmann::json report) {
    for (auto& stretch : report["stretches"]) {
        CHECK(stretch.contains("highest_pain"));
        stretch.erase("highest_pain");
    }
    return report;
}

nlohmann::json report(const Sandbox& sandbox, const std::vector<std::string>& range) {
    auto json = json_report(sandbox, range);
    json.erase("sessions");
    return json;
}

int summaries(const Sandbox& sandbox) { return std::stoi(sandbox.sql("SELECT count(*) FROM day_summaries")); }

}  // namespace

TEST_CASE("a log written by the previous release (schema 3) migrates and reports as that release did",
          "[e2e][summary]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    sandbox.load_schema_fixture(3);
    const std::string entries = "SELECT id, uuid, logged_at, day, kind, exercise, routine, reps, hold_seconds, side, "
                                "pain, note, changed_at FROM entries ORDER BY id";
    const std::string entries_before = sandbox.sql(entries);
    const std::string journal_before = sandbox.sql("SELECT * FROM changes ORDER BY id");

    const auto week = report(sandbox, {"--last-week"});
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql(entries) == entries_before);
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE moment IS NOT NULL") == "0\n");
    CHECK(sandbox.sql("SELECT * FROM changes ORDER BY id") == journal_before);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
    CHECK(without_rested_days(as_previous_release(week)) == released_report("schema3-report.json", sandbox));
    CHECK(without_rested_days(as_previous_release(report(sandbox, {"--all"}))) ==
          released_report("schema3-report-all.json", sandbox));

    // A migration writes no summaries; the first command that writes does,
    // and the reports stay the same.
    CHECK(summaries(sandbox) == 0);
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(summaries(sandbox) > 0);
    CHECK(sandbox.sql("SELECT max(day) FROM day_summaries") == "2026-11-19\n");
    CHECK(report(sandbox, {"--last-week"}) == week);
    // The undo of the migrated journal still works.
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("removed pain 2/10"));
}

TEST_CASE("every kind of write keeps the summaries true to the log", "[e2e][summary]") {
    Sandbox sandbox("2026-11-02T08:00:00");
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-20T08:00:00";
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
    const int filled = summaries(sandbox);
    CHECK(filled > 0);
    const auto streaks = [&] {
        const auto r = report(sandbox, {"--week"});
        return std::pair(r["consistency"]["current_streak"].get<int>(), r["consistency"]["longest_streak"].get<int>());
    };
    // Five complete days, then missed days: no current streak, longest five.
    CHECK(streaks() == std::pair(0, 5));

    // Deleting a stretch of 2026-11-04 that the gentle routine also has splits
    // the run: 2 and 2.
    const std::string id =
        sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE day = '2026-11-04' AND exercise = 'spine-stretch'");
    REQUIRE(sandbox.run({"delete", id.substr(0, 8)}).exit_code == 0);
    CHECK(sandbox.sql("SELECT status FROM day_summaries WHERE routine = 'lower-back' AND day = '2026-11-04'") ==
          "partial\n");
    CHECK(streaks() == std::pair(0, 2));
    // Undo keeps the summaries again from the day it touched, as every
    // write does.
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT status FROM day_summaries WHERE routine = 'lower-back' AND day = '2026-11-04'") ==
          "complete\n");
    CHECK(streaks() == std::pair(0, 5));
    // Importing the missing days back fills the gap: eighteen days in a row.
    std::string csv = "day,exercise\n";
    for (int d = 7; d <= 19; ++d)
        for (const char* exercise : {"spine", "hip", "bottom", "leg", "lower-back-stretch", "pelvic", "bridge",
                                     "bird", "deep", "lower-stomach"})
            csv += (d < 10 ? "2026-11-0" : "2026-11-") + std::to_string(d) + "," + exercise + "\n";
    REQUIRE(sandbox.run({"import", sandbox.write("in.csv", csv).string()}).exit_code == 0);
    CHECK(sandbox.sql("SELECT streak FROM day_summaries WHERE routine = 'lower-back' AND day = '2026-11-19'") ==
          "18\n");
    CHECK(streaks() == std::pair(18, 18));
    // Pausing a stretch today changes no day before it.
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    CHECK(streaks() == std::pair(18, 18));
}

TEST_CASE("a summary row damaged by hand is passed over and written again", "[e2e][summary]") {
    Sandbox sandbox("2026-11-02T08:00:00");
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-04"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-10T08:00:00";
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
    CHECK(report(sandbox, {"--week"})["consistency"]["longest_streak"] == 3);
    const char* const newest = "FROM day_summaries WHERE routine = 'lower-back' AND day = '2026-11-09'";
    REQUIRE(sandbox.sql(std::string("SELECT status ") + newest) == "missed\n");
    for (const char* damage : {"status = 'bogus'", "streak = 'x'", "streak = longest + 1", "done = planned + 1",
                               "day = 'soon'", "planned = -1"}) {
        INFO(damage);
        const auto before = report(sandbox, {"--week"});
        sandbox.sql(std::string("UPDATE day_summaries SET ") + damage + " WHERE routine = 'lower-back' AND day = "
                                                                        "'2026-11-09'");
        // The report judges the days from the log instead, and says the same.
        CHECK(report(sandbox, {"--week"}) == before);
        // The next write stores the day again as the log says.
        REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
        CHECK(sandbox.sql(std::string("SELECT status, streak, longest ") + newest) == "missed|0|3\n");
    }
}

TEST_CASE("a routine added to a log in use gets its summaries kept too, and reports as from scratch",
          "[e2e][summary]") {
    Sandbox sandbox("2026-11-02T08:00:00");
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-04"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = \"daily\"\nsteps = [ { exercise = \"bridge\" } ]\n");
    for (const char* day : {"2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "-r", "mine", "--all"}).exit_code == 0);
    }
    // Kept for every past day from the first day of use: three not started, three complete.
    CHECK(sandbox.sql("SELECT status, count(*) FROM day_summaries WHERE routine = 'mine' GROUP BY status "
                      "ORDER BY status") == "complete|3\nnot-started|3\n");
    const auto kept = json_report(sandbox, {"--all", "--routine", "mine"});
    sandbox.sql("DELETE FROM day_summaries; DELETE FROM day_logs");
    CHECK(json_report(sandbox, {"--all", "--routine", "mine"}) == kept);
    CHECK(kept["consistency"]["current_streak"] == 4);  // today is done too
}

TEST_CASE("a change made with the sqlite3 shell shows once the derived tables are cleared, as the README says",
          "[e2e][summary]") {
    Sandbox sandbox("2026-11-20T09:00:00");
    REQUIRE(sandbox.run({"log", "pelvic-tilts", "--reps", "8", "--date", "2026-11-16"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10", "--date", "2026-11-17"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    REQUIRE(summaries(sandbox) > 0);
    sandbox.sql("DELETE FROM entries WHERE exercise = 'bridge'");
    // Another program's change clears nothing: the kept days still have it.
    CHECK(stretch_in(report(sandbox, {"--all"}), "bridge")["total_reps"] == 10);
    sandbox.sql("DELETE FROM day_summaries; DELETE FROM day_logs; DELETE FROM progress");
    CHECK(stretch_in(report(sandbox, {"--all"}), "bridge")["total_reps"] == 0);
    // The next write keeps the days again, as the records now are.
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(summaries(sandbox) > 0);
    CHECK(sandbox.sql("SELECT count(*) FROM day_logs") == "4\n");  // 16 to 19 November
    CHECK(sandbox.sql("SELECT count(*) FROM progress") != "0\n");
    CHECK(stretch_in(report(sandbox, {"--all"}), "bridge")["total_reps"] == 0);
}
