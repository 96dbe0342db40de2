// End-to-end: a day that already asks nothing more (every stretch done, or
// none scheduled) stays so. A routine file edited that evening, or a stretch
// resumed, counts from the next day whichever command first notices it (the
// 19:00 reminder of a cron job, say), so no streak is lost to it; a change
// made while the day still asks for something counts from that day.

#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

namespace {

const char* kTwoSteps =
    "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, { exercise = \"bridge\" }]\n";
const char* kThreeSteps =
    "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, { exercise = \"bridge\" }, "
    "{ exercise = \"spine-stretch\" }]\n";

/// The routine file "mine", made the routine in use.
void use_mine(Sandbox& sandbox, const std::string& routine = kTwoSteps) {
    sandbox.write(".config/stretch/routines/mine.toml", routine);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
}

/// Three days of "mine" done, 2 to 4 March 2026, the clock at 19:00 on the 4th.
void three_days_done(Sandbox& sandbox, const char* routine = kTwoSteps) {
    use_mine(sandbox, routine);
    for (const char* day : {"2026-03-02", "2026-03-03", "2026-03-04"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-03-04T19:00:00";
}

nlohmann::json report_json(Sandbox& sandbox) {
    return nlohmann::json::parse(sandbox.run({"report", "--since", "2026-03-02", "--format", "json"}).out);
}

}  // namespace

TEST_CASE("a stretch added to the routine the evening a day was done counts from the next day", "[e2e][record]") {
    Sandbox sandbox;
    three_days_done(sandbox);
    sandbox.write(".config/stretch/routines/mine.toml", kThreeSteps);
    // The reminder that evening notices the change, and finds nothing left.
    const auto reminder = sandbox.run({"remind"});
    CHECK(reminder.exit_code == 0);
    CHECK(reminder.out.empty());
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    const auto today = sandbox.run({"plan"});
    CHECK_THAT(today.out, Contains("2 stretches"));
    CHECK_THAT(today.out, Contains("This routine's file changed after today's plan was settled, so today keeps the\n"
                                   "plan it had; the new version counts from tomorrow."));
    // Every format that prints a plan says so, and a script reads it.
    for (const char* format : {"markdown", "html"})
        CHECK_THAT(sandbox.run({"plan", "--format", format}).out, Contains("the new version counts from tomorrow"));
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out)["change_waits"] == true);
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out, Contains("3 stretches"));
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'mine' ORDER BY effective") ==
          "2000-01-01\n2026-03-05\n");

    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    const auto report = report_json(sandbox);
    CHECK(report["days"][2]["status"] == "complete");
    CHECK(report["consistency"]["current_streak"] == 3);
    CHECK(report["days"][3]["planned"] == 3);  // today, the 5th
    CHECK(sandbox.run({"plan"}).out.find("file changed") == std::string::npos);
}

