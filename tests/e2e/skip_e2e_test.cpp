// End-to-end: skipping days for rest, illness or travel. A skipped day is
// not missed, keeps the streak, silences remind, and never reaches the past.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

namespace {
void log_all_on(Sandbox& sandbox, const std::string& day) {
    sandbox.env["STRETCH_NOW"] = day + "T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
}
}  // namespace

TEST_CASE("a skipped week keeps the streak and is shown apart from missed days", "[e2e][skip]") {
    Sandbox sandbox;
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"}) log_all_on(sandbox, day);
    // On Saturday the 7th, a week away is planned ahead.
    sandbox.env["STRETCH_NOW"] = "2026-11-07T08:00:00";
    const auto skipped = sandbox.run({"skip", "--until", "2026-11-13", "--reason", "holiday"});
    REQUIRE(skipped.exit_code == 0);
    CHECK_THAT(skipped.out, Contains("Skipped 7 days, 2026-11-07 to 2026-11-13."));
    CHECK(sandbox.run({"status"}).exit_code == 0);
    CHECK(sandbox.run({"remind"}).out.empty());
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("This day is skipped (holiday): nothing is due"));
    CHECK(nlohmann::json::parse(sandbox.run({"status", "--json"}).out)["skipped"] == true);
    for (const char* day : {"2026-11-14", "2026-11-15"}) log_all_on(sandbox, day);

    const auto r = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-02", "--format", "json"}).out);
    CHECK(r["consistency"]["current_streak"] == 7);
    CHECK(r["consistency"]["longest_streak"] == 7);
    CHECK(r["consistency"]["missed_days"] == 0);
    CHECK(r["consistency"]["skipped_days"] == 7);
    CHECK(r["consistency"]["scheduled_days"] == 7);
    CHECK(r["days"][5]["status"] == "skipped");

    const auto csv = sandbox.run({"report", "--since", "2026-11-02", "--format", "csv"}).out;
    CHECK_THAT(csv, Contains("2026-11-07,sat,skipped,10,0,,,\r\n"));
    const auto text = sandbox.run({"report", "--since", "2026-11-02"}).out;
    CHECK_THAT(text, Contains("Not missed and not counted: 7 skipped (7 days)"));
    CHECK_THAT(text, Contains("Streak: current 7 days, longest 7 days"));

    // Once past, a skipped day's plan tells what it was, and offers no unskip,
    // which would be refused.
    const auto past = sandbox.run({"plan", "2026-11-08"}).out;
    CHECK_THAT(past, Contains("This day was skipped (holiday): nothing was due and no streak was lost."));
    CHECK(past.find("unskip") == std::string::npos);
    CHECK_THAT(sandbox.run({"plan", "2026-11-08", "--format", "markdown"}).out, Contains("This day was skipped"));
    CHECK_THAT(text, Contains("s skipped"));
    CHECK_THAT(text, Contains("   9 Nov   s  s  s  s  s  #  #\n"));
}

