// End-to-end: a correction of the log that changes how a past day is
// judged says so. A day rested after a severe pain is missed once that
// pain is deleted, lowered or undone, which can end a streak; a severe
// score given later for a missed day rests it. Each sentence is checked
// against what the report then says of the day.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

namespace {

const char* kNowMissed = "Wednesday 11 November 2026 now counts as missed, not as rested after pain.";
const char* kNowRested = "Wednesday 11 November 2026 now counts as rested after pain, not as missed.";

/// The status the report gives 11 November.
std::string status_of_the_11th(Sandbox& sandbox) {
    const auto report = sandbox.run({"report", "--since", "2026-11-11", "--until", "2026-11-11", "--format", "json"});
    REQUIRE(report.exit_code == 0);
    return nlohmann::json::parse(report.out)["days"][0]["status"];
}

/// The routine done on 10 and 12 November and a pain of 8 given on the
/// 11th, which rested it; today is the 13th. Returns the score's id.
std::string rested_the_11th(Sandbox& sandbox) {
    sandbox.env["STRETCH_NOW"] = "2026-11-10T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-11T08:00:00";
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-12T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-13T08:00:00";
    REQUIRE(status_of_the_11th(sandbox) == "rested");
    return sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE kind = 'pain'").substr(0, 8);
}

}  // namespace

TEST_CASE("deleting the severe pain that rested a past day says the day is now missed, and undo says it back",
          "[e2e][records][safety]") {
    Sandbox sandbox;
    const std::string id = rested_the_11th(sandbox);

    const auto deleted = sandbox.run({"delete", id});
    CHECK(deleted.exit_code == 0);
    CHECK_THAT(deleted.out, Contains(kNowMissed));
    CHECK(status_of_the_11th(sandbox) == "missed");

    const auto undone = sandbox.run({"undo"});
    CHECK(undone.exit_code == 0);
    CHECK_THAT(undone.out, Contains("restored pain 8/10 on 2026-11-11"));
    CHECK_THAT(undone.out, Contains(kNowRested));
    CHECK(status_of_the_11th(sandbox) == "rested");

    // Said before the hint that brings several entries back.
    const std::string bridge = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE day = '2026-11-12' AND "
                                           "exercise = 'bridge'").substr(0, 8);
    const auto two = sandbox.run({"delete", id, bridge});
    // Both days: the 12th, without bridge, is kept by the gentle routine's
    // four stretches; and before the hint that brings both entries back.
    CHECK_THAT(two.out, Contains(std::string(kNowMissed) + "\nThursday 12 November 2026 now counts as kept by the "
                                 "gentle routine, not as\ncomplete.\n`stretch undo` brings both back.\n"));
    CHECK(status_of_the_11th(sandbox) == "missed");
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);

    // Quiet is quiet: the change is made, nothing is said.
    const auto quiet = sandbox.run({"delete", id, "--quiet"});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
    CHECK(quiet.err.empty());
    CHECK(status_of_the_11th(sandbox) == "missed");
}

