// End-to-end: a log that has reached a later day than the clock's today
// (logged in a time zone ahead, or before the clock was set back) takes that
// day as today for what it records: a routine change, a pause or a resume
// takes effect from it, and a skip of a day before it is refused. No day the
// log has passed changes.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

namespace {

const char* kTwoSteps =
    "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"pelvic-tilts\" }]\n";
const char* kThreeSteps =
    "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"pelvic-tilts\" }, "
    "{ exercise = \"spine-stretch\" }]\n";

/// "short" done on 2 to 5 March 2026; the clock at 08:00 on the 6th.
void four_days_done(Sandbox& sandbox) {
    sandbox.write(".config/stretch/routines/short.toml", kTwoSteps);
    sandbox.write(".config/stretch/config.toml", "routine = \"short\"\n");
    for (const char* day : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all", "--quiet"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
}

std::string days_of_report(const Sandbox& sandbox) {
    return sandbox.run({"report", "--since", "2026-03-02", "--until", "2026-03-05", "--format", "csv"}).out;
}

}  // namespace

TEST_CASE("a routine changed while the clock is set back counts from the log's today, not the clock's",
          "[e2e][record]") {
    Sandbox sandbox;
    four_days_done(sandbox);
    const std::string report = days_of_report(sandbox);
    REQUIRE_THAT(report, Contains("2026-03-04,wed,complete,2,2"));

    sandbox.write(".config/stretch/routines/short.toml", kThreeSteps);
    sandbox.env["STRETCH_NOW"] = "2026-03-03T09:00:00";
    CHECK(sandbox.run({"status", "--quiet"}).exit_code <= 1);
    // The log's today is the 5th, settled (done): the change waits for the 6th.
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'short' ORDER BY effective") ==
          "2000-01-01\n2026-03-06\n");
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);

    sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    std::string with_pain = report;
    with_pain.replace(with_pain.find("2026-03-03,tue,complete,2,2,,,"), 30, "2026-03-03,tue,complete,2,2,2.0,,2");
    CHECK(days_of_report(sandbox) == with_pain);
    CHECK_THAT(sandbox.run({"report", "--since", "2026-03-02", "--until", "2026-03-05"}).out,
               Contains("current 4"));
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("3 stretches"));
}

TEST_CASE("with the clock set back, a skip before the log's today is refused and a pause starts from it",
          "[e2e][record]") {
    Sandbox sandbox;
    four_days_done(sandbox);
    const std::string report = days_of_report(sandbox);
    sandbox.env["STRETCH_NOW"] = "2026-03-03T20:00:00";
    for (const char* command : {"skip", "unskip"}) {
        const auto refused = sandbox.run({command});
        INFO(command << ": " << refused.err);
        CHECK(refused.exit_code == 64);
        CHECK_THAT(refused.err, Contains("the log has already reached 2026-03-05 (logged or imported from a time "
                                         "zone ahead, or the clock is behind), so 2026-03-03 is past for it; " +
                                         std::string(command) + " from 2026-03-05 on, or check the date and TZ; "
                                         "nothing was changed"));
    }
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");
    CHECK(sandbox.run({"skip", "2026-03-07"}).exit_code == 0);
    const auto paused = sandbox.run({"pause", "bridge"});
    CHECK(paused.exit_code == 0);
    CHECK_THAT(paused.out, Contains("bridge is paused from Thursday 5 March 2026."));
    CHECK(sandbox.sql("SELECT first_day FROM pauses") == "2026-03-05\n");
    // The days before the log's today are as they were; the 5th, paused
    // that day as any today can be, is still complete.
    sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    const std::string after = days_of_report(sandbox);
    CHECK(after.substr(0, after.find("2026-03-05")) == report.substr(0, report.find("2026-03-05")));
    CHECK_THAT(after, Contains("2026-03-05,thu,complete,1,1,,bridge"));
}

TEST_CASE("after logging a time zone ahead, a day west takes the later day as today for what it records",
          "[e2e][record]") {
    Sandbox sandbox;
    sandbox.env["TZ"] = "Asia/Tokyo";
    sandbox.env["STRETCH_NOW"] = "2026-03-06T07:00:00";
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    // The same evening in Los Angeles is still the 5th there.
    sandbox.env["TZ"] = "America/Los_Angeles";
    sandbox.env["STRETCH_NOW"] = "2026-03-05T16:00:00";
    // Severe pain: rest is advised, but no skip of a day the log has passed.
    const auto hurt = sandbox.run({"pain", "8"});
    CHECK_THAT(hurt.out, Contains("Leave the routine for today"));
    CHECK(hurt.out.find("stretch skip") == std::string::npos);
    // What plan, status, remind and the report ask of today: rest all the same.
    for (const std::vector<std::string>& reading :
         {std::vector<std::string>{"plan"}, {"status"}, {"report", "--week"}, {"plan", "--format", "markdown"}}) {
        const std::string out = sandbox.run(reading).out;
        INFO(out);
        CHECK_THAT(out, Contains("Rest rather than stretch today; a day rested"));
        CHECK(out.find("stretch skip") == std::string::npos);
    }
    CHECK(sandbox.run({"remind"}).out == "Pain 8/10 today, so rest: resting today costs no streak\n");
    const auto status = nlohmann::json::parse(sandbox.run({"status", "--json"}).out);
    CHECK(status["rest_suggested"]["pain"] == 8);
    CHECK(status["rest_suggested"]["command"].is_null());
    const auto paused = sandbox.run({"pause", "hip"});
    CHECK(paused.exit_code == 0);
    CHECK_THAT(paused.out, Contains("hip-stretch is paused from Friday 6 March 2026."));
    CHECK(sandbox.run({"skip"}).exit_code == 64);
    CHECK(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT day FROM skips") == "2026-03-06\n");
    const auto resumed = sandbox.run({"resume", "hip"});
    CHECK(resumed.exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");  // it had not begun
}

TEST_CASE("a routine edited a day west, after the day ahead was done, is not asked for on the days it does not count",
          "[e2e][record]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/short.toml", kTwoSteps);
    sandbox.write(".config/stretch/config.toml", "routine = \"short\"\n");
    sandbox.env["TZ"] = "Asia/Tokyo";
    for (const char* day : {"2026-03-05", "2026-03-06"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all", "--quiet"}).exit_code == 0);
    }
    sandbox.env["TZ"] = "America/Los_Angeles";
    sandbox.env["STRETCH_NOW"] = "2026-03-05T16:00:00";
    sandbox.write(".config/stretch/routines/short.toml", kThreeSteps);
    // The 6th, the log's today, is done: the change counts from the 7th, and
    // neither the 5th nor the 6th asks for the stretch it adds.
    const auto status = sandbox.run({"status"});
    CHECK(status.exit_code == 0);
    CHECK(status.out.find("spine-stretch") == std::string::npos);
    CHECK(sandbox.run({"remind"}).out.empty());
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'short' ORDER BY effective") ==
          "2000-01-01\n2026-03-07\n");
    CHECK_THAT(sandbox.run({"plan", "2026-03-07"}).out, Contains("3 stretches"));
}
