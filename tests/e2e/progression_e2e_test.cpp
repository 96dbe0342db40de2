// Progression as a user meets it: weeks of logged days raise the plan's
// targets, `log` without --reps records the target, a day that hurt steps
// it back, a pause holds it, and a routine can turn it off.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

/// Logs the whole plan on each of `days` days from 2 November 2026.
void log_days(Sandbox& sandbox, int days, int first = 2) {
    for (int d = first; d < first + days; ++d) {
        sandbox.env["STRETCH_NOW"] = "2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
}

/// Two days of the whole plan, then on 4 November spine-stretch at its
/// target beside bridge at 8/10; the clock left on 5 November.
void log_bad_third_day(Sandbox& sandbox) {
    log_days(sandbox, 2);
    sandbox.env["STRETCH_NOW"] = "2026-11-04T08:00:00";
    REQUIRE(sandbox.run({"log", "spine"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "8"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
}

/// The plan's target for one stretch, from plan --format json.
nlohmann::json target_of(const Sandbox& sandbox, const std::string& id, const std::string& when = "today") {
    const auto result = sandbox.run({"plan", when, "--format", "json"});
    REQUIRE(result.exit_code == 0);
    const auto plan = nlohmann::json::parse(result.out);
    for (const auto& stretch : plan["stretches"])
        if (stretch["id"] == id) return stretch["target"];
    FAIL("no " << id << " in the plan");
    return {};
}

}  // namespace

TEST_CASE("weeks of logged days raise the plan's targets, and log records the target", "[e2e][progression]") {
    Sandbox sandbox;
    log_days(sandbox, 9);  // 2-10 November, no pain given
    sandbox.env["STRETCH_NOW"] = "2026-11-11T08:00:00";
    // Three steps of one rep for pelvic tilts (8-12); the hip stretch's hold
    // (20-30 s) has two steps of 5 s and stops at the top.
    CHECK(target_of(sandbox, "pelvic-tilts") == nlohmann::json({{"reps", 11}, {"hold_seconds", nullptr},
                                                                 {"dose", "11 reps (8-12)"}}));
    CHECK(target_of(sandbox, "hip-stretch")["hold_seconds"] == 30);
    const auto plan = sandbox.run({"plan"}).out;
    CHECK_THAT(plan, Contains("11 reps (8-12)"));
    CHECK_THAT(plan, Contains("2 x each side, hold 30 s (20-30)"));
    // A past day's plan shows the target it had.
    CHECK(target_of(sandbox, "pelvic-tilts", "2026-11-05")["reps"] == 9);

    const auto logged = sandbox.run({"log", "pelvic"});
    CHECK(logged.out.rfind("pelvic-tilts: 11 reps logged.", 0) == 0);
    CHECK(sandbox.sql("SELECT reps FROM entries WHERE day = '2026-11-11' AND exercise = 'pelvic-tilts'") == "11\n");
    // --reps still wins.
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "9"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT reps FROM entries WHERE day = '2026-11-11' AND exercise = 'bridge'") == "9\n");
}

TEST_CASE("a day in the take-it-easier zone steps the target back", "[e2e][progression]") {
    Sandbox sandbox;
    log_days(sandbox, 6);  // 2-7 November: bridge at 10
    sandbox.env["STRETCH_NOW"] = "2026-11-08T08:00:00";
    REQUIRE(target_of(sandbox, "bridge")["reps"] == 10);
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "4"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-09T08:00:00";
    CHECK(target_of(sandbox, "bridge")["reps"] == 9);
    CHECK(target_of(sandbox, "pelvic-tilts")["reps"] == 10);  // the others are not touched
}

TEST_CASE("a pause holds the target until the stretch is resumed", "[e2e][progression]") {
    Sandbox sandbox;
    log_days(sandbox, 6);  // bridge at 10 on the 8th
    sandbox.env["STRETCH_NOW"] = "2026-11-08T08:00:00";
    REQUIRE(sandbox.run({"pause", "bridge", "--reason", "sore"}).exit_code == 0);
    log_days(sandbox, 7, 8);  // 8-14 November without bridge
    sandbox.env["STRETCH_NOW"] = "2026-11-15T08:00:00";
    REQUIRE(sandbox.run({"resume", "bridge"}).exit_code == 0);
    CHECK(target_of(sandbox, "bridge")["reps"] == 10);
    CHECK(target_of(sandbox, "pelvic-tilts")["reps"] == 12);
}

TEST_CASE("a stretch the day's plan does not hold is logged at its own target", "[e2e][progression]") {
    Sandbox sandbox;
    log_days(sandbox, 6);  // bridge at 10 on the 8th
    sandbox.env["STRETCH_NOW"] = "2026-11-08T08:00:00";
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    // Paused, so not on the plan; done anyway, it is logged at where it stands.
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT reps FROM entries WHERE day = '2026-11-08'") == "10\n");
    // The gentle routine keeps the low end whatever the days before were.
    const auto gentle = sandbox.run({"plan", "--routine", "gentle", "--format", "json"});
    CHECK(nlohmann::json::parse(gentle.out)["stretches"][1]["target"]["reps"] == 8);  // pelvic tilts
}

TEST_CASE("progression = false in a routine keeps the low end, config.toml sets the days a step takes",
          "[e2e][progression]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/steady.toml",
                  "[routine]\nname = \"Steady\"\nprogression = false\nsteps = [{ exercise = \"bridge\" }]\n");
    sandbox.write(".config/stretch/config.toml", "progression_days = 1\n");
    log_days(sandbox, 3);
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
    CHECK(target_of(sandbox, "bridge")["reps"] == 11);  // a step a day
    const auto steady = sandbox.run({"plan", "--routine", "steady", "--format", "json"});
    CHECK(nlohmann::json::parse(steady.out)["stretches"][0]["target"]["reps"] == 8);
    REQUIRE(sandbox.run({"log", "bridge", "--routine", "steady"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT reps FROM entries WHERE day = '2026-11-05'") == "8\n");

    // A later change of config.toml changes today on, never a past plan.
    REQUIRE(target_of(sandbox, "bridge", "2026-11-04")["reps"] == 10);
    sandbox.write(".config/stretch/config.toml", "progression_days = 5\n");
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);  // a write records the new definition
    CHECK(target_of(sandbox, "bridge", "2026-11-04")["reps"] == 10);

    sandbox.write(".config/stretch/config.toml", "progression_days = 0\n");
    const auto bad = sandbox.run({"plan"});
    CHECK(bad.exit_code == 65);
    CHECK_THAT(bad.err, Contains("progression_days"));
}

TEST_CASE("progression = false in config.toml keeps every routine that says nothing at the low end",
          "[e2e][progression]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/climbing.toml",
                  "[routine]\nname = \"Climbing\"\nprogression = true\nsteps = [{ exercise = \"bridge\" }]\n");
    sandbox.write(".config/stretch/config.toml", "progression = false\nprogression_days = 1\n");
    log_days(sandbox, 3);
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
    CHECK(target_of(sandbox, "bridge")["reps"] == 8);  // the shipped routine says nothing: low end
    const auto climbing = sandbox.run({"plan", "--routine", "climbing", "--format", "json"});
    // Its own word wins: a step up, and no further, as the days logged stayed at 8.
    CHECK(nlohmann::json::parse(climbing.out)["stretches"][0]["target"]["reps"] == 9);

    // Recorded with the routine's version: turning it back on moves today
    // and later, and leaves the days before as they were planned.
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    sandbox.write(".config/stretch/config.toml", "progression_days = 1\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-06T08:00:00";
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(target_of(sandbox, "bridge", "2026-11-05")["reps"] == 8);
    CHECK(target_of(sandbox, "bridge")["reps"] > 8);

    sandbox.write(".config/stretch/config.toml", "progression = \"no\"\n");
    const auto bad = sandbox.run({"plan"});
    CHECK(bad.exit_code == 65);
    CHECK_THAT(bad.err, Contains("progression"));
}

TEST_CASE("a day the back hurt, by a pain score given on its own, takes no target up", "[e2e][progression]") {
    // Three days done at the target with no pain given with the stretches,
    // the third beside `stretch pain 8`: the next day asked for more.
    Sandbox sandbox;
    log_days(sandbox, 2);
    sandbox.env["STRETCH_NOW"] = "2026-11-04T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
    CHECK(target_of(sandbox, "bridge")["reps"] == 8);
    // A fine score that day is a fine day: the step comes.
    const std::string score = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE kind = 'pain'");
    REQUIRE(sandbox.run({"edit", score.substr(0, 8), "--pain", "2"}).exit_code == 0);
    CHECK(target_of(sandbox, "bridge")["reps"] == 9);
}

TEST_CASE("a day another stretch hurt in the stop zone takes no target up either", "[e2e][progression]") {
    // Bridge at 8 on the third day of spine-stretch done at its target: a
    // bad day for the back, which earns spine-stretch no step.
    Sandbox sandbox;
    log_bad_third_day(sandbox);
    CHECK(target_of(sandbox, "spine-stretch")["reps"] == 6);
    // A pain in the take-it-easier zone with bridge is bridge's own business.
    const std::string bridge = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE exercise = 'bridge' "
                                           "AND day = '2026-11-04'");
    REQUIRE(sandbox.run({"edit", bridge.substr(0, 8), "--pain", "4"}).exit_code == 0);
    CHECK(target_of(sandbox, "spine-stretch")["reps"] == 7);
}

TEST_CASE("progress kept by a release whose rule stepped up after such a day is worked out again",
          "[e2e][progression]") {
    Sandbox sandbox;
    log_bad_third_day(sandbox);
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);  // a write keeps progress up to yesterday
    REQUIRE(sandbox.sql("SELECT steps FROM progress WHERE exercise = 'spine-stretch'") == "0\n");
    // What the release before kept for the same days, under its own rule's name:
    // spine-stretch a step up after the day bridge hurt.
    sandbox.sql("UPDATE progress SET rule = '4:' || substr(rule, 3), steps = steps + 1, run = 0");
    CHECK(target_of(sandbox, "spine-stretch")["reps"] == 6);
}

TEST_CASE("the progress kept in the log gives the same targets as walking every day", "[e2e][progression]") {
    Sandbox sandbox;
    log_days(sandbox, 8);
    sandbox.env["STRETCH_NOW"] = "2026-11-10T08:00:00";
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);  // a write keeps progress up to yesterday
    CHECK(sandbox.sql("SELECT count(*) > 0, max(through) FROM progress") == "1|2026-11-09\n");
    const std::string kept = sandbox.run({"plan", "--format", "json"}).out;
    sandbox.sql("DELETE FROM progress");
    CHECK(sandbox.run({"plan", "--format", "json"}).out == kept);
    // Editing a past day changes the target from that day on.
    REQUIRE(target_of(sandbox, "bridge")["reps"] == 10);  // 2-9 November: eight fine days, two steps
    const std::string id = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE day = '2026-11-08' AND "
                                       "exercise = 'bridge'");
    REQUIRE(sandbox.run({"edit", id.substr(0, 8), "--pain", "5"}).exit_code == 0);
    // The edit cleared what was kept from the 8th on, and refilled it.
    CHECK(sandbox.sql("SELECT steps, through FROM progress WHERE exercise = 'bridge'") == "1|2026-11-09\n");
    CHECK(target_of(sandbox, "bridge")["reps"] == 9);  // six fine days (10), the 8th easier (9), one fine day
}

