// End-to-end: pain acts. A stretch that hurt in the stop zone is paused from
// the next day, and plan, status, remind and list treat it as paused until
// `resume`; the middle zone puts a caution on the next plan.

#include <cctype>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("stop-zone pain pauses the stretch from the next day, calmly", "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    const auto logged = sandbox.run({"log", "leg", "--pain", "7", "--side", "left", "--reps", "1", "--note", "sharp pull, stopped"});
    REQUIRE(logged.exit_code == 0);
    CHECK_THAT(logged.out, Contains("leg-stretch: 1 rep, hold 20 s, left side, pain 7/10 logged."));
    CHECK_THAT(logged.out, Contains("That hurt too much (7/10), so leg-stretch is paused from tomorrow."));
    CHECK_THAT(logged.out, Contains("physical therapist"));
    CHECK_THAT(logged.out, Contains("stretch resume leg-stretch"));
    CHECK(sandbox.sql("SELECT exercise, first_day, resumed_on IS NULL, reason FROM pauses") ==
          "leg-stretch|2026-11-24|1|pain 7/10 on 2026-11-23: sharp pull, stopped\n");
    // Today still counts the stretch as done: the pause starts tomorrow.
    CHECK(sandbox.run({"status", "--json"}).out.find("\"leg-stretch\"") != std::string::npos);

    sandbox.env["STRETCH_NOW"] = "2026-11-24T08:00:00";
    const auto plan = sandbox.run({"plan"}).out;
    CHECK_THAT(plan, Contains("9 stretches"));
    CHECK(plan.find("] 4. Leg Stretch") == std::string::npos);
    CHECK_THAT(plan, Contains("Leg Stretch: paused since Tuesday 24 November 2026 (pain 7/10 on 2026-11-23:"));
    const auto json = nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out);
    CHECK(json["stretches"].size() == 9);
    REQUIRE(json["paused"].size() == 1);
    CHECK(json["paused"][0]["id"] == "leg-stretch");
    CHECK(json["paused"][0]["since"] == "2026-11-24");

    const auto status = nlohmann::json::parse(sandbox.run({"status", "--json"}).out);
    CHECK(status["planned"] == 9);
    CHECK(status["paused_ids"] == nlohmann::json({"leg-stretch"}));
    // A pain of 7 yesterday, with a stretch or on its own, is a flare-up's.
    CHECK(sandbox.run({"remind"}).out == "Pain is up, 9 stretches left: try `stretch plan --routine gentle` instead\n");
    CHECK_THAT(sandbox.run({"list"}).out, Contains("Paused:\n  leg-stretch             from 2026-11-24: pain 7/10"));

    const auto paused_log = sandbox.run({"log", "leg"});
    CHECK_THAT(paused_log.out, Contains("leg-stretch is paused, so it is not asked for"));
    CHECK_THAT(paused_log.out, Contains("9 of 9 stretches left today"));
    // Doing the other nine completes the day.
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    CHECK(sandbox.run({"status"}).exit_code == 0);
    CHECK(sandbox.run({"remind"}).out.empty());

    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    const auto resumed = sandbox.run({"resume", "leg"});
    REQUIRE(resumed.exit_code == 0);
    CHECK_THAT(resumed.out, Contains("leg-stretch is back on the plan from today"));
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("] 4. Leg Stretch"));
    CHECK(sandbox.run({"status", "--json"}).out.find("\"remaining\": 10") != std::string::npos);
    CHECK(sandbox.sql("SELECT resumed_on FROM pauses") == "2026-11-25\n");
    // Tuesday stays judged by the plan it had: complete with nine stretches.
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "complete");
    CHECK(report["days"][1]["planned"] == 9);
    CHECK(report["days"][1]["paused"] == nlohmann::json({"leg-stretch"}));
    CHECK(report["stretches"][3]["days_paused"] == 1);
    // The text names it as its table does.
    CHECK_THAT(sandbox.run({"report"}).out, Contains("Paused, so not planned: Leg Stretch (1 day)"));
}

