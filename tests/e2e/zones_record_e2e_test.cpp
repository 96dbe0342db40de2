// The pain zones recorded with each routine version, as a user meets them:
// moving them in config.toml changes today's targets and later ones, never a
// past day's, and a log of the release before keeps the targets its past
// days had, whatever config.toml says after the upgrade.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

/// A pain of 4 is fine in these zones (the defaults call it "take it easier").
const char* const kWiderZones = "[pain_zones]\nfine_up_to = 4\nstop_from = 7\n";
/// How the log records them, in each routine version.
const char* const kRecordedZones = R"("pain_zones":{"fine_up_to":4,"stop_from":7})";

/// The reps the plan for `when` asks of bridge.
int bridge_reps(const Sandbox& sandbox, const std::string& when) {
    const auto result = sandbox.run({"plan", when, "--format", "json"});
    REQUIRE(result.exit_code == 0);
    const auto plan = nlohmann::json::parse(result.out);
    for (const auto& stretch : plan["stretches"])
        if (stretch["id"] == "bridge") return stretch["target"]["reps"].get<int>();
    FAIL("no bridge in the plan for " << when);
    return 0;
}

int versions_with_zones(const Sandbox& sandbox) {
    return std::stoi(sandbox.sql("SELECT count(*) FROM routine_versions WHERE instr(definition, '" +
                                 std::string(kRecordedZones) + "') > 0"));
}

}  // namespace