TEST_CASE("skip refuses a past day and a complete today, and changes nothing", "[e2e][skip]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    const auto past = sandbox.run({"skip", "yesterday"});
    CHECK(past.exit_code == 64);
    CHECK_THAT(past.err, Contains("2026-11-22 is in the past, and a past day keeps the plan it had"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
    const auto backwards = sandbox.run({"skip", "friday", "--until", "2026-11-25"});
    CHECK(backwards.exit_code == 64);
    CHECK_THAT(backwards.err, Contains("--until 2026-11-25 is before 2026-11-27"));
    CHECK(sandbox.run({"skip", "--until", "2027-12-01"}).exit_code == 64);

    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto complete = sandbox.run({"skip", "--until", "tomorrow"});
    CHECK(complete.exit_code == 64);
    CHECK_THAT(complete.err, Contains("today is already complete (all 10 stretches done), so there is nothing to skip"));
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");
    const auto tomorrow = sandbox.run({"skip", "tomorrow"});
    CHECK(tomorrow.exit_code == 0);
    CHECK_THAT(tomorrow.out, Contains("To take it back: stretch unskip 2026-11-24\n"));
    CHECK_THAT(sandbox.run({"skip", "tomorrow"}).out, Contains("Already skipped"));
    // A weekday in --until counts from the first day: Saturday to the Friday after.
    const auto week = sandbox.run({"skip", "sat", "--until", "fri", "--reason", "away"});
    CHECK_THAT(week.out, Contains("Skipped 7 days, 2026-11-28 to 2026-12-04."));
    CHECK_THAT(week.out, Contains("To take it back: stretch unskip 2026-11-28 --until 2026-12-04"));
    const auto plan = nlohmann::json::parse(sandbox.run({"plan", "2026-11-28", "--format", "json"}).out);
    CHECK(plan["skipped"] == true);
    CHECK(plan["skip_reason"] == "away");
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "tomorrow", "--format", "json"}).out)["skip_reason"].is_null());
    // Skips ahead show in the report's calendar, apart from the future.
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--week", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "skipped");
    CHECK(report["days"][2]["status"] == "future");
}

