// End-to-end: when to see a doctor instead, advice to rest after severe
// pain, and a stretch that hurts stopped. (The gentle routine during a flare:
// gentle_e2e_test.cpp; what resting costs: rest_e2e_test.cpp.)

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::Sandbox;

namespace {
const char* kSign = "numbness or tingling around your genitals or buttocks";
}

TEST_CASE("the warning signs are on the plan and after show", "[e2e][safety]") {
    Sandbox sandbox;
    for (const std::vector<std::string>& args : {std::vector<std::string>{"plan"}, {"show", "bridge"}}) {
        const auto out = sandbox.run(args).out;
        CHECK_THAT(out, Contains("Stop and get emergency help now (call emergency services) if you have:\n"));
        CHECK_THAT(out, Contains("Stop and see a doctor urgently (or call an urgent care line) if you have:\n"));
        CHECK_THAT(out, Contains(kSign));
        CHECK_THAT(out, Contains("chest pain"));
        // Each sign under how soon to act on it, as the NHS sorts them.
        const auto urgently = out.find("see a doctor urgently");
        CHECK(out.find("chest pain") < urgently);
        CHECK(out.find(kSign) < urgently);
        CHECK(out.find("high temperature") > urgently);
        CHECK(out.find("worse at night") > urgently);
    }
}

TEST_CASE("a severe pain score prints the warning signs and advises leaving the routine", "[e2e][safety]") {
    Sandbox sandbox;
    const auto mild = sandbox.run({"pain", "6"});
    CHECK(mild.out == "Pain 6/10 recorded for today.\n");
    const auto severe = sandbox.run({"pain", "8", "--note", "shooting down right leg, numb toes"});
    REQUIRE(severe.exit_code == 0);
    CHECK_THAT(severe.out, Contains("Pain 8/10 recorded for today."));
    CHECK_THAT(severe.out, Contains("Leave the routine for today"));
    CHECK_THAT(severe.out, Contains(kSign));
    CHECK_THAT(severe.out, Contains("pain, numbness, tingling or weakness in both legs"));
    CHECK(sandbox.run({"--quiet", "pain", "9"}).out.empty());
}

TEST_CASE("a score corrected up to a severe one gets the advice the score given outright gets", "[e2e][safety]") {
    // edit said only "pain 3 → 9": no rest, no skip, no warning signs.
    Sandbox sandbox("2026-11-30T08:00:00");
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
    const std::string score = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries");
    const auto severe = sandbox.run({"edit", score.substr(0, 8), "--pain", "9"});
    CHECK(severe.exit_code == 0);
    CHECK_THAT(severe.out, Contains("pain 3 -> 9.\n\nThat is a lot of pain. Leave the routine for today"));
    CHECK_THAT(severe.out, Contains("Run `stretch skip` to set today aside"));
    CHECK_THAT(severe.out, Contains("Stop and get emergency help now"));
    // Moved within the severe range, or down, it is not said again.
    CHECK_THAT(sandbox.run({"edit", score.substr(0, 8), "--pain", "8"}).out, !Contains("emergency"));
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "2", "--quiet"}).exit_code == 0);
    const std::string bridge = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE exercise = 'bridge'");
    const auto stretch = sandbox.run({"edit", bridge.substr(0, 8), "--pain", "8"});
    CHECK_THAT(stretch.out, Contains("so bridge is paused from tomorrow"));
    CHECK_THAT(stretch.out, Contains("Stop and get emergency help now"));
    // A past day's score asks nothing of today.
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    REQUIRE(sandbox.run({"pain", "2", "--date", "2026-12-01"}).exit_code == 0);
    const std::string past = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE day = '2026-12-01'");
    const auto earlier = sandbox.run({"edit", past.substr(0, 8), "--pain", "7"});
    CHECK_THAT(earlier.out, Contains("That was a lot of pain. If it still hurts that much, give today's score"));
    CHECK_THAT(earlier.out, !Contains("stretch skip"));
}