TEST_CASE("undoing an import says which skipped days are now missed", "[e2e][records][safety]") {
    Sandbox sandbox("2026-11-10T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-11T08:00:00";
    REQUIRE(sandbox.run({"skip", "--reason", "rest"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-12T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto file = sandbox.write("all.json", sandbox.run({"export"}).out);

    // Another log, started on the 10th, takes the skip in and gives it back.
    const std::string other = (sandbox.home() / "other.db").string();
    sandbox.env["STRETCH_NOW"] = "2026-11-10T09:00:00";
    REQUIRE(sandbox.run({"--db", other, "log", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-13T08:00:00";
    REQUIRE(sandbox.run({"--db", other, "import", file.string()}).exit_code == 0);
    const auto undone = sandbox.run({"--db", other, "undo"});
    CHECK(undone.exit_code == 0);
    CHECK_THAT(undone.out, Contains("Wednesday 11 November 2026 now counts as missed, not as skipped."));
    const auto report = sandbox.run({"--db", other, "report", "--since", "2026-11-11", "--until", "2026-11-11",
                                     "--format", "json"});
    CHECK(nlohmann::json::parse(report.out)["days"][0]["status"] == "missed");
}

TEST_CASE("a deletion that moves the start of the log later says which days are no longer counted",
          "[e2e][records]") {
    Sandbox sandbox("2026-11-02T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-13T08:00:00";
    const std::string first =
        sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries WHERE day = '2026-11-02'").substr(0, 8);
    const auto deleted = sandbox.run({"delete", first});
    CHECK(deleted.exit_code == 0);
    CHECK_THAT(deleted.out, Contains("The days from Monday 2 November 2026 to Wednesday 4 November 2026 are now "
                                     "before\nthe first day of your log, and no longer counted.\n"));
    CHECK(deleted.out.find("now counts as") == std::string::npos);
    const auto undone = sandbox.run({"undo"});
    CHECK_THAT(undone.out, Contains("Your log now starts on Monday 2 November 2026, so the days from then to\n"
                                    "Wednesday 4 November 2026 are counted."));
}

TEST_CASE("an edit that lowers a severe pain, or moves it to another day, says which day it judges otherwise",
          "[e2e][records][safety]") {
    Sandbox sandbox;
    const std::string id = rested_the_11th(sandbox);

    const auto lowered = sandbox.run({"edit", id, "--pain", "5"});
    CHECK(lowered.exit_code == 0);
    CHECK_THAT(lowered.out, Contains(kNowMissed));
    CHECK(status_of_the_11th(sandbox) == "missed");

    const auto raised = sandbox.run({"edit", id, "--pain", "9"});
    CHECK_THAT(raised.out, Contains(kNowRested));
    CHECK(status_of_the_11th(sandbox) == "rested");

    // To the 12th, which was complete and stays so: only the 11th changed.
    const auto moved = sandbox.run({"edit", id, "--date", "2026-11-12"});
    CHECK(moved.exit_code == 0);
    CHECK_THAT(moved.out, Contains(kNowMissed));
    CHECK(moved.out.find("12 November 2026 now counts") == std::string::npos);
    CHECK(status_of_the_11th(sandbox) == "missed");

    // A correction that judges no day otherwise says nothing of it.
    const auto note = sandbox.run({"edit", id, "--note", "after the move"});
    CHECK(note.exit_code == 0);
    CHECK(note.out.find("now counts as") == std::string::npos);
}

TEST_CASE("a severe pain given later for a missed day says the day is now rested", "[e2e][records][safety]") {
    Sandbox sandbox("2026-11-10T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-13T08:00:00";
    REQUIRE(status_of_the_11th(sandbox) == "missed");

    const auto mild = sandbox.run({"pain", "3", "--date", "2026-11-11"});
    CHECK(mild.exit_code == 0);
    CHECK(mild.out.find("now counts as") == std::string::npos);

    const auto severe = sandbox.run({"pain", "8", "--date", "2026-11-11"});
    CHECK(severe.exit_code == 0);
    CHECK_THAT(severe.out, Contains("Pain 8/10 recorded for Wednesday 11 November 2026.\n" + std::string(kNowRested)));
    CHECK(status_of_the_11th(sandbox) == "rested");

    // A stretch logged for a missed day with such a pain rests it too.
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    REQUIRE(status_of_the_11th(sandbox) == "missed");
    const auto with_stretch = sandbox.run({"log", "bridge", "--pain", "8", "--date", "2026-11-11"});
    CHECK(with_stretch.exit_code == 0);
    CHECK_THAT(with_stretch.out, Contains(kNowRested));
    CHECK(status_of_the_11th(sandbox) == "rested");

    // A score for a day before the log began moves its start, which has a
    // note of its own, and judges no earlier day otherwise.
    const auto earlier = sandbox.run({"pain", "9", "--date", "2026-11-08"});
    CHECK_THAT(earlier.out, Contains("Your log now starts on Sunday 8 November 2026"));
    CHECK(earlier.out.find("now counts as") == std::string::npos);
}