TEST_CASE("unskip takes back today or later, never the past", "[e2e][skip]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    REQUIRE(sandbox.run({"skip", "--until", "2026-11-26"}).exit_code == 0);
    const auto back = sandbox.run({"unskip", "wednesday", "--until", "thursday"});
    REQUIRE(back.exit_code == 0);
    CHECK_THAT(back.out, Contains("Unskipped 2 days, 2026-11-25 to 2026-11-26"));
    CHECK(sandbox.sql("SELECT group_concat(day) FROM skips") == "2026-11-23,2026-11-24\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-24T08:00:00";
    CHECK(sandbox.run({"unskip", "2026-11-23"}).exit_code == 64);
    REQUIRE(sandbox.run({"unskip"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT group_concat(day) FROM skips") == "2026-11-23\n");
    CHECK_THAT(sandbox.run({"unskip"}).out, Contains("Nothing was skipped there"));
}

TEST_CASE("a skip over days skipped before offers a way back that takes back only its own days", "[e2e][skip]") {
    Sandbox sandbox("2026-03-25T08:00:00");
    REQUIRE(sandbox.run({"skip", "2026-03-28", "--until", "2026-03-29", "--reason", "travel"}).exit_code == 0);
    const auto wider = sandbox.run({"skip", "2026-03-28", "--until", "2026-04-03"});
    REQUIRE(wider.exit_code == 0);
    CHECK_THAT(wider.out, Contains("Skipped 5 days, 2026-03-30 to 2026-04-03."));
    // An unskip of the whole span would take back the travel days too.
    CHECK_THAT(wider.out, Contains("To take it back: stretch undo\n"));
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT group_concat(day || ':' || reason) FROM skips") ==
          "2026-03-28:travel,2026-03-29:travel\n");
    // A span all its own is taken back by unskip, as before.
    CHECK_THAT(sandbox.run({"skip", "2026-04-01"}).out, Contains("To take it back: stretch unskip 2026-04-01\n"));
}

TEST_CASE("a skipped day done all the same is complete in status, plan and report alike", "[e2e][skip]") {
    Sandbox sandbox("2026-05-04T08:00:00");
    REQUIRE(sandbox.run({"skip", "tomorrow", "--reason", "travel"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-05-05T08:00:00";
    CHECK_THAT(sandbox.run({"log", "bridge"}).out, Contains("Nothing is due today: it is skipped (travel)."));
    const auto done = sandbox.run({"log", "--all"});
    CHECK_THAT(done.out, Contains("It is skipped (travel) today, and done all the same: it counts as complete."));
    CHECK_THAT(sandbox.run({"status"}).out, Contains("and done all the same: it counts as complete"));
    const auto today = sandbox.run({"plan"}).out;
    CHECK_THAT(today, Contains("This day is skipped (travel), and done all the same: it counts as complete."));
    CHECK(today.find("unskip") == std::string::npos);
    sandbox.env["STRETCH_NOW"] = "2026-05-06T08:00:00";
    CHECK_THAT(sandbox.run({"plan", "yesterday"}).out,
               Contains("This day was skipped (travel), and done all the same: it counts as complete."));
    CHECK_THAT(sandbox.run({"report", "--since", "2026-05-05", "--until", "2026-05-05", "--format", "csv"}).out,
               Contains("2026-05-05,tue,complete,10,10"));
}

TEST_CASE("skipping today again after doing it anyway says it is already skipped", "[e2e][skip]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto again = sandbox.run({"skip"});
    CHECK(again.exit_code == 0);
    CHECK(again.out == "Already skipped; nothing changed.\n");
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "1\n");
}

TEST_CASE("a skip on a day the routine does not run says so and leaves the day unscheduled", "[e2e][skip]") {
    Sandbox sandbox("2026-11-17T08:00:00");  // a Tuesday
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                  "steps = [{ exercise = \"bridge\" }]\n");
    sandbox.write(".config/stretch/config.toml", "routine = \"short\"\n");
    log_all_on(sandbox, "2026-11-16");
    sandbox.env["STRETCH_NOW"] = "2026-11-17T08:00:00";
    const auto skipped = sandbox.run({"skip"});
    REQUIRE(skipped.exit_code == 0);
    CHECK_THAT(skipped.out, Contains("Skipped today, Tuesday 17 November 2026. Short (short) does not run today\n"
                                     "anyway;"));
    CHECK(skipped.out.find("no streak is lost") == std::string::npos);
    // The skip is the day's, so a routine that runs on Tuesdays has it.
    CHECK_THAT(sandbox.run({"plan", "--routine", "lower-back"}).out, Contains("This day is skipped"));
    // Taken back, nothing of short's is due again; skipped once more, it is there for the rest below.
    const auto unskipped = sandbox.run({"unskip"});
    CHECK(unskipped.out == "Unskipped today, Tuesday 17 November 2026. Short (short) does not run today\nanyway.\n");
    // Another day is named by its date alone.
    CHECK_THAT(sandbox.run({"skip", "2026-11-19", "-r", "lower-back"}).out,
               Contains("Skipped Thursday 19 November 2026. Nothing is due then, and no streak is lost.\n"));
    CHECK(sandbox.run({"unskip", "2026-11-19"}).out ==
          "Unskipped Thursday 19 November 2026. Short (short) does not run then anyway.\n");
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    log_all_on(sandbox, "2026-11-18");

    sandbox.env["STRETCH_NOW"] = "2026-11-22T20:00:00";
    const auto past = sandbox.run({"plan", "2026-11-17"}).out;
    CHECK_THAT(past, Contains("Nothing is scheduled: this routine runs on mon, wed, fri"));
    CHECK(past.find("skipped") == std::string::npos);
    const auto r = nlohmann::json::parse(sandbox.run({"report", "--week", "--format", "json"}).out);
    CHECK(r["consistency"]["skipped_days"] == 0);
    CHECK(r["days"][1]["status"] == "not-scheduled");
    CHECK(sandbox.run({"report", "--week"}).out.find("skipped") == std::string::npos);
}

TEST_CASE("skip and unskip of today say today", "[e2e][skip]") {
    Sandbox sandbox("2026-11-18T08:00:00");
    CHECK(sandbox.run({"skip"}).out ==
          "Skipped today, Wednesday 18 November 2026. Nothing is due today, and no streak\n"
          "is lost.\nTo take it back: stretch unskip\n");
    CHECK(sandbox.run({"unskip"}).out == "Unskipped today, Wednesday 18 November 2026: the plan is due again.\n");
}