TEST_CASE("moving the pain zones changes today's targets and later ones, never a past day's",
          "[e2e][progression][zones]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/config.toml", kWiderZones);
    for (const char* day : {"02", "03", "04"}) {
        sandbox.env["STRETCH_NOW"] = std::string("2026-11-") + day + "T08:00:00";
        REQUIRE(sandbox.run({"log", "bridge", "--pain", "4"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-06T08:00:00";
    // Three days at a pain these zones call fine earn bridge a step.
    REQUIRE(bridge_reps(sandbox, "2026-11-05") == 9);
    REQUIRE(bridge_reps(sandbox, "today") == 9);
    CHECK(versions_with_zones(sandbox) == 2);  // lower-back and gentle

    // Back to the defaults: 4 now takes it easier, from today on.
    sandbox.write(".config/stretch/config.toml", "");
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(bridge_reps(sandbox, "today") == 8);
    CHECK(bridge_reps(sandbox, "2026-11-05") == 9);
    // The new versions, from today, record no zones: the defaults.
    CHECK(sandbox.sql("SELECT count(*) FROM routine_versions WHERE effective = '2026-11-06' AND "
                      "instr(definition, 'pain_zones') = 0") == "2\n");
}

TEST_CASE("a stretch logged for a past day its plan did not hold takes that day's target, by that day's zones",
          "[e2e][progression][zones]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/config.toml", kWiderZones);
    for (const char* day : {"02", "03", "04"}) {
        sandbox.env["STRETCH_NOW"] = std::string("2026-11-") + day + "T08:00:00";
        REQUIRE(sandbox.run({"log", "bridge", "--pain", "4"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
    REQUIRE(sandbox.run({"pause", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-06T08:00:00";
    sandbox.write(".config/stretch/config.toml", "");
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-11-05"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT reps FROM entries WHERE day = '2026-11-05' AND exercise = 'bridge'") == "9\n");
}

TEST_CASE("a log of the release before (schema 9) keeps the zones config.toml gave its past days",
          "[e2e][migration][zones]") {
    Sandbox sandbox("2026-11-06T08:00:00");
    sandbox.load_schema_fixture(9);
    sandbox.write(".config/stretch/config.toml", kWiderZones);
    const std::string entries = sandbox.sql("SELECT * FROM entries ORDER BY id");
    REQUIRE(sandbox.sql("SELECT count(*) FROM day_summaries") != "0\n");

    // The first command migrates, and records the zones of config.toml with
    // the versions recorded before: that release judged the days by them.
    CHECK(bridge_reps(sandbox, "2026-11-05") == 9);
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(versions_with_zones(sandbox) == 2);
    // Changing those versions cleared the days they judged (through the
    // triggers still in the file at schema 10), for the next write to keep.
    CHECK(sandbox.sql("SELECT count(*) FROM day_summaries") == "0\n");
    CHECK(sandbox.sql("SELECT * FROM entries ORDER BY id") == entries);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");

    // Moving them later changes today on, as for a log of this release.
    sandbox.write(".config/stretch/config.toml", "");
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    CHECK(bridge_reps(sandbox, "today") == 8);
    CHECK(bridge_reps(sandbox, "2026-11-05") == 9);
}

TEST_CASE("with the default zones, migrating to schema 10 leaves every recorded version as it was",
          "[e2e][migration][zones]") {
    Sandbox sandbox("2026-11-06T08:00:00");
    sandbox.load_schema_fixture(9);
    const std::string versions = sandbox.sql("SELECT * FROM routine_versions ORDER BY id");
    CHECK(bridge_reps(sandbox, "2026-11-05") == 8);  // what that release said with these zones
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql("SELECT * FROM routine_versions ORDER BY id") == versions);
}

TEST_CASE("a config.toml that cannot be read stops the migration, which changes nothing",
          "[e2e][migration][zones]") {
    Sandbox sandbox("2026-11-06T08:00:00");
    sandbox.load_schema_fixture(9);
    sandbox.write(".config/stretch/config.toml", "[pain_zones]\nfine_up_to = \"four\"\n");
    const std::string before = sandbox.sql("SELECT * FROM routine_versions ORDER BY id");
    const auto refused = sandbox.run({"history"});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("fine_up_to"));
    CHECK_THAT(refused.err, Contains("upgrading the log to this release reads config.toml"));
    CHECK_THAT(refused.err, Contains("the log is left as it was till then"));
    CHECK(sandbox.sql("PRAGMA user_version") == "9\n");
    CHECK(sandbox.sql("SELECT * FROM routine_versions ORDER BY id") == before);

    sandbox.write(".config/stretch/config.toml", kWiderZones);
    REQUIRE(sandbox.run({"history"}).exit_code == 0);
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(versions_with_zones(sandbox) == 2);
}

TEST_CASE("a damaged routine version does not stop the migration, and is left for the commands that read it",
          "[e2e][migration][zones]") {
    Sandbox sandbox("2026-11-06T08:00:00");
    sandbox.load_schema_fixture(9);
    sandbox.write(".config/stretch/config.toml", kWiderZones);
    sandbox.sql("UPDATE routine_versions SET definition = '[' WHERE routine = 'lower-back'");
    // Today's plan never reads a past version, so it works as before.
    REQUIRE(sandbox.run({"plan", "today"}).exit_code == 0);
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql("SELECT definition FROM routine_versions WHERE routine = 'lower-back'") == "[\n");
    CHECK(versions_with_zones(sandbox) == 1);  // gentle's
    const auto past = sandbox.run({"plan", "2026-11-05"});
    CHECK(past.exit_code == 65);
    CHECK_THAT(past.err, Contains("a recorded routine version cannot be read"));
}

TEST_CASE("an export without zones, as the release before wrote it, imports into the upgraded log as the same versions",
          "[e2e][migration][zones][import]") {
    Sandbox sandbox("2026-11-06T08:00:00");
    sandbox.load_schema_fixture(9);
    sandbox.write(".config/stretch/config.toml", kWiderZones);
    auto exported = nlohmann::json::parse(sandbox.run({"export"}).out);
    REQUIRE(versions_with_zones(sandbox) == 2);
    for (auto& version : exported["routine_versions"]) {
        REQUIRE(version["definition"].contains("pain_zones"));
        version["definition"].erase("pain_zones");
    }
    const std::string versions = sandbox.sql("SELECT * FROM routine_versions ORDER BY id");
    const auto imported = sandbox.run({"import", sandbox.write("before.json", exported.dump()).string()});
    CHECK(imported.exit_code == 0);
    CHECK_THAT(imported.out, Contains("5 already present, 0 conflicts"));
    CHECK(sandbox.sql("SELECT * FROM routine_versions ORDER BY id") == versions);
}