TEST_CASE("a day shown with nothing scheduled is not missed when the schedule then takes it in", "[e2e][record]") {
    Sandbox sandbox("2026-03-09T08:00:00");  // a Monday
    use_mine(sandbox, std::string(kTwoSteps) + "days = [\"mon\", \"wed\", \"fri\"]\n");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-10T08:00:00";
    CHECK_THAT(sandbox.run({"status"}).out, Contains("Nothing is scheduled today"));
    sandbox.write(".config/stretch/routines/mine.toml",
                  std::string(kTwoSteps) + "days = [\"tue\", \"thu\", \"sat\"]\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-10T19:00:00";
    CHECK(sandbox.run({"remind"}).out.empty());
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("not on Tuesdays"));

    sandbox.env["STRETCH_NOW"] = "2026-03-11T08:00:00";
    const auto report = nlohmann::json::parse(
        sandbox.run({"report", "--since", "2026-03-09", "--until", "2026-03-10", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "not-scheduled");
    CHECK(report["consistency"]["missed_days"] == 0);
    CHECK(report["consistency"]["current_streak"] == 1);
}

TEST_CASE("a change made while the day still asks for something counts that day", "[e2e][record]") {
    SECTION("a stretch added in the morning, before any is done") {
        Sandbox sandbox;
        three_days_done(sandbox);
        sandbox.env["STRETCH_NOW"] = "2026-03-05T07:00:00";
        sandbox.write(".config/stretch/routines/mine.toml", kThreeSteps);
        const auto plan = sandbox.run({"plan"});
        CHECK_THAT(plan.out, Contains("3 stretches"));
        CHECK(plan.out.find("file changed") == std::string::npos);
        CHECK(sandbox.sql("SELECT max(effective) FROM routine_versions WHERE routine = 'mine'") == "2026-03-05\n");
    }
    SECTION("a stretch removed from a day that was done: it asks no more of it") {
        Sandbox sandbox;
        three_days_done(sandbox, kThreeSteps);
        sandbox.write(".config/stretch/routines/mine.toml", kTwoSteps);
        CHECK(sandbox.run({"plan"}).out.find("file changed") == std::string::npos);
        CHECK(sandbox.sql("SELECT max(effective) FROM routine_versions WHERE routine = 'mine'") == "2026-03-04\n");
        sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
        CHECK(report_json(sandbox)["consistency"]["current_streak"] == 3);
    }
    SECTION("a stretch removed from a day half done completes it") {
        Sandbox sandbox;
        three_days_done(sandbox, kThreeSteps);
        sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
        REQUIRE(sandbox.run({"log", "pelvic-tilts", "bridge"}).exit_code == 0);
        sandbox.write(".config/stretch/routines/mine.toml", kTwoSteps);
        CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
        sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
        CHECK(report_json(sandbox)["consistency"]["current_streak"] == 4);
    }
}

TEST_CASE("a stretch resumed once the day is done is due from the next day", "[e2e][record]") {
    Sandbox sandbox("2026-03-02T08:00:00");
    use_mine(sandbox);
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-03T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-04T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);  // pelvic-tilts: all that is due
    sandbox.env["STRETCH_NOW"] = "2026-03-04T20:00:00";
    const auto resumed = sandbox.run({"resume", "bridge"});
    CHECK(resumed.exit_code == 0);
    CHECK_THAT(resumed.out, Contains("bridge is back on the plan from tomorrow, so that today (already settled) keeps"));
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT first_day, resumed_on FROM pauses") == "2026-03-03|2026-03-05\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    const auto report = report_json(sandbox);
    CHECK(report["days"][2]["status"] == "complete");
    CHECK(report["consistency"]["current_streak"] == 3);

    // Resumed before the day's stretches: due that day.
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-06T07:00:00";
    CHECK_THAT(sandbox.run({"resume", "bridge"}).out, Contains("bridge is back on the plan from today."));
    CHECK_THAT(sandbox.run({"status"}).out, Contains("2 of 2 stretches left today"));
}

TEST_CASE("a file put back the evening it changed drops the change that waited", "[e2e][record]") {
    Sandbox sandbox;
    three_days_done(sandbox);
    sandbox.write(".config/stretch/routines/mine.toml", kThreeSteps);
    REQUIRE(sandbox.run({"remind"}).exit_code == 0);
    REQUIRE(sandbox.sql("SELECT max(effective) FROM routine_versions WHERE routine = 'mine'") == "2026-03-05\n");
    sandbox.write(".config/stretch/routines/mine.toml", kTwoSteps);
    // Read at once as the file says, with nothing said to wait...
    const auto plan = nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out);
    CHECK(plan["change_waits"] == false);
    CHECK(plan["stretches"].size() == 2);
    // ...and the next write drops it, once.
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'mine'") == "2000-01-01\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("2 stretches"));
}

TEST_CASE("a routine file that comes back after it was retired counts again from that day", "[e2e][record]") {
    Sandbox sandbox;
    three_days_done(sandbox);
    sandbox.env["STRETCH_NOW"] = "2026-03-05T07:00:00";
    const auto file = sandbox.user_routines() / "mine.toml";
    std::filesystem::rename(file, sandbox.user_routines() / "mine.toml.away");
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);  // records it retired from the 5th
    std::filesystem::rename(sandbox.user_routines() / "mine.toml.away", file);
    const auto plan = sandbox.run({"plan"});
    CHECK_THAT(plan.out, Contains("2 stretches"));
    CHECK(plan.out.find("file changed") == std::string::npos);
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    CHECK(report_json(sandbox)["consistency"]["current_streak"] == 4);
}