TEST_CASE("middle-zone pain asks for gentler next time, and the next plan carries a caution", "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    const auto logged = sandbox.run({"log", "bridge", "--pain", "4"});
    CHECK_THAT(logged.out, Contains("That was uncomfortable (4/10): go gentler with bridge next time."));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-24T08:00:00";
    CHECK_THAT(sandbox.run({"plan"}).out,
               Contains("    Caution:   It hurt 4/10 on Monday 23 November 2026: go gentler this time"));
    const auto json = nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out);
    CHECK_THAT(json["stretches"][6]["caution"].get<std::string>(), Contains("It hurt 4/10"));
    CHECK(json["stretches"][0]["caution"].is_null());
    // Done again without pain: the caution goes.
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "1"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    CHECK(sandbox.run({"plan"}).out.find("It hurt") == std::string::npos);
}

TEST_CASE("pain zones follow config.toml", "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nfine_up_to = 1\nstop_from = 4\n");
    CHECK_THAT(sandbox.run({"log", "bridge", "--pain", "2"}).out, Contains("go gentler with bridge"));
    CHECK_THAT(sandbox.run({"log", "spine", "--pain", "4"}).out, Contains("spine-stretch is paused from tomorrow"));
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nfine_up_to = 5\nstop_from = 5\n");
    const auto bad = sandbox.run({"log", "bridge"});
    CHECK(bad.exit_code == 65);
    CHECK_THAT(bad.err, Contains("config.toml:3:13: pain_zones.stop_from: expected a score above fine_up_to (5)"));
    // One key alone is named, and measured against the other's default.
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nfine_up_to = 6\n");
    CHECK_THAT(sandbox.run({"plan"}).err,
               Contains("config.toml:2:14: pain_zones.fine_up_to: expected a score below stop_from (6, the default), got 6"));
    // 7, where stretch asks to leave the routine for the day, is always in
    // the stop zone: zones that say otherwise are read so, with a warning,
    // and a config.toml written before still works.
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nfine_up_to = 8\nstop_from = 10\n");
    const auto lax = sandbox.run({"log", "bird-dog", "--pain", "7"});
    CHECK(lax.exit_code == 0);
    CHECK_THAT(lax.out, Contains("bird-dog is paused from tomorrow"));
    CHECK_THAT(lax.err, Contains("config.toml:3:13: pain_zones.stop_from: 10 is read as 7: a pain of 7 or more always "
                                 "pauses a stretch; set it to 7 or lower\n"));
    CHECK_THAT(lax.err, Contains("config.toml:2:14: pain_zones.fine_up_to: 8 is read as 6, below the stop zone; set it "
                                 "to 6 or lower\n"));
    CHECK(sandbox.run({"export"}).exit_code == 0);
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nstop_from = 3\n");
    CHECK_THAT(sandbox.run({"plan"}).err, Contains("expected a score above fine_up_to (3, the default), got 3"));
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nstop_form = 5\n");
    CHECK_THAT(sandbox.run({"plan"}).err, Contains("did you mean 'stop_from'"));
}

TEST_CASE("pause and resume by hand, from today, and saying when nothing changes", "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    const auto paused = sandbox.run({"pause", "bird", "--reason", "therapist said so"});
    REQUIRE(paused.exit_code == 0);
    CHECK_THAT(paused.out, Contains("bird-dog is paused from today. It stays on the plan, marked paused"));
    CHECK_THAT(sandbox.run({"pause", "bird-dog"}).out, Contains("already paused"));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "1\n");
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("Bird Dog: paused since Monday 23 November 2026 (therapist said so)"));
    // Resumed the same day, the pause never took effect: it is gone.
    CHECK_THAT(sandbox.run({"resume", "bird-dog"}).out, Contains("back on the plan"));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");
    CHECK_THAT(sandbox.run({"resume", "bird-dog"}).out, Contains("bird-dog is not paused; nothing changed."));
    CHECK(sandbox.run({"pause", "brdge"}).exit_code == 64);
    // A stretch no routine has is paused all the same, without the promise of a plan that shows it.
    sandbox.write(".config/stretch/routines/lower-back.toml",
                  "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n");
    const auto unplanned = sandbox.run({"pause", "bird-dog"});
    CHECK_THAT(unplanned.out, Contains("bird-dog is paused from today. No routine has it now;"));
    CHECK(unplanned.out.find("stays on the plan") == std::string::npos);
}

TEST_CASE("a day finished before its stretches were paused stays complete", "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    sandbox.write(".config/stretch/routines/two.toml",
                  "[routine]\nname = \"Two\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    REQUIRE(sandbox.run({"log", "--all", "-r", "two"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bird-dog"}).exit_code == 0);
    const auto r = nlohmann::json::parse(sandbox.run({"report", "-r", "two", "--format", "json"}).out);
    CHECK(r["days"][0]["status"] == "complete");
    CHECK(r["consistency"]["current_streak"] == 1);
    CHECK(sandbox.run({"status", "-r", "two"}).exit_code == 0);
}

