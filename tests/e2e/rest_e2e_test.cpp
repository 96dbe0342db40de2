// End-to-end: the safe things on a bad day cost nothing. Resting after
// severe pain keeps the streak with or without `stretch skip`, and routine
// files half-way through an edit stop neither a pain score nor a skip.
// (Advice itself and the warning signs: safety_e2e_test.cpp; the gentle
// routine: gentle_e2e_test.cpp.)

#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;
using stretch::testing::Sandbox;

namespace {
const char* kSign = "numbness or tingling around your genitals or buttocks";
}

TEST_CASE("a routine file half-way through an edit stops neither pain nor skip, the safe things on a bad day",
          "[e2e][safety]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);  // 22 November: the streak starts
    sandbox.env["STRETCH_NOW"] = "2026-11-23T08:00:00";
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = [\"mon\", \"wensday\"]\nsteps = [ { exercise = \"bridge\" } ]\n");
    // Commands that need the routines still refuse it, as before.
    CHECK(sandbox.run({"plan"}).exit_code == 65);

    const auto pain = sandbox.run({"pain", "8"});
    CHECK(pain.exit_code == 0);
    CHECK_THAT(pain.err, Contains("stretch: warning: "));
    CHECK_THAT(pain.err, Contains("mine.toml:3:"));
    CHECK_THAT(pain.err, Contains("(the score is recorded all the same)"));
    // The rest advice and the way to keep the streak are there; the gentle
    // routine, which the files were to say, is not offered.
    CHECK_THAT(pain.out, Contains("Leave the routine for today"));
    CHECK_THAT(pain.out, Contains("Run `stretch skip` to set today aside"));
    CHECK_THAT(pain.out, Contains(kSign));
    CHECK(pain.out.find("gentle") == std::string::npos);

    const auto skip = sandbox.run({"skip", "--reason", "flare-up"});
    CHECK(skip.exit_code == 0);
    CHECK_THAT(skip.err, Contains("(the days are skipped all the same)"));
    CHECK(sandbox.sql("SELECT day, reason FROM skips") == "2026-11-23|flare-up\n");
    CHECK(sandbox.sql("SELECT day, pain FROM entries WHERE kind = 'pain'") == "2026-11-23|8\n");

    // Once the file is fixed, the day skipped while it was broken kept the streak.
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = [\"mon\", \"wed\"]\nsteps = [ { exercise = \"bridge\" } ]\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-24T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-22", "--format", "json"}).out);
    CHECK(report["consistency"]["current_streak"] == 2);
    CHECK(report["consistency"]["skipped_days"] == 1);
    CHECK(report["consistency"]["missed_days"] == 0);
}