TEST_CASE("advice to rest today says how to rest without losing the streak, and nothing pushes against it",
          "[e2e][safety]") {
    // Resting as advised, without knowing about `skip`, left a missed day and
    // a broken streak, and remind went on asking for the whole routine.
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "--all", "--date", "yesterday"}).exit_code == 0);
    const auto severe = sandbox.run({"pain", "8"});
    CHECK_THAT(severe.out, Contains("Run `stretch skip` to set today aside: a skipped day is not missed and"));
    CHECK(sandbox.run({"remind"}).out ==
          "Pain 8/10 today, so rest: `stretch skip` costs no streak\n");
    // A score for an earlier day is not about resting today, and neither is a score today asks no rest for.
    CHECK(sandbox.run({"pain", "7", "--date", "2026-11-18"}).out.find("stretch skip") == std::string::npos);
    Sandbox earlier("2026-11-20T08:00:00");
    const auto yesterday = earlier.run({"pain", "9", "--date", "yesterday"});
    REQUIRE(yesterday.exit_code == 0);
    // Told to "leave the routine for today", a user who rested lost a day: today goes by today's score.
    CHECK(yesterday.out.find("Leave the routine") == std::string::npos);
    CHECK_THAT(yesterday.out, Contains("That was a lot of pain. If it still hurts that much, give today's score as"));
    CHECK_THAT(yesterday.out, Contains(kSign));
    // log --date, which gives the same advice when several stretches hurt, says the same of an earlier day.
    const auto logged = earlier.run({"log", "bridge", "hip", "--pain", "8", "--date", "yesterday"});
    CHECK_THAT(logged.out, Contains("That was a lot of pain. If it still hurts that much"));
    CHECK(logged.out.find("Leave the routine") == std::string::npos);
    // Nor does it count what was left of that day, which the report judges rested.
    CHECK(logged.out.find("stretches left") == std::string::npos);
    CHECK_THAT(earlier.run({"remind"}).out, Contains("try `stretch plan --routine gentle`"));
    // Severe pain in several stretches at once: the advice to rest is the last word, with no count of what is left.
    const auto several = sandbox.run({"log", "bridge", "hip", "--pain", "8"});
    CHECK_THAT(several.out, Contains("Run `stretch skip` to set today aside"));
    CHECK(several.out.find("stretches left today") == std::string::npos);
    // Resting as advised keeps the streak.
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    CHECK(sandbox.run({"remind"}).out.empty());
    const auto report =
        nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-19", "--format", "json"}).out);
    CHECK(report["consistency"]["current_streak"] == 1);
    CHECK(report["consistency"]["missed_days"] == 0);
    // Once skipped, or once the day is done, skip is not offered: it would change nothing, or be refused.
    CHECK(sandbox.run({"pain", "8"}).out.find("stretch skip") == std::string::npos);
    Sandbox done("2026-11-20T08:00:00");
    REQUIRE(done.run({"log", "--all"}).exit_code == 0);
    CHECK(done.run({"pain", "8"}).out.find("stretch skip") == std::string::npos);
    CHECK(done.run({"log", "bridge", "hip", "--pain", "8"}).out.find("stretch skip") == std::string::npos);

    // One stretch that hurt: the others are not pushed through either.
    Sandbox one("2026-11-20T08:00:00");
    CHECK_THAT(one.run({"log", "bridge", "--pain", "6"}).out,
               Contains("9 of 10 stretches left today (about 14 min). Stop any stretch that hurts.\n"));
    CHECK(one.run({"log", "hip"}).out.find("Stop any stretch that hurts") == std::string::npos);
    // A past day is over: nothing is left to stop.
    const auto past = one.run({"log", "bridge", "--pain", "6", "--date", "2026-11-18"}).out;
    CHECK_THAT(past, Contains("9 of 10 stretches not done on Wednesday 18 November 2026.\n"));
    CHECK(past.find("Stop any stretch") == std::string::npos);
}

