// End-to-end: a clock set back behind the log (by hand, or a time zone a day
// west) changes nothing the log has already judged. A routine file changed
// meanwhile is read, not put on record, and a skip, unskip, pause or resume
// is refused with a word on the clock.

#include <catch2/catch.hpp>

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

TEST_CASE("a routine changed while the clock is set back judges no day the log has passed", "[e2e][record]") {
    Sandbox sandbox;
    four_days_done(sandbox);
    const std::string report = days_of_report(sandbox);
    REQUIRE_THAT(report, Contains("2026-03-04,wed,complete,2,2"));
    const std::string versions = sandbox.sql("SELECT * FROM routine_versions");

    sandbox.write(".config/stretch/routines/short.toml", kThreeSteps);
    sandbox.env["STRETCH_NOW"] = "2026-03-03T09:00:00";
    // Read, and written to, with the clock behind: today follows the files,
    // and nothing is put on record.
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("3 stretches"));
    CHECK(sandbox.run({"status", "--quiet"}).exit_code <= 1);
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT * FROM routine_versions") == versions);

    // Back on time, with the file put back: every day as it was, with the
    // pain given on the 3rd.
    sandbox.write(".config/stretch/routines/short.toml", kTwoSteps);
    sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    std::string with_pain = report;
    with_pain.replace(with_pain.find("2026-03-03,tue,complete,2,2,,"), 29, "2026-03-03,tue,complete,2,2,2.0,");
    CHECK(days_of_report(sandbox) == with_pain);
    CHECK_THAT(sandbox.run({"report", "--since", "2026-03-02", "--until", "2026-03-05"}).out,
               Contains("current 4"));
}

TEST_CASE("a skip, unskip, pause or resume with the clock behind the log is refused and changes nothing",
          "[e2e][record]") {
    Sandbox sandbox;
    four_days_done(sandbox);
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);  // from the 6th
    const std::string report = days_of_report(sandbox);
    const auto everything = [&] {
        return sandbox.sql("SELECT * FROM skips") + sandbox.sql("SELECT * FROM pauses") +
               sandbox.sql("SELECT * FROM routine_versions") + sandbox.sql("SELECT count(*) FROM operations");
    };
    const std::string before = everything();

    sandbox.env["STRETCH_NOW"] = "2026-03-03T20:00:00";
    for (const std::vector<std::string>& change :
         {std::vector<std::string>{"skip"}, {"unskip"}, {"pause", "pelvic-tilts"}, {"resume", "bridge"}}) {
        const auto refused = sandbox.run(change);
        INFO(change.front() << ": " << refused.err);
        CHECK(refused.exit_code == 64);
        CHECK_THAT(refused.err, Contains("the clock says today is 2026-03-03, but the log has already reached "
                                         "2026-03-05"));
        CHECK_THAT(refused.err, Contains("check the system's date and time zone (TZ); nothing was changed"));
    }
    CHECK(everything() == before);
    sandbox.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    CHECK(days_of_report(sandbox) == report);
    // On time again, the same changes are taken.
    CHECK(sandbox.run({"resume", "bridge"}).exit_code == 0);
    CHECK(sandbox.run({"skip", "tomorrow"}).exit_code == 0);
}