TEST_CASE("a day of severe pain left to rest without `stretch skip` keeps the streak once it is over",
          "[e2e][safety]") {
    Sandbox sandbox("2026-11-14T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-15T08:00:00";
    REQUIRE(sandbox.run({"pain", "9"}).exit_code == 0);  // advised to rest; goes to lie down
    sandbox.env["STRETCH_NOW"] = "2026-11-16T08:00:00";
    // A past day cannot be skipped, and need not be: it was rested.
    CHECK(sandbox.run({"skip", "yesterday"}).exit_code == 64);
    const auto r = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-14", "--format", "json"}).out);
    CHECK(r["days"][1]["status"] == "rested");
    CHECK(r["consistency"]["missed_days"] == 0);
    CHECK(r["consistency"]["rested_days"] == 1);
    CHECK(r["consistency"]["current_streak"] == 1);
    const auto text = sandbox.run({"report", "--since", "2026-11-14"}).out;
    CHECK_THAT(text, Contains("Not missed and not counted: 1 rested after pain of 7 or more (1 day)"));
    CHECK_THAT(text, Contains("r rested after pain"));
    // A pain of 7 or more given with stretches rests the day too, as `log`
    // then says to leave the routine.
    sandbox.env["STRETCH_NOW"] = "2026-11-16T08:30:00";
    REQUIRE(sandbox.run({"log", "bridge", "pelvic", "--pain", "8"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-17T07:00:00";
    CHECK(nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-14", "--format", "json"}).out)
              ["days"][2]["status"] == "rested");
    // Only a pain of 7 or more rests a day: 6 leaves it missed.
    sandbox.env["STRETCH_NOW"] = "2026-11-17T09:00:00";
    REQUIRE(sandbox.run({"pain", "6"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-18T08:00:00";
    const auto next = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-14", "--format", "json"}).out);
    CHECK(next["days"][3]["status"] == "missed");
}

TEST_CASE("one stretch at a severe pain makes today a rest day in log, status, remind and plan alike",
          "[e2e][safety]") {
    Sandbox sandbox;
    const auto logged = sandbox.run({"log", "bird-dog", "--pain", "9"});
    CHECK(logged.exit_code == 0);
    CHECK_THAT(logged.out, Contains("Leave the routine for today"));
    CHECK_THAT(logged.out, Contains("Run `stretch skip` to set today aside"));
    // No count of what is left pushes against that advice.
    CHECK(logged.out.find("stretches left") == std::string::npos);
    const auto status = nlohmann::json::parse(sandbox.run({"status", "--format", "json"}).out);
    CHECK(status["rest_suggested"]["pain"] == 9);
    CHECK(status["rest_suggested"]["command"] == "stretch skip");
    // The routine's name moves to a line of its own rather than break in two.
    CHECK_THAT(sandbox.run({"status"}).out, StartsWith("Nothing more is due today: rest. 9 stretches are not done.\n"
                                                       "Routine: Lower back relief.\nNot done: "));
    CHECK_THAT(sandbox.run({"remind"}).out, Contains("Pain 9/10 today, so rest"));
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("Rest rather than stretch today"));
    // Below severe, a stretch that hurt is paused and the day goes on.
    Sandbox milder;
    const auto six = milder.run({"log", "bird-dog", "--pain", "6"});
    CHECK(six.out.find("Leave the routine for today") == std::string::npos);
    CHECK_THAT(six.out, Contains("9 of 10 stretches left today"));
    CHECK(nlohmann::json::parse(milder.run({"status", "--format", "json"}).out)["rest_suggested"].is_null());
}

TEST_CASE("a stretch logged after a severe score today meets the advice to rest, not a count of what is left",
          "[e2e][safety]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    const auto logged = sandbox.run({"log", "bridge"});
    CHECK(logged.exit_code == 0);
    CHECK_THAT(logged.out, Contains("bridge: 8 reps logged."));
    CHECK_THAT(logged.out, Contains("Rest rather than stretch today"));
    CHECK_THAT(logged.out, Contains("    stretch skip\n"));
    CHECK(logged.out.find("stretches left") == std::string::npos);
    // Once today is set aside, log says so instead.
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    const auto after_skip = sandbox.run({"log", "bird-dog"});
    CHECK(after_skip.out.find("Rest rather than") == std::string::npos);
    CHECK_THAT(after_skip.out, Contains("Nothing is due today: it is skipped."));
    // A day before today is not today's rest: what is left of it is said.
    const auto earlier = sandbox.run({"log", "bridge", "--date", "2026-11-21"});
    CHECK(earlier.out.find("Rest rather than") == std::string::npos);
    CHECK_THAT(earlier.out, Contains("9 of 10 stretches not done on Saturday 21 November 2026.\n"));
}

TEST_CASE("a config.toml naming a routine that is gone stops neither skip nor the offer to rest, with a warning", "[e2e][safety]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/config.toml", "routine = \"evening\"\n");
    CHECK(sandbox.run({"plan"}).exit_code == 65);
    const auto pain = sandbox.run({"pain", "8"});
    CHECK_THAT(pain.out, Contains("Run `stretch skip` to set today aside"));
    // Said, as a broken routine file is, so that the mistake gets fixed.
    CHECK(pain.err == "stretch: warning: " + sandbox.home().string() +
                          "/.config/stretch/config.toml:1:11: routine: no routine called 'evening'; `stretch list` "
                          "shows the routines (the score is recorded all the same)\n");
    // A mistake in the arguments is the only word: nothing said to be skipped.
    const auto typo = sandbox.run({"skip", "2026-11-20"});
    CHECK(typo.exit_code == 64);
    CHECK_THAT(typo.err, StartsWith("stretch: error:") && !Contains("warning"));
    const auto skip = sandbox.run({"skip"});
    CHECK(skip.exit_code == 0);
    CHECK_THAT(skip.err, Contains("no routine called 'evening'") && Contains("(the days are skipped all the same)"));
    CHECK(sandbox.sql("SELECT day FROM skips") == "2026-11-22\n");
}

TEST_CASE("the coloured advice to rest leaves no colour open at the end of any line", "[e2e][safety]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    const std::string plan = sandbox.run({"plan", "--color", "always"}).out;
    REQUIRE_THAT(plan, Contains("\x1b[33m"));  // the yellow block is there
    std::istringstream lines(plan);
    for (std::string line; std::getline(lines, line);) {
        INFO(line);
        const auto opened = line.rfind("\x1b[");
        CHECK((opened == std::string::npos || line.compare(opened, 4, "\x1b[0m") == 0));
    }
}

TEST_CASE("the routine done all the same after a severe pain today still names the pain", "[e2e][safety]") {
    Sandbox sandbox("2026-11-05T08:00:00");
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:01:00";
    const auto all = sandbox.run({"log", "--all"});
    CHECK(all.exit_code == 0);
    const std::string advice = "You gave a pain of 8/10 today. When it has eased, the gentle routine is a softer\n"
                               "way back:\n    stretch plan --routine gentle\n";
    CHECK_THAT(all.out, EndsWith("All 10 stretches done today.\n" + advice));
    // The same as status says of the day.
    CHECK_THAT(sandbox.run({"status"}).out, EndsWith(advice));
}

TEST_CASE("the gentle routine done after a severe pain today is not offered again", "[e2e][safety]") {
    Sandbox sandbox("2026-11-11T08:00:00");
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    const auto gentle =
        sandbox.run({"log", "spine-stretch", "pelvic-tilts", "deep-abdominal", "lower-stomach-stretch"});
    CHECK(gentle.exit_code == 0);
    CHECK_THAT(gentle.out, Contains("Done on the gentle routine today"));
    CHECK(gentle.out.find("plan --routine gentle") == std::string::npos);
    CHECK(sandbox.run({"status"}).out.find("plan --routine gentle") == std::string::npos);
}