TEST_CASE("pausing every stretch of a routine means nothing is due", "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    sandbox.write(".config/stretch/routines/two.toml",
                  "[routine]\nname = \"Two\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bird-dog"}).exit_code == 0);
    const auto status = sandbox.run({"status", "-r", "two"});
    CHECK(status.exit_code == 0);
    CHECK_THAT(status.out, Contains("Nothing is due today: every stretch of the routine is paused."));
    CHECK(sandbox.run({"remind", "-r", "two"}).out.empty());
    CHECK(nlohmann::json::parse(sandbox.run({"report", "-r", "two", "--format", "json"}).out)["days"][0]["status"] ==
          "paused");
}

TEST_CASE("a paused stretch logged on a day the routine does not run is still reminded it is paused",
          "[e2e][pause]") {
    Sandbox sandbox("2026-11-23T08:00:00");  // a Monday
    sandbox.write(".config/stretch/routines/lower-back.toml",
                  "[routine]\nname = \"Three days\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                  "steps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "7"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-24T08:00:00";  // Tuesday: nothing scheduled
    const auto rest_day = sandbox.run({"log", "bridge"});
    REQUIRE(rest_day.exit_code == 0);
    CHECK_THAT(rest_day.out, Contains("bridge is paused, so it is not asked for"));
    // Done anyway, the pain that paused it is recalled, with what to do.
    CHECK_THAT(rest_day.out, Contains("It hurt 7/10 on Monday 23 November\n  2026, in the stop zone: check with a"));
    CHECK_THAT(rest_day.out, Contains("keep the movement very small and stop at the first pain."));
    CHECK_THAT(rest_day.out, Contains("Nothing is scheduled today."));
    // A pause of one's own says its reason instead.
    REQUIRE(sandbox.run({"pause", "bird-dog", "--reason", "physio says wait"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"log", "bird-dog"}).out,
               Contains("bird-dog is paused, so it is not asked for. It was paused for this reason:\n"
                        "  physio says wait."));
    // A stretch that is not paused gets no such note on a rest day.
    CHECK_THAT(sandbox.run({"log", "pelvic-tilts"}).out, !Contains("paused"));
    // Resumed, then paused again for another reason: that reason, not the old pain.
    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    REQUIRE(sandbox.run({"resume", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bridge", "--reason", "wait for the scan"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-26T08:00:00";
    const auto again = sandbox.run({"log", "bridge"}).out;
    CHECK_THAT(again, Contains("It was paused for this reason: wait\n  for the scan."));
    CHECK(again.find("It hurt 7/10") == std::string::npos);
}

TEST_CASE("a paused stretch already resumed says when it is due again, not how to resume it", "[e2e][pause]") {
    // A past day's plan said "Resume with `stretch resume bottom-stretch`" of
    // a stretch back on the plan since.
    Sandbox sandbox("2026-12-16T08:00:00");
    REQUIRE(sandbox.run({"pause", "bottom"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    REQUIRE(sandbox.run({"resume", "bottom"}).exit_code == 0);  // today is settled: due from tomorrow
    const char* due = "Bottom Stretch: paused since Wednesday 16 December 2026; due again from\n"
                      "    Thursday 17 December 2026.\n";
    CHECK_THAT(sandbox.run({"plan"}).out, Contains(due));
    sandbox.env["STRETCH_NOW"] = "2026-12-17T08:00:00";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"plan", "2026-12-16"}, {"plan", "2026-12-16", "-f", "markdown"},
          {"plan", "2026-12-16", "-f", "html"}}) {
        INFO(args.back());
        // The text plan wraps at 80 columns: its words, one space apart.
        std::string out;
        for (const char c : sandbox.run(args).out)
            if (!std::isspace(static_cast<unsigned char>(c)) || (!out.empty() && out.back() != ' '))
                out += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
        CHECK_THAT(out, Contains("due again from Thursday 17 December 2026"));
        CHECK(out.find("stretch resume") == std::string::npos);
    }
    // One still paused keeps saying how to resume it.
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("Resume with\n    `stretch resume bridge`."));
}
