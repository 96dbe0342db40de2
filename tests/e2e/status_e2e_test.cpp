// End-to-end: status and remind, for scripts and cron; plan marks what is done.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("status exits 1 until today's plan is complete, then 0", "[e2e][status]") {
    Sandbox sandbox;
    const auto before = sandbox.run({"status"});
    CHECK(before.exit_code == 1);
    CHECK_THAT(before.out, Contains("10 of 10 stretches left today"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));

    REQUIRE(sandbox.run({"log", "bridge", "bird-dog"}).exit_code == 0);
    const auto json = nlohmann::json::parse(sandbox.run({"status", "--json"}).out);
    CHECK(json["done"] == 2);
    CHECK(json["remaining"] == 8);
    CHECK(json["complete"] == false);
    CHECK(json["done_ids"] == nlohmann::json({"bridge", "bird-dog"}));

    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto after = sandbox.run({"status"});
    CHECK(after.exit_code == 0);
    CHECK_THAT(after.out, Contains("All 10 stretches done today."));
}

TEST_CASE("status --quiet prints nothing and answers with its exit code", "[e2e][status]") {
    Sandbox sandbox;
    const auto before = sandbox.run({"status", "--quiet"});
    CHECK(before.exit_code == 1);
    CHECK(before.out.empty());
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto after = sandbox.run({"--quiet", "status"});
    CHECK(after.exit_code == 0);
    CHECK(after.out.empty());
}

TEST_CASE("status --quiet is 0 on a day that asks for nothing more: skipped, or the rest paused",
          "[e2e][status]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"skip", "today"}).exit_code == 0);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    REQUIRE(sandbox.run({"unskip", "today"}).exit_code == 0);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 1);
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const std::string spine = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE exercise = 'spine-stretch'");
    REQUIRE(sandbox.run({"delete", spine.substr(0, 8)}).exit_code == 0);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 1);  // spine-stretch is in the gentle routine too
    REQUIRE(sandbox.run({"pause", "spine-stretch"}).exit_code == 0);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
}

TEST_CASE("status is 0 when nothing is scheduled today", "[e2e][status]") {
    Sandbox sandbox;  // a Sunday
    sandbox.write(".config/stretch/routines/weekdays.toml",
                  "[routine]\nname = \"Weekdays\"\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n"
                  "steps = [{ exercise = \"bridge\" }]\n");
    const auto result = sandbox.run({"status", "--routine", "weekdays"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("Nothing is scheduled today."));
    CHECK(sandbox.run({"remind", "--routine", "weekdays"}).out.empty());
}

TEST_CASE("remind prints one line only while stretches are left, under cron's bare environment",
          "[e2e][remind]") {
    Sandbox sandbox;
    sandbox.env = {{"HOME", sandbox.home().string()}, {"PATH", "/usr/bin:/bin"}, {"STRETCH_NOW", "2026-11-22T19:00:00"}};
    const auto before = sandbox.run({"remind"});
    CHECK(before.exit_code == 0);
    CHECK(before.err.empty());
    CHECK(before.out == "10 of 10 stretches left today (about 15 min): run `stretch plan today`\n");
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));

    REQUIRE(sandbox.run({"log", "spine", "hip", "bottom", "leg", "lower-back-stretch", "pelvic", "bridge"}).exit_code == 0);
    const auto partly = sandbox.run({"remind"});
    CHECK(partly.exit_code == 0);
    CHECK(partly.out == "3 of 10 stretches left today (about 4 min): run `stretch plan today`\n");

    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto done = sandbox.run({"remind"});
    CHECK(done.exit_code == 0);
    CHECK(done.out.empty());
    CHECK(done.err.empty());
}

TEST_CASE("plan marks what is already done that day, in text and JSON", "[e2e][plan]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "spine"}).exit_code == 0);
    const auto text = sandbox.run({"plan"}).out;
    CHECK_THAT(text, Contains("[x] 1. Spine Stretch"));
    CHECK_THAT(text, Contains("[ ] 2. Hip Stretch"));
    CHECK_THAT(text, Contains("[x] 7. Bridge"));
    const auto json = nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out);
    CHECK(json["stretches"][0]["done"] == true);
    CHECK(json["stretches"][1]["done"] == false);
    CHECK(json["remaining"] == 8);
    const auto tomorrow = nlohmann::json::parse(sandbox.run({"plan", "tomorrow", "--format", "json"}).out);
    CHECK(tomorrow["remaining"] == 10);
}