TEST_CASE("severe pain today turns every plan of today to rest, whatever the routine, until it is skipped or done",
          "[e2e][safety]") {
    // `stretch pain 8` said to rest, but the plan on the fridge, go and the
    // report still offered a routine, and the gentle routine offered nothing.
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    const char* rest = "You gave a pain of 8/10 today. Rest rather than stretch today; a skipped day is\n"
                       "not missed and costs no streak:\n    stretch skip\n";
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"plan"}, {"plan", "--routine", "gentle"}, {"report"}}) {
        INFO(args.back());
        const auto out = sandbox.run(args).out;
        CHECK_THAT(out, Contains(rest));
        CHECK(out.find("Consider the gentle routine") == std::string::npos);
    }
    CHECK(sandbox.run({"remind", "--routine", "gentle"}).out ==
          "Pain 8/10 today, so rest: `stretch skip` costs no streak\n");
    // status, which only counted what was left, says it too. Nothing more is
    // due on a day to rest, so a script's `status -q || nag` nags no one.
    const auto status = sandbox.run({"status"});
    CHECK(status.exit_code == 0);
    CHECK_THAT(status.out, StartsWith("Nothing more is due today: rest. 10 stretches are not done."));
    CHECK_THAT(status.out, Contains("\nNot done: spine-stretch, "));
    CHECK_THAT(status.out, Contains(rest));  // word for word as the plan says it
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    const auto status_json = nlohmann::json::parse(sandbox.run({"status", "--format", "json"}).out);
    CHECK(status_json["rest_suggested"]["command"] == "stretch skip");
    CHECK(status_json["complete"] == true);
    CHECK(status_json["remaining"] == 10);
    CHECK(status_json["gentle_suggested"]["routine"] == "gentle");
    CHECK_THAT(sandbox.run({"plan", "--format", "markdown"}).out,
               Contains("costs no streak: `stretch skip`"));
    CHECK_THAT(sandbox.run({"plan", "--format", "html"}).out, Contains("<code>stretch skip</code>"));

    // A week sheet stays up all week: it suggests the gentle routine, as rest today is stale by tomorrow.
    const auto week_sheet = sandbox.run({"plan", "--week"}).out;
    // It stays up all week, too, so it names the day of the pain rather than "today".
    CHECK_THAT(week_sheet, Contains("You gave a pain of 8/10 on Friday 20 November 2026. When it has eased, the\n"
                                    "gentle routine is a softer way back:\n    stretch plan --week --routine gentle"));
    CHECK(week_sheet.find("stretch skip") == std::string::npos);

    // Scripts see both: rest today, and the gentle routine for when it has eased.
    const auto plan = nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out);
    CHECK(plan["rest_suggested"] ==
          nlohmann::json{{"pain", 8}, {"reason", "You gave a pain of 8/10 today."}, {"command", "stretch skip"}});
    CHECK(plan["gentle_suggested"]["routine"] == "gentle");
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--routine", "gentle", "--format", "json"}).out)
              ["gentle_suggested"].is_null());
    const auto week = nlohmann::json::parse(sandbox.run({"plan", "--week", "--format", "json"}).out);
    CHECK(week["rest_suggested"]["pain"] == 8);
    CHECK(week["gentle_suggested"]["routine"] == "gentle");
    CHECK(week["days"][0]["rest_suggested"]["pain"] == 8);
    CHECK(week["days"][1]["rest_suggested"].is_null());
    CHECK(week["days"][1]["gentle_suggested"]["routine"] == "gentle");
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out);
    CHECK(report["rest_suggested"]["pain"] == 8);
    // Today itself is a day to rest, as status says: the report and the
    // week's grid show it rested, not pending with boxes to tick.
    CHECK(report["days"][4]["date"] == "2026-11-20");
    CHECK(report["days"][4]["status"] == "rested");
    CHECK_THAT(week_sheet, Contains("\n1. Spine Stretch                 r    [ ]"));

    // Tomorrow is not asked to rest: the gentle routine is suggested there.
    const auto tomorrow = sandbox.run({"plan", "tomorrow"}).out;
    CHECK_THAT(tomorrow, Contains("You gave a pain of 8/10 on Friday 20 November 2026. When it has eased"));
    CHECK(tomorrow.find("stretch skip") == std::string::npos);
    CHECK(sandbox.run({"plan", "tomorrow", "--routine", "gentle"}).out.find("8/10") == std::string::npos);
    // A past day's plan carries neither.
    CHECK(sandbox.run({"plan", "2026-11-19"}).out.find("8/10") == std::string::npos);
    // A week that began before today rests today only.
    const auto week_before = nlohmann::json::parse(sandbox.run({"plan", "2026-11-18", "--week", "--format", "json"}).out);
    CHECK(week_before["days"][0]["gentle_suggested"].is_null());
    CHECK(week_before["days"][2]["rest_suggested"]["pain"] == 8);
    CHECK(week_before["days"][3]["rest_suggested"].is_null());
    CHECK(week_before["days"][3]["gentle_suggested"]["routine"] == "gentle");

    // Once today is set aside, nothing asks for it again; the gentle routine asks nothing at all.
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    const auto skipped = sandbox.run({"plan"}).out;
    CHECK(skipped.find("stretch skip") == std::string::npos);
    CHECK_THAT(skipped, Contains("When it has eased, the gentle routine is a softer\nway back"));
    // The skip stands as rest: the stretches below are not offered "if you feel like them".
    CHECK_THAT(skipped, Contains("no streak is lost.\n`stretch unskip 2026-11-20` undoes the skip."));
    CHECK(skipped.find("feel like them") == std::string::npos);
    // Nor listed to tick: the day is for rest, in every format that prints.
    CHECK(skipped.find("[ ]") == std::string::npos);
    CHECK(skipped.find("Pain before") == std::string::npos);
    CHECK_THAT(skipped, Contains("emergency"));
    const auto markdown = sandbox.run({"plan", "--format", "markdown"}).out;
    CHECK(markdown.find("## 1.") == std::string::npos);
    CHECK_THAT(markdown, Contains("This day is skipped"));
    const auto html = sandbox.run({"plan", "--format", "html"}).out;
    CHECK(html.find("class=\"stretches\"") == std::string::npos);
    CHECK_THAT(html, Contains("This day is skipped"));
    // A skip without a severe pain still offers them.
    Sandbox rested("2026-11-20T08:00:00");
    REQUIRE(rested.run({"skip"}).exit_code == 0);
    CHECK_THAT(rested.run({"plan"}).out, Contains("[ ] 1. Spine Stretch"));
    CHECK_THAT(rested.run({"plan", "--format", "html"}).out, Contains("class=\"stretches\""));
    CHECK(sandbox.run({"plan", "--routine", "gentle"}).out.find("8/10") == std::string::npos);
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out)["rest_suggested"].is_null());
    CHECK(nlohmann::json::parse(sandbox.run({"status", "--format", "json"}).out)["rest_suggested"].is_null());
    CHECK_THAT(sandbox.run({"status"}).out,
               Contains("When it has eased, the gentle routine is a softer\nway back:\n    stretch plan --routine gentle\n"));

    // A day already done is not asked to rest either.
    Sandbox done("2026-11-20T08:00:00");
    REQUIRE(done.run({"log", "--all"}).exit_code == 0);
    REQUIRE(done.run({"pain", "9"}).exit_code == 0);
    CHECK(done.run({"plan"}).out.find("stretch skip") == std::string::npos);
    CHECK(done.run({"report"}).out.find("stretch skip") == std::string::npos);
    // Nor one kept by the gentle routine: skip would change nothing.
    Sandbox gentle("2026-11-20T08:00:00");
    REQUIRE(gentle.run({"log", "--all", "--routine", "gentle"}).exit_code == 0);
    CHECK(gentle.run({"pain", "9"}).out.find("stretch skip") == std::string::npos);
    CHECK(gentle.run({"plan"}).out.find("stretch skip") == std::string::npos);
    CHECK(gentle.run({"log", "bridge", "hip", "--pain", "8"}).out.find("stretch skip") == std::string::npos);
}