TEST_CASE("a resume waits only when it would ask more of a day that was done", "[e2e][record]") {
    Sandbox sandbox("2026-03-02T08:00:00");  // a Monday
    use_mine(sandbox);
    sandbox.write(".config/stretch/routines/weekend.toml",
                  "[routine]\nname = \"Weekend\"\ndays = [\"sat\", \"sun\"]\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    // Tuesday morning, nothing done: the weekend routine asks nothing today
    // either way, so the resume counts today.
    sandbox.env["STRETCH_NOW"] = "2026-03-03T07:00:00";
    CHECK_THAT(sandbox.run({"resume", "bridge"}).out, Contains("bridge is back on the plan from today."));
    // Done already today, it asks nothing more when resumed: today too.
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-04T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"resume", "bridge"}).out, Contains("bridge is back on the plan from today."));
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
}

TEST_CASE("a routine file removed the evening its day was done keeps that day done", "[e2e][record]") {
    Sandbox sandbox;
    three_days_done(sandbox);
    const auto file = sandbox.user_routines() / "mine.toml";
    std::filesystem::remove(file);
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);  // records it retired: from tomorrow
    CHECK(sandbox.sql("SELECT max(effective) FROM routine_versions WHERE routine = 'mine'") == "2026-03-05\n");
    // And back that evening with a stretch more: that waits for tomorrow too.
    sandbox.write(".config/stretch/routines/mine.toml", kThreeSteps);
    CHECK(sandbox.run({"remind"}).out.empty());
    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    const auto report = report_json(sandbox);
    CHECK(report["days"][2]["status"] == "complete");
    CHECK(report["consistency"]["current_streak"] == 3);
    CHECK(report["days"][3]["planned"] == 3);
}

TEST_CASE("a report read the evening a routine's file was removed keeps that day done, before any write",
          "[e2e][record]") {
    // It showed the day as not scheduled, and the streak one shorter, until
    // some other command wrote to the log.
    Sandbox sandbox;
    three_days_done(sandbox);
    std::filesystem::remove(sandbox.user_routines() / "mine.toml");
    sandbox.write(".config/stretch/config.toml", "");
    const auto report = nlohmann::json::parse(
        sandbox.run({"report", "--routine", "mine", "--since", "2026-03-02", "--format", "json"}).out);
    CHECK(report["days"][2]["status"] == "complete");
    CHECK(report["consistency"]["current_streak"] == 3);
    CHECK(sandbox.sql("SELECT max(effective) FROM routine_versions WHERE routine = 'mine'") == "2026-03-05\n");
    const auto plan = sandbox.run({"plan", "--routine", "mine"}).out;
    CHECK_THAT(plan, Contains("This routine's file was removed after today's plan was settled, so today keeps"));
    CHECK_THAT(plan, Contains("[x] 2. Bridge"));
    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    CHECK_THAT(sandbox.run({"plan", "--routine", "mine"}).out, Contains("this routine's file is gone"));
}

TEST_CASE("a weekday taken out of the schedule the evening it was done keeps it done", "[e2e][record]") {
    Sandbox sandbox;
    three_days_done(sandbox);  // Wednesday the 4th done
    sandbox.write(".config/stretch/routines/mine.toml",
                  std::string(kTwoSteps) + "days = [\"mon\", \"tue\", \"thu\", \"fri\", \"sat\", \"sun\"]\n");
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    const auto report = report_json(sandbox);
    CHECK(report["days"][2]["status"] == "complete");
    CHECK(report["consistency"]["complete_days"] == 3);
}

TEST_CASE("the gentle routine edited the evening it kept the day keeps the day kept", "[e2e][record]") {
    Sandbox sandbox("2026-03-03T08:00:00");
    REQUIRE(sandbox.run({"log", "spine-stretch", "pelvic-tilts", "deep-abdominal", "lower-stomach-stretch"}).exit_code ==
            0);
    REQUIRE(sandbox.run({"status", "--quiet"}).exit_code == 0);  // kept by the gentle routine
    sandbox.write(".config/stretch/routines/gentle.toml",
                  "[routine]\nname = \"Gentle, for flare-ups\"\nsteps = [{ exercise = \"spine-stretch\" }, "
                  "{ exercise = \"pelvic-tilts\" }, { exercise = \"deep-abdominal\" }, "
                  "{ exercise = \"lower-stomach-stretch\" }, { exercise = \"bird-dog\" }]\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-03T19:00:00";
    CHECK(sandbox.run({"remind"}).out.empty());
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-04T08:00:00";
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "gentle");
}