TEST_CASE("weeks of a gentler dose take the full routine's target one step up, not to the top",
          "[e2e][progression]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/easy.toml",
                  "[routine]\nname = \"Easy\"\nsteps = [ { exercise = \"bridge\", reps = 8 } ]\n");
    for (int d = 2; d < 16; ++d) {
        sandbox.env["STRETCH_NOW"] = "2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all", "-r", "easy"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-16T08:00:00";
    // Fourteen days of 8 reps earn one step of lower-back's 8-12, not four:
    // 9 has never been done.
    CHECK(target_of(sandbox, "bridge")["reps"] == 9);
}

TEST_CASE("a hold a physio adds to a stretch starts at its low end, not where past days would take it",
          "[e2e][progression]") {
    Sandbox sandbox;
    log_days(sandbox, 12);  // 2-13 November: pelvic tilts reach 12 reps, the top of 8-12
    sandbox.write(".config/stretch/routines/tilts.toml",
                  "[exercise.pelvic-tilts]\nname = \"Pelvic Tilts\"\nposition = \"on your back, knees bent\"\n"
                  "targets = [\"lower back\"]\nreps = [8, 12]\nhold = [5, 30]\nsteps = [\"Tilt, hold, release.\"]\n"
                  "breathing = \"Breathe evenly.\"\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-14T08:00:00";
    // Those days were not held: they earn no step of the new hold.
    CHECK(target_of(sandbox, "pelvic-tilts") ==
          nlohmann::json({{"reps", 12}, {"hold_seconds", 5}, {"dose", "12 reps (8-12), hold 5 s (5-30)"}}));
    log_days(sandbox, 3, 14);  // held as planned: 5 s
    sandbox.env["STRETCH_NOW"] = "2026-11-17T08:00:00";
    CHECK(target_of(sandbox, "pelvic-tilts")["hold_seconds"] == 10);
}