TEST_CASE("severe pain on a day the routine has nothing due says the gentle routine waits until it eases",
          "[e2e][safety]") {
    // "Consider the gentle routine until it settles", read on the day of an
    // 8/10, sounded like "do it now"; `stretch pain 8` had said to rest.
    Sandbox sandbox("2026-11-20T08:00:00");  // a Friday
    sandbox.write(".config/stretch/routines/mondays.toml", R"(
[routine]
name = "Mondays"
days = ["mon"]
steps = [{ exercise = "bridge" }]
)");
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"plan", "--routine", "mondays"}, {"report", "--routine", "mondays"}}) {
        INFO(args.front());
        const auto out = sandbox.run(args).out;
        CHECK_THAT(out, Contains("You gave a pain of 8/10 today. When it has eased, the gentle routine is a softer\n"
                                 "way back:\n    stretch plan --routine gentle\n"));
        CHECK(out.find("until it settles") == std::string::npos);
        CHECK(out.find("stretch skip") == std::string::npos);  // nothing is due, so nothing to set aside
    }
    // The gentle routine, which is due every day, asks for rest today.
    CHECK_THAT(sandbox.run({"plan", "--routine", "gentle"}).out, Contains("Rest rather than stretch today"));
}

TEST_CASE("one pain that stops several stretches is said once, with the warning signs when severe",
          "[e2e][safety]") {
    Sandbox sandbox;
    const auto severe = sandbox.run({"log", "--all", "--pain", "7"});
    REQUIRE(severe.exit_code == 0);
    const auto occurrences = [](const std::string& text, const std::string& part) {
        size_t n = 0;
        for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
        return n;
    };
    CHECK(occurrences(severe.out, "That hurt too much") == 1);
    CHECK_THAT(severe.out, Contains("so these 10 stretches are paused from tomorrow:"));
    CHECK(occurrences(severe.out, "Stop and get emergency help now") == 1);
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "10\n");
    for (const auto& line : {std::string("bridge: 8 reps, pain 7/10 logged."),
                             std::string("lower-stomach-stretch: 6 reps, both sides, pain 7/10 logged.")})
        CHECK_THAT(severe.out, Contains(line));

    // In the stop zone but below severe: the one paragraph, no warning signs.
    Sandbox milder;
    const auto stopped = milder.run({"log", "bridge", "bird-dog", "--pain", "6"});
    CHECK(occurrences(stopped.out, "That hurt too much (6/10), so these 2 stretches") == 1);
    CHECK(stopped.out.find("emergency help") == std::string::npos);
    // One of them already paused: it keeps its own warning, the others share theirs.
    const auto mixed = milder.run({"log", "bridge", "hip", "leg", "--pain", "8"});
    CHECK(mixed.exit_code == 0);
    CHECK_THAT(mixed.out, Contains("bridge is already paused: please do not do it again"));
    CHECK_THAT(mixed.out, Contains("so these 2 stretches are paused from tomorrow:\nhip-stretch, leg-stretch. "));
    // One stretch keeps its own sentence.
    CHECK_THAT(milder.run({"log", "spine", "--pain", "6"}).out,
               Contains("so spine-stretch is paused from tomorrow"));
}