TEST_CASE("the gentle routine edited the evening it kept the day, then put back, asks the next day for what it did",
          "[e2e][record]") {
    Sandbox sandbox("2026-03-03T08:00:00");
    const std::vector<std::string> gentle_four = {"log", "spine-stretch", "pelvic-tilts", "deep-abdominal",
                                                  "lower-stomach-stretch"};
    REQUIRE(sandbox.run(gentle_four).exit_code == 0);  // kept by the gentle routine
    sandbox.write(".config/stretch/routines/gentle.toml",
                  "[routine]\nname = \"Gentle, for flare-ups\"\nsteps = [{ exercise = \"spine-stretch\" }, "
                  "{ exercise = \"pelvic-tilts\" }, { exercise = \"deep-abdominal\" }, "
                  "{ exercise = \"lower-stomach-stretch\" }, { exercise = \"bird-dog\" }]\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-03T19:00:00";
    REQUIRE(sandbox.run({"remind"}).exit_code == 0);
    const std::string waiting = "SELECT count(*) FROM routine_versions WHERE routine = 'gentle' AND effective > '2000-01-01'";
    REQUIRE(sandbox.sql(waiting) == "1\n");  // from tomorrow
    std::filesystem::remove(sandbox.home() / ".config/stretch/routines/gentle.toml");  // the bundled one again
    REQUIRE(sandbox.run({"status", "--quiet"}).exit_code == 0);  // a read, showing the usual routine
    CHECK(sandbox.sql(waiting) == "0\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    std::vector<std::string> yesterday = gentle_four;
    yesterday.insert(yesterday.end(), {"--date", "yesterday"});
    REQUIRE(sandbox.run(yesterday).exit_code == 0);
    CHECK(report_json(sandbox)["days"][2]["status"] == "gentle");
}

TEST_CASE("a resume waits for a routine whose file changed but whose version still judges today", "[e2e][record]") {
    Sandbox sandbox("2026-03-02T08:00:00");
    use_mine(sandbox);
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-03T08:00:00";
    REQUIRE(sandbox.run({"log", "pelvic-tilts"}).exit_code == 0);  // all that is due: done
    // That evening the file drops bridge for the spine stretch, which waits.
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, "
                  "{ exercise = \"spine-stretch\" }]\n");
    sandbox.env["STRETCH_NOW"] = "2026-03-03T19:00:00";
    REQUIRE(sandbox.run({"remind"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"resume", "bridge"}).out, Contains("back on the plan from tomorrow"));
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-04T08:00:00";
    CHECK(report_json(sandbox)["days"][1]["status"] == "complete");
}

TEST_CASE("a clock set back behind a waiting change reads without writing", "[e2e][record]") {
    Sandbox sandbox;
    three_days_done(sandbox);
    sandbox.write(".config/stretch/routines/mine.toml", kThreeSteps);
    REQUIRE(sandbox.run({"remind"}).exit_code == 0);  // recorded from the 5th
    sandbox.env["STRETCH_NOW"] = "2026-03-03T20:00:00";  // a time zone west
    REQUIRE(sandbox.run({"status", "--quiet"}).exit_code <= 1);
    const auto wal = std::filesystem::path(sandbox.database().string() + "-wal");
    const auto size_of = [&] { return std::filesystem::exists(wal) ? std::filesystem::file_size(wal) : 0; };
    const std::string versions = sandbox.sql("SELECT * FROM routine_versions");
    const auto before = size_of();
    for (int run = 0; run < 2; ++run) REQUIRE(sandbox.run({"status", "--quiet"}).exit_code <= 1);
    CHECK(size_of() == before);
    CHECK(sandbox.sql("SELECT * FROM routine_versions") == versions);
}