TEST_CASE("config.toml chooses the default routine and the first day of the week", "[e2e][config]") {
    Sandbox sandbox;  // Sunday 2026-11-22
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    sandbox.write(".config/stretch/config.toml", "routine = \"short\"\nweek_start = \"sun\"\n");
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("Short (short)"));
    CHECK_THAT(sandbox.run({"plan", "--routine", "lower-back"}).out, Contains("(lower-back)"));
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-11-21"}).exit_code == 0);
    // With Sunday first, this week is just today, so Saturday's entry is last week's.
    CHECK(nlohmann::json::parse(sandbox.run({"history", "--week", "--format", "json"}).out)["entries"].empty());
    CHECK(nlohmann::json::parse(sandbox.run({"history", "--last-week", "--format", "json"}).out)["entries"].size() == 1);
}

TEST_CASE("a broken config.toml is reported at its line, and STRETCH_CONFIG must exist", "[e2e][config]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/config.toml", "week_start = \"someday\"\n");
    const auto bad = sandbox.run({"plan"});
    CHECK(bad.exit_code == 65);
    CHECK_THAT(bad.err, Contains("config.toml:1:14: week_start: expected a weekday"));
    sandbox.env["STRETCH_CONFIG"] = (sandbox.home() / "missing.toml").string();
    CHECK(sandbox.run({"plan"}).exit_code == 66);
}

TEST_CASE("a config.toml routine that does not exist is bad data, not a usage error", "[e2e][config]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/config.toml", "routine = \"nope\"\n");
    const auto result = sandbox.run({"remind"});
    CHECK(result.exit_code == 65);
    CHECK_THAT(result.err, Contains(".config/stretch/config.toml:1:11: routine: no routine called 'nope'; `stretch list`"));
    CHECK(sandbox.run({"plan", "--routine", "lower-back"}).exit_code == 0);
    // check, which said "ok" while every other command failed, fails the same way; a typo gets did-you-mean.
    sandbox.write(".config/stretch/config.toml", "routine = \"gentel\"\n");
    const auto checked = sandbox.run({"check"});
    CHECK(checked.exit_code == 65);
    CHECK_THAT(checked.err, Contains("config.toml:1:11: routine: no routine called 'gentel'; did you mean 'gentle'?"));
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nfine_up_to = 8\n");
    CHECK(sandbox.run({"check"}).exit_code == 65);
    sandbox.write(".config/stretch/config.toml", "routine = \"gentle\"\n");
    CHECK(sandbox.run({"check"}).exit_code == 0);
}

TEST_CASE("remind for a routine named with -r points to that routine's plan", "[e2e][status]") {
    Sandbox sandbox;
    // A cron line for the gentle routine must not send its reader to the default one.
    // It fits 80 columns, shortened as far as the routine's id asks.
    CHECK(sandbox.run({"remind", "-r", "gentle"}).out ==
          "4 of 4 stretches left today (about 4 min): `stretch plan today --routine gentle`\n");
    CHECK_THAT(sandbox.run({"plan", "today", "--routine", "gentle"}).out, Contains("4 stretches"));
    CHECK(sandbox.run({"remind"}).out ==
          "10 of 10 stretches left today (about 15 min): run `stretch plan today`\n");
    const std::string steps = "steps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n";
    sandbox.write(".config/stretch/routines/physio-week-3.toml", "[routine]\nname = \"P\"\n" + steps);
    CHECK(sandbox.run({"remind", "-r", "physio-week-3"}).out ==
          "2 of 2 stretches left today (about 3 min): `stretch plan -r physio-week-3`\n");
    const std::string longest(60, 'x');
    sandbox.write(".config/stretch/routines/" + longest + ".toml", "[routine]\nname = \"L\"\n" + steps);
    CHECK(sandbox.run({"remind", "-r", longest}).out == "2 of 2 stretches left today (about 3 min)\n");
}

TEST_CASE("status wraps a long routine name under itself, as it does the stretches left", "[e2e][status]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/long.toml",
                  "[routine]\nname = \"A very long routine name for the mornings after the long walk to the office "
                  "and back\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    const auto result = sandbox.run({"status", "--routine", "long"});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "2 of 2 stretches left today (about 3 min).\n"
          "Routine: A very long routine name for the mornings after the long walk to the\n"
          "         office and back.\n"
          "Left: bridge, bird-dog\n");
}