TEST_CASE("quiet keeps confirmations back, but never a pause that pain made or advice to rest", "[e2e][safety]") {
    Sandbox sandbox;
    const auto fine = sandbox.run({"-q", "log", "bird-dog", "--pain", "2"});
    CHECK(fine.exit_code == 0);
    CHECK(fine.out.empty());
    CHECK(fine.err.empty());

    // Said on stderr, so that a script's output stays what it asked for.
    const auto hurt = sandbox.run({"-q", "log", "bridge", "--pain", "6"});
    CHECK(hurt.exit_code == 0);
    CHECK(hurt.out.empty());
    CHECK_THAT(hurt.err, Contains("That hurt too much (6/10), so bridge is paused from tomorrow."));
    CHECK_THAT(hurt.err, Contains("`stretch resume bridge`"));

    const auto severe = sandbox.run({"--quiet", "pain", "8"});
    CHECK(severe.exit_code == 0);
    CHECK(severe.out.empty());
    CHECK_THAT(severe.err, Contains("Leave the routine for today"));
    CHECK_THAT(severe.err, Contains(kSign));

    // A correction into the stop zone pauses as a log would, and says so.
    const std::string id = sandbox.sql("SELECT uuid FROM entries WHERE exercise = 'bird-dog'").substr(0, 8);
    const auto edited = sandbox.run({"-q", "edit", id, "--pain", "6"});
    CHECK(edited.exit_code == 0);
    CHECK(edited.out.empty());
    CHECK_THAT(edited.err, Contains("so bird-dog is paused from tomorrow"));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "2\n");

    // One pain that pauses the whole routine is said once, as without --quiet.
    Sandbox all;
    const auto everything = all.run({"-q", "log", "--all", "--pain", "6"});
    CHECK(everything.out.empty());
    CHECK_THAT(everything.err, Contains("so these 10 stretches are paused from tomorrow"));
    CHECK(everything.err.find("That hurt") == everything.err.rfind("That hurt"));
}
