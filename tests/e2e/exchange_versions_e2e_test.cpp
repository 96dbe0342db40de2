// End-to-end: two machines' routine versions meeting in an import. Each
// machine judges its days by its own routine files, so another log's version
// that would change a day this log judged (an earlier day, today once
// settled, a day before this log took the routine up) is kept out as a
// conflict; one for a routine this log never had is taken.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("an imported routine version from today that this machine's files define otherwise is a conflict",
          "[e2e][records][import]") {
    Sandbox laptop("2026-11-30T09:00:00"), desktop("2026-11-30T09:00:00");
    REQUIRE(laptop.run({"pain", "3"}).exit_code == 0);
    // The laptop's routine becomes mon/wed/fri from today; the desktop's stays daily.
    laptop.write(".config/stretch/routines/lower-back.toml",
                 "[routine]\nname = \"Lower back relief\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                 "steps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(laptop.run({"pain", "2"}).exit_code == 0);
    const auto archive = desktop.write("laptop.json", laptop.run({"export"}).out);
    const auto merged = desktop.run({"import", archive.string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("4 records added, 0 already present, 1 conflict."));
    CHECK_THAT(merged.out, Contains("conflict: routine lower-back from 2026-11-30 (today follows your routine\n"
                                    "    files): kept this log's"));
    // The version in force today is the desktop's daily one, and the laptop's is not in the log.
    CHECK(desktop.sql("SELECT json_array_length(definition, '$.days') FROM routine_versions WHERE routine = "
                      "'lower-back' AND effective <= '2026-11-30' ORDER BY effective DESC LIMIT 1") == "7\n");
    CHECK(desktop.sql("SELECT count(*) FROM routine_versions WHERE json_array_length(definition, '$.days') = 3") ==
          "0\n");
}

TEST_CASE("another log's routine version from today for a routine this machine lacks gives way to its retirement",
          "[e2e][records][import]") {
    Sandbox laptop("2026-11-24T09:00:00"), desktop("2026-11-25T10:00:00");
    laptop.write(".config/stretch/routines/short.toml",
                 "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(laptop.run({"pain", "2"}).exit_code == 0);
    laptop.env["STRETCH_NOW"] = "2026-11-25T09:00:00";
    laptop.write(".config/stretch/routines/short.toml",
                 "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"hip-stretch\" }]\n");
    REQUIRE(laptop.run({"pain", "3"}).exit_code == 0);
    const auto merged = desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("0 conflicts"));
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|1\n2026-11-25|0\n");
    // Its days are still there to report, retired from today.
    CHECK_THAT(desktop.run({"report", "--routine", "short"}).out, Contains("Short (short)"));
}

TEST_CASE("a routine only one machine has is retired on the other, and that never reaches back",
          "[e2e][records][import]") {
    Sandbox laptop("2026-11-23T09:00:00"), desktop("2026-11-23T09:00:00");
    laptop.write(".config/stretch/routines/short.toml",
                 "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    for (const char* day : {"2026-11-23", "2026-11-24", "2026-11-25"}) {
        laptop.env["STRETCH_NOW"] = std::string(day) + "T09:00:00";
        REQUIRE(laptop.run({"log", "bridge", "--routine", "short"}).exit_code == 0);
    }
    // The desktop, without the file, takes the laptop's log on the 25th:
    // short is retired there from the next day, as the 25th was done.
    desktop.env["STRETCH_NOW"] = "2026-11-25T10:00:00";
    const auto laptop_json = desktop.write("laptop.json", laptop.run({"export"}).out);
    REQUIRE(desktop.run({"import", laptop_json.string()}).exit_code == 0);
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|1\n2026-11-26|0\n");

    // The laptop goes on; the 26th is missed there.
    laptop.env["STRETCH_NOW"] = "2026-11-27T09:00:00";
    REQUIRE(laptop.run({"log", "bridge", "--routine", "short"}).exit_code == 0);
    const std::vector<std::string> report = {"report", "--routine", "short", "--since", "2026-11-23",
                                             "--until", "2026-11-26", "--format", "csv"};
    const std::string before = laptop.run(report).out;
    CHECK_THAT(before, Contains("2026-11-26,thu,missed"));

    // Back on the laptop, the desktop's retirement is kept out: the laptop's
    // days stay as they were judged.
    const auto desktop_json = laptop.write("desktop.json", desktop.run({"export"}).out);
    const auto merged = laptop.run({"import", desktop_json.string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine short from 2026-11-26 (retired in the other log; your\n    routine files define it): kept this log's"));
    CHECK(laptop.sql("SELECT count(*) FROM routine_versions WHERE routine = 'short'") == "1\n");
    CHECK(laptop.run(report).out == before);

    // The desktop's own export taken back into it is all already there, and
    // a log rebuilt from it, which has judged nothing yet, takes the
    // retirement too, even where the file is back; the file then counts
    // again from today.
    CHECK_THAT(desktop.run({"import", desktop.write("own.json", desktop.run({"export"}).out).string()}).out,
               Contains("0 records added, 7 already present, 0 conflicts."));
    Sandbox rebuilt("2026-11-27T09:00:00");
    rebuilt.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(rebuilt.run({"import", rebuilt.write("desktop.json", desktop.run({"export"}).out).string()}).exit_code == 0);
    CHECK(rebuilt.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|1\n2026-11-26|0\n2026-11-27|1\n");
}

TEST_CASE("another machine's version of a routine never rewrites the days this log judged", "[e2e][records][import]") {
    const std::string two = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, { exercise = \"bridge\" }]\n";
    const std::string three = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, "
                              "{ exercise = \"bridge\" }, { exercise = \"spine-stretch\" }]\n";
    Sandbox laptop("2026-03-02T08:00:00"), desktop("2026-03-05T09:00:00");
    laptop.write(".config/stretch/routines/mine.toml", two);
    desktop.write(".config/stretch/routines/mine.toml", three);
    for (const char* day : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"}) {
        laptop.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(laptop.run({"log", "--all", "--routine", "mine"}).exit_code == 0);
    }
    // The desktop, whose file has a third stretch, takes the laptop's log and
    // records its own version; the laptop goes on, then takes the desktop's.
    REQUIRE(desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()}).exit_code == 0);
    desktop.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    REQUIRE(desktop.run({"pain", "2"}).exit_code == 0);
    laptop.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    REQUIRE(laptop.run({"log", "--all", "--routine", "mine"}).exit_code == 0);
    laptop.env["STRETCH_NOW"] = "2026-03-07T08:00:00";
    const std::vector<std::string> report = {"report", "--routine", "mine", "--since", "2026-03-02",
                                             "--until", "2026-03-06", "--format", "json"};
    const auto before = nlohmann::json::parse(laptop.run(report).out);
    REQUIRE(before["consistency"]["complete_days"] == 5);

    const auto merged = laptop.run({"import", laptop.write("desktop.json", desktop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine mine from 2026-03-06 (the other log's version; this log\n"
                                    "    judged those days by its own): kept this log's version"));
    const auto after = nlohmann::json::parse(laptop.run(report).out);
    CHECK(after["consistency"] == before["consistency"]);
    CHECK(after["days"][4]["planned"] == 2);
    CHECK(laptop.sql("SELECT count(*) FROM routine_versions WHERE routine = 'mine'") == "1\n");
    // The desktop's pain score came across all the same.
    CHECK(after["days"][4]["pain"] == 2.0);
}

TEST_CASE("another machine's older version of a routine this log took up later stays out", "[e2e][records][import]") {
    const std::string mine = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n";
    Sandbox here("2026-03-01T08:00:00"), there("2026-03-01T08:00:00");
    there.write(".config/stretch/routines/mine.toml", mine);
    REQUIRE(there.run({"pain", "2"}).exit_code == 0);  // "mine" on record there from 2000
    REQUIRE(here.run({"pain", "2"}).exit_code == 0);   // here only the bundled routines
    here.write(".config/stretch/routines/mine.toml", mine);
    here.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    REQUIRE(here.run({"log", "--all", "--routine", "mine"}).exit_code == 0);  // "mine" from the 5th
    here.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    const std::vector<std::string> report = {"report", "--routine", "mine", "--since", "2026-03-01",
                                             "--until", "2026-03-05", "--format", "json"};
    const auto before = nlohmann::json::parse(here.run(report).out);
    REQUIRE(before["days"][0]["status"] == "not-started");

    const auto merged = here.run({"import", here.write("there.json", there.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("routine mine from 2000-01-01 (before this log's first version of\n"));
    CHECK(nlohmann::json::parse(here.run(report).out)["consistency"] == before["consistency"]);

    // A version to start after tomorrow is no version stretch writes: refused whole.
    auto file = nlohmann::json::parse(there.run({"export"}).out);
    file["routine_versions"][0]["effective"] = "2026-03-09";
    const auto refused = here.run({"import", here.write("late.json", file.dump()).string()});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("takes effect on 2026-03-09, a day still to come"));
}

TEST_CASE("another machine's change from today never rewrites a today this log had settled", "[e2e][records][import]") {
    const std::string two = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, { exercise = \"bridge\" }]\n";
    const std::string three = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, "
                              "{ exercise = \"bridge\" }, { exercise = \"spine-stretch\" }]\n";
    Sandbox laptop("2026-03-02T08:00:00"), desktop("2026-03-02T08:00:00");
    for (Sandbox* machine : {&laptop, &desktop}) {
        machine->write(".config/stretch/routines/mine.toml", two);
        machine->write(".config/stretch/config.toml", "routine = \"mine\"\n");
        REQUIRE(machine->run({"pain", "2"}).exit_code == 0);
        machine->env["STRETCH_NOW"] = "2026-03-03T08:00:00";
    }
    // Both files gain a stretch on the 3rd: the desktop's day was done, so
    // there it waits for the 4th; the laptop had done nothing, so from the 3rd.
    REQUIRE(desktop.run({"log", "--all"}).exit_code == 0);
    for (Sandbox* machine : {&laptop, &desktop}) {
        machine->write(".config/stretch/routines/mine.toml", three);
        machine->env["STRETCH_NOW"] = "2026-03-03T19:00:00";
        REQUIRE(machine->run({"pain", "1"}).exit_code == 0);
    }
    const auto merged = desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine mine from 2026-03-03 (today keeps the version this log"));
    CHECK(desktop.run({"status", "--quiet"}).exit_code == 0);
    desktop.env["STRETCH_NOW"] = "2026-03-04T08:00:00";
    const auto report = nlohmann::json::parse(desktop.run({"report", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "complete");
}

namespace {

/// The bundled lower-back routine, done on weekdays only.
std::string weekdays_routine() {
    return "[routine]\nname = \"Lower back relief\"\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n"
           "steps = [{ exercise = \"bridge\" }, { exercise = \"pelvic-tilts\" }]\n";
}

}  // namespace

TEST_CASE("another log's days from before this log began keep the routine they had there", "[e2e][records][import]") {
    Sandbox laptop("2026-11-02T08:00:00"), desktop("2026-11-09T08:00:00");
    laptop.write(".config/stretch/routines/lower-back.toml", weekdays_routine());
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"}) {
        laptop.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(laptop.run({"log", "--all"}).exit_code == 0);
    }
    laptop.env["STRETCH_NOW"] = "2026-11-09T07:00:00";
    const std::vector<std::string> week = {"report", "--last-week", "--format", "json"};
    const auto on_laptop = nlohmann::json::parse(laptop.run(week).out)["consistency"];
    REQUIRE(on_laptop["complete_days"] == 5);
    REQUIRE(on_laptop["missed_days"] == 0);

    // The desktop's log, with the bundled daily routine, begins on the 9th;
    // the laptop's weekend was never one of its days, so it is not missed.
    REQUIRE(desktop.run({"pain", "3"}).exit_code == 0);
    const auto archive = desktop.write("laptop.json", laptop.run({"export"}).out);
    const auto merged = desktop.run({"import", archive.string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine lower-back from 2000-01-01 (before this log's first day,\n"
                                    "    2026-11-09): kept the imported version"));
    CHECK(nlohmann::json::parse(desktop.run(week).out)["consistency"] == on_laptop);
    // From its own first day the desktop keeps its daily routine.
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.days') FROM routine_versions "
                      "WHERE routine = 'lower-back' ORDER BY effective") == "2000-01-01|5\n2026-11-09|7\n");
    desktop.env["STRETCH_NOW"] = "2026-11-15T08:00:00";
    CHECK_THAT(desktop.run({"plan", "today"}).out, Contains("daily"));

    // The same file again changes nothing; undo takes the first import back whole.
    CHECK_THAT(desktop.run({"import", archive.string()}).out,
               Contains("0 records added, 12 already present, 0 conflicts."));
    REQUIRE(desktop.run({"undo"}).exit_code == 0);
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.days') FROM routine_versions "
                      "WHERE routine = 'lower-back' ORDER BY effective") == "2000-01-01|7\n");
}

TEST_CASE("another log's later routine change before this log began comes in too", "[e2e][records][import]") {
    Sandbox laptop("2026-11-12T08:00:00"), desktop("2026-12-02T08:00:00");
    REQUIRE(laptop.run({"pain", "2"}).exit_code == 0);  // daily, from 2000
    laptop.env["STRETCH_NOW"] = "2026-11-16T08:00:00";
    laptop.write(".config/stretch/routines/lower-back.toml", weekdays_routine());
    REQUIRE(laptop.run({"log", "--all"}).exit_code == 0);  // weekdays, from the 16th
    laptop.env["STRETCH_NOW"] = "2026-12-02T07:00:00";
    const std::vector<std::string> weekend = {"plan", "2026-11-21", "--format", "json"};
    const std::string on_laptop = laptop.run(weekend).out;

    REQUIRE(desktop.run({"pain", "2"}).exit_code == 0);
    const auto merged = desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("0 conflicts"));
    // Saturday the 21st was no day of the laptop's weekday routine, on either machine now.
    CHECK(desktop.run(weekend).out == on_laptop);
    CHECK(nlohmann::json::parse(on_laptop)["status"] == "not-scheduled");
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.days') FROM routine_versions "
                      "WHERE routine = 'lower-back' ORDER BY effective") ==
          "2000-01-01|7\n2026-11-16|5\n2026-12-02|7\n");
}

TEST_CASE("three logs with other routines before one another's first days settle, and keep every day's plan",
          "[e2e][records][import]") {
    Sandbox weekdays("2026-11-02T08:00:00"), alternate("2026-10-05T08:00:00"), daily("2026-11-09T08:00:00");
    weekdays.write(".config/stretch/routines/lower-back.toml", weekdays_routine());
    alternate.write(".config/stretch/routines/lower-back.toml",
                    "[routine]\nname = \"Lower back relief\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                    "steps = [{ exercise = \"bridge\" }, { exercise = \"pelvic-tilts\" }]\n");
    REQUIRE(weekdays.run({"log", "--all"}).exit_code == 0);
    REQUIRE(alternate.run({"log", "--all"}).exit_code == 0);
    REQUIRE(daily.run({"pain", "3"}).exit_code == 0);
    weekdays.env["STRETCH_NOW"] = alternate.env["STRETCH_NOW"] = "2026-11-09T07:00:00";
    const auto from_weekdays = daily.write("weekdays.json", weekdays.run({"export"}).out);
    const auto from_alternate = daily.write("alternate.json", alternate.run({"export"}).out);
    const std::vector<std::string> days = {"report", "--since",  "2026-10-05", "--until",
                                           "2026-11-09", "--format", "csv"};
    std::vector<std::string> said;
    for (int round = 0; round < 3; ++round) {
        for (const auto& file : {from_weekdays, from_alternate})
            said.push_back(daily.run({"import", file.string()}).out);
        // Each log's days are judged by its own routine, whatever came in since.
        INFO("round " << round);
        const std::string judged = daily.run(days).out;
        CHECK_THAT(judged, Contains("2026-10-05,mon,complete"));
        CHECK_THAT(judged, Contains("2026-10-06,tue,not-scheduled"));
        CHECK_THAT(judged, Contains("2026-11-02,mon,complete"));
        CHECK_THAT(judged, Contains("2026-11-07,sat,not-scheduled"));
        CHECK_THAT(judged, Contains("2026-11-09,mon,pending,10,"));
    }
    // Once settled, the files change nothing more: the last round had nothing to undo.
    for (size_t i = said.size() - 2; i < said.size(); ++i) {
        CHECK_THAT(said[i], Contains("0 records added"));
        CHECK_THAT(said[i], !Contains("kept the imported version"));
        CHECK_THAT(said[i], !Contains("undo"));
    }
}
