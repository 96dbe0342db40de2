// End-to-end: the plan of record. Replacing, renaming or removing a routine
// file changes today and later, never an earlier day's report; a damaged
// recorded version stops only what needs it; a log written by schema 1 is
// migrated with every entry and then used. Which commands record a routine,
// and when: recording_e2e_test.cpp.

#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("replacing the routine file, and removing it again, leaves last week's report as it was",
          "[e2e][record]") {
    Sandbox sandbox;
    // The week of 16 Nov: every day complete on the bundled routine, bar Thursday (3 of 10).
    for (const char* day : {"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-20", "2026-11-21", "2026-11-22"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-19T08:00:00";
    REQUIRE(sandbox.run({"log", "bridge", "spine", "hip"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-24T09:00:00";
    const std::vector<std::vector<std::string>> reports = {
        {"report", "--last-week"}, {"report", "--last-week", "--format", "json"},
        {"report", "--last-week", "--format", "csv"}, {"report", "--last-week", "--format", "markdown"}};
    std::vector<std::string> before;
    for (const auto& args : reports) before.push_back(sandbox.run(args).out);
    CHECK_THAT(before[0], Contains("Consistency: 86% (6 of 7 days complete)"));

    // A shorter lower-back routine replaces the bundled one, and is used.
    sandbox.write(".config/stretch/routines/lower-back.toml",
                  "[routine]\nname = \"Lower back relief\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"status"}).out, Contains("The one stretch planned today is done."));
    for (size_t i = 0; i < reports.size(); ++i) CHECK(sandbox.run(reports[i]).out == before[i]);

    // The next day the file is removed again (the bundled routine is back);
    // text, CSV and Markdown do not show today, so they are still the same.
    sandbox.env["STRETCH_NOW"] = "2026-11-25T09:00:00";
    std::filesystem::remove(sandbox.user_routines() / "lower-back.toml");
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    for (size_t i : {0, 2, 3}) CHECK(sandbox.run(reports[i]).out == before[i]);
    auto json_before = nlohmann::json::parse(before[1]);
    auto json_after = nlohmann::json::parse(sandbox.run(reports[1]).out);
    json_before["range"].erase("today");
    json_after["range"].erase("today");
    CHECK(json_after == json_before);
    // Tuesday was judged by the one-stretch routine in force that day.
    const auto week = nlohmann::json::parse(sandbox.run({"report", "--week", "--format", "json"}).out);
    CHECK(week["days"][1]["status"] == "complete");
    CHECK(week["days"][1]["planned"] == 1);
    CHECK(week["days"][2]["planned"] == 10);
    CHECK(sandbox.sql("SELECT routine, effective FROM routine_versions WHERE routine = 'lower-back' ORDER BY effective") ==
          "lower-back|2000-01-01\nlower-back|2026-11-24\nlower-back|2026-11-25\n");
}

TEST_CASE("a routine whose file is removed keeps its past days, and asks nothing from then on",
          "[e2e][record]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                  "steps = [{ exercise = \"spine-stretch\" }, { exercise = \"bridge\", reps = 10 }]\n");
    // Mon 16 to Wed 25 November, every scheduled day done but Friday 20.
    for (const char* day : {"2026-11-16", "2026-11-18", "2026-11-23", "2026-11-25"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all", "--routine", "short"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-26T08:00:00";
    const std::vector<std::string> report = {"report", "--routine", "short", "--since", "2026-11-16",
                                             "--until", "2026-11-25", "--format", "json"};
    const auto before = sandbox.run(report);
    REQUIRE(before.exit_code == 0);

    std::filesystem::remove(sandbox.user_routines() / "short.toml");
    // Before any write: the past is shown as it was judged.
    const auto after = sandbox.run(report);
    REQUIRE(after.exit_code == 0);
    CHECK(after.out == before.out);
    const auto friday = sandbox.run({"plan", "2026-11-20", "--routine", "short"});
    REQUIRE(friday.exit_code == 0);
    CHECK_THAT(friday.out, Contains("Routine: Short (short), mon, wed, fri. 2 stretches"));
    CHECK_THAT(friday.out, Contains("2. Bridge"));
    // Nothing new goes to it, and the refusal says why rather than that it never existed.
    const auto refused = sandbox.run({"log", "bridge", "--routine", "short"});
    CHECK(refused.exit_code == 64);
    CHECK_THAT(refused.err, Contains("routine 'short' is retired: its file is gone"));
    CHECK_THAT(refused.err, Contains("`stretch report --routine short` still shows its past days"));

    // The next write records it retired from that day; days after it are
    // neither scheduled nor missed, and the days before are unchanged.
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|2\n2026-11-26|0\n");
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    auto json_before = nlohmann::json::parse(before.out);
    auto json_after = nlohmann::json::parse(sandbox.run(report).out);
    json_before["range"].erase("today");
    json_after["range"].erase("today");
    CHECK(json_after == json_before);
    const auto json = nlohmann::json::parse(
        sandbox.run({"report", "--routine", "short", "--since", "2026-11-16", "--format", "json"}).out);
    CHECK(json["consistency"]["missed_days"] == 1);  // Friday 20, and no day after the file went
    CHECK(json["consistency"]["complete_days"] == 4);
    CHECK(json["days"][11]["status"] == "not-scheduled");  // Friday 27
    const auto today = sandbox.run({"plan", "--routine", "short"});
    CHECK(today.exit_code == 0);
    CHECK_THAT(today.out, Contains("Routine: Short (short), no longer in your routine files."));
    CHECK_THAT(today.out, Contains("this routine's file is gone"));
    // A week across the day it went shows both, and so do the other formats.
    const auto week = sandbox.run({"plan", "--week", "2026-11-23", "--routine", "short"});
    CHECK(week.exit_code == 0);
    CHECK_THAT(week.out, Contains("Routine: Short (short), mon, wed, fri."));
    CHECK_THAT(week.out, Contains("From Thursday 26 November 2026: Short (short), no longer in your routine files."));
    for (const char* format : {"markdown", "html"})
        CHECK_THAT(sandbox.run({"plan", "--routine", "short", "--format", format}).out, Contains("file is gone"));
    // A script reads the same from the JSON plan.
    const auto retired_plan = nlohmann::json::parse(sandbox.run({"plan", "--routine", "short", "--format", "json"}).out);
    CHECK(retired_plan["routine"]["retired"] == true);
    CHECK(retired_plan["scheduled"] == false);
    const auto friday_plan =
        nlohmann::json::parse(sandbox.run({"plan", "2026-11-20", "--routine", "short", "--format", "json"}).out);
    CHECK(friday_plan["routine"]["retired"] == false);
    // A later write records nothing more for it.
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM routine_versions WHERE routine = 'short'") == "2\n");
}

TEST_CASE("a routine added to a log in use, or renamed, counts from then, never judging the days before",
          "[e2e][record]") {
    Sandbox sandbox("2026-11-16T08:00:00");
    sandbox.write(".config/stretch/routines/my-back.toml",
                  "[routine]\nname = \"My back\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    sandbox.write(".config/stretch/config.toml", "routine = \"my-back\"\n");
    for (const char* day : {"2026-11-16", "2026-11-17", "2026-11-18"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    // The file renamed: to stretch, a new routine "pt", and my-back retired.
    std::filesystem::rename(sandbox.home() / ".config/stretch/routines/my-back.toml",
                            sandbox.home() / ".config/stretch/routines/pt.toml");
    sandbox.write(".config/stretch/config.toml", "routine = \"pt\"\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-19T08:00:00";
    // Before the next write records it, the days before are not pt's either.
    const auto unrecorded = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-16", "--format", "json"}).out);
    CHECK(unrecorded["days"][0]["status"] == "not-started");
    CHECK(unrecorded["consistency"]["missed_days"] == 0);
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'pt'") == "2026-11-19\n");

    // pt's report does not call the days before it missed; my-back's is as it was.
    const auto pt = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-16", "--format", "json"}).out);
    CHECK(pt["days"][0]["status"] == "not-started");
    CHECK(pt["days"][2]["status"] == "not-started");
    CHECK(pt["consistency"]["missed_days"] == 0);
    const auto mine = nlohmann::json::parse(
        sandbox.run({"report", "--since", "2026-11-16", "--routine", "my-back", "--format", "json"}).out);
    CHECK(mine["consistency"]["complete_days"] == 3);
    CHECK(mine["consistency"]["current_streak"] == 3);
    CHECK_THAT(sandbox.run({"plan", "2026-11-17"}).out,
               Contains("Nothing was planned: the log records this routine only from a later day"));
    // A routine in the very first write still counts from 2000, so entries
    // from before it (an import, --date) are judged by it.
    CHECK(sandbox.sql("SELECT min(effective) FROM routine_versions WHERE routine = 'lower-back'") == "2000-01-01\n");
}

TEST_CASE("a log written by schema 1 is migrated with every entry intact, then used", "[e2e][record]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    sandbox.load_schema_fixture(1);
    const std::string rows_before = sandbox.sql("SELECT id, uuid, logged_at, day, kind, exercise, routine, reps, hold_seconds, side, pain, note FROM entries ORDER BY id");
    REQUIRE(std::count(rows_before.begin(), rows_before.end(), '\n') == 25);

    // Reading migrates first; every entry is still there, byte for byte.
    const auto history = sandbox.run({"history", "--all", "--format", "json"});
    REQUIRE(history.exit_code == 0);
    const auto entries = nlohmann::json::parse(history.out)["entries"];
    CHECK(entries.size() == 25);
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql("SELECT id, uuid, logged_at, day, kind, exercise, routine, reps, hold_seconds, side, pain, note FROM entries ORDER BY id") == rows_before);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");

    const auto r = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-16", "--format", "json"}).out);
    CHECK(r["days"][0]["status"] == "complete");
    CHECK(r["days"][1]["status"] == "partial");
    CHECK(r["days"][2]["status"] == "complete");
    CHECK(r["pain"]["count"] == 2);

    // The migrated log is written to as usual.
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "6"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "26\n");
    CHECK(sandbox.sql("SELECT exercise FROM pauses") == "bridge\n");
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'lower-back'") == "2000-01-01\n");
}

TEST_CASE("a damaged recorded routine version stops only what judges the days it covered", "[e2e][record]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    sandbox.sql("UPDATE routine_versions SET definition = '{\"id\": 1' WHERE routine = 'lower-back'");
    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
    // Today is planned from today's files: the recorded versions are not read.
    const auto plan = sandbox.run({"plan", "today"});
    CHECK(plan.exit_code == 0);
    CHECK_THAT(plan.out, Contains("Bridge"));
    // A report of past days needs them, and says which row to mend.
    const auto report = sandbox.run({"report", "--week"});
    CHECK(report.exit_code == 65);
    CHECK(report.out.empty());
    CHECK_THAT(report.err, Contains("a recorded routine version cannot be read"));
    CHECK_THAT(report.err, Contains("fix the row in routine_versions with the sqlite3 shell"));
    // A fix made there clears no kept day (schema 11), so the hint says to.
    CHECK_THAT(report.err, Contains("then delete every row of day_summaries, day_logs and progress"));
    // A write that would judge past days changes nothing.
    const std::string entries = sandbox.sql("SELECT count(*) FROM entries");
    CHECK(sandbox.run({"log", "hip"}).exit_code == 65);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == entries);
    // An export says the same, in either format, rather than abort (exit 134)
    // on the JSON, or pass the row on to a file that import refuses.
    for (const char* format : {"json", "csv"}) {
        const auto exported = sandbox.run({"export", "--format", format});
        CHECK(exported.exit_code == 65);
        CHECK(exported.out.empty());
        CHECK_THAT(exported.err, Contains("fix the row in routine_versions"));
    }
}

TEST_CASE("a damaged recorded routine version never stops a pain score, a rest day or an undo", "[e2e][record]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    sandbox.sql("UPDATE routine_versions SET definition = '{\"id\": 1' WHERE routine = 'lower-back'");
    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
    // What a bad day needs is recorded, and its advice given, though the
    // summaries of the past days cannot be kept until the row is mended.
    const auto pain = sandbox.run({"pain", "8"});
    CHECK(pain.exit_code == 0);
    CHECK_THAT(pain.out, Contains("Leave the routine for today"));
    CHECK(sandbox.run({"skip"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT day FROM skips") == "2026-11-22\n");
    CHECK(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");
    CHECK(sandbox.sql("SELECT pain FROM entries WHERE kind = 'pain'") == "8\n");
    // A stretch still stops, as the other writes do.
    CHECK(sandbox.run({"log", "hip"}).exit_code == 65);
}

TEST_CASE("a damaged version of a routine whose file is gone never stops a pause or a skip", "[e2e][record]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(sandbox.run({"log", "bridge", "--routine", "short"}).exit_code == 0);
    sandbox.sql("UPDATE routine_versions SET definition = '{\"id\": 1' WHERE routine = 'short'");
    std::filesystem::remove(sandbox.user_routines() / "short.toml");
    sandbox.env["STRETCH_NOW"] = "2026-11-21T08:00:00";
    CHECK(sandbox.run({"pause", "bridge"}).exit_code == 0);
    CHECK(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
    // Retired under its id, as nothing else of it can be read.
    CHECK(sandbox.sql("SELECT effective, CASE WHEN json_valid(definition) THEN json_extract(definition, '$.name') "
                      "END FROM routine_versions WHERE routine = 'short' ORDER BY effective") ==
          "2000-01-01|\n2026-11-21|short\n");
}

TEST_CASE("config.toml naming a routine whose file is gone says it is retired, and where", "[e2e][record]") {
    Sandbox sandbox("2026-11-16T08:00:00");
    sandbox.write(".config/stretch/routines/my-week.toml",
                  "[routine]\nname = \"W\"\nsteps = [{ exercise = \"bridge\" }]\n");
    sandbox.write(".config/stretch/config.toml", "routine = \"my-week\"\n");
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    std::filesystem::remove(sandbox.user_routines() / "my-week.toml");
    const auto plan = sandbox.run({"plan"});
    CHECK(plan.exit_code == 65);
    CHECK_THAT(plan.err, Contains("config.toml:1:11: routine: 'my-week' is retired: its file is gone; name another "
                                  "routine here or restore its file; `stretch report --routine my-week` still shows"));
    CHECK(sandbox.run({"report", "--routine", "my-week"}).exit_code == 0);
    // Never logged to, it is a name with no routine: the suggestion stays.
    sandbox.write(".config/stretch/config.toml", "routine = \"lower-bak\"\n");
    CHECK_THAT(sandbox.run({"plan"}).err, Contains("no routine called 'lower-bak'; did you mean 'lower-back'?"));
}
