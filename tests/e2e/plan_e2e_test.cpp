// End-to-end: `stretch plan` as a user and a script meet it.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

namespace {

/// Each bundled stretch: its name, its dose, and the target a first day's
/// plan shows (the low end of every range, the range after it).
struct BundledDose {
    std::string first, second, target;
};
const std::vector<BundledDose> kBundledDoses = {
    {"Spine Stretch", "6-8 reps, alternating sides", "6 reps (6-8), alternating sides"},
    {"Hip Stretch", "2 x each side, hold 20-30 s", "2 x each side, hold 20 s (20-30)"},
    {"Bottom Stretch", "2 x each side, hold 20-30 s", "2 x each side, hold 20 s (20-30)"},
    {"Leg Stretch", "2 x each leg, hold 20-30 s", "2 x each leg, hold 20 s (20-30)"},
    {"Lower Back Stretch", "6-8 reps, hold 20-30 s", "6 reps (6-8), hold 20 s (20-30)"},
    {"Pelvic Tilts", "8-12 reps", "8 reps (8-12)"},
    {"Bridge", "8-12 reps", "8 reps (8-12)"},
    {"Bird Dog", "at least 8 reps, alternating sides, hold 5-10 s",
     "at least 8 reps, alternating sides, hold 5 s (5-10)"},
    {"Deep Abdominal Stretch", "5 reps, hold 5-10 s", "5 reps, hold 5 s (5-10)"},
    {"Lower Stomach Stretch", "6-8 x each leg", "6 x each leg (6-8)"},
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("plan today prints all ten bundled stretches with their doses, in order", "[e2e][plan]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"plan", "today"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_THAT(result.out, Contains("Stretch plan for Sunday 22 November 2026"));
    CHECK_THAT(result.out, Contains("Lower back relief (lower-back)"));
    // The time is for today's targets, the low ends on a first day.
    CHECK_THAT(result.out, Contains("10 stretches, about 15 min"));
    size_t previous = 0;
    for (size_t i = 0; i < kBundledDoses.size(); ++i) {
        const auto& [name, range, dose] = kBundledDoses[i];
        const std::string title = "[ ] " + std::to_string(i + 1) + ". " + name;
        const size_t at = result.out.find(title);
        INFO(title);
        REQUIRE(at != std::string::npos);
        CHECK(at > previous);
        const std::string line = result.out.substr(at, result.out.find('\n', at) - at);
        CHECK_THAT(line, Contains(dose));
        previous = at;
    }
}

TEST_CASE("the printed plan fits 80 columns and has no colour codes off a terminal", "[e2e][plan]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"plan"});
    REQUIRE(result.exit_code == 0);
    for (const auto& line : lines_of(result.out)) {
        INFO(line);
        CHECK(line.size() <= 80);
    }
    CHECK(result.out.find('\x1b') == std::string::npos);
}

TEST_CASE("the printed plan has pain blanks, steps, breathing, cautions and the safety footer",
          "[e2e][plan]") {
    Sandbox sandbox;
    const auto out = sandbox.run({"plan"}).out;
    CHECK_THAT(out, Contains("Pain before (0-10): ____"));
    CHECK_THAT(out, Contains("Pain after (0-10): ____"));
    CHECK_THAT(out, Contains("Position:"));
    CHECK_THAT(out, Contains("Steps:     1."));
    CHECK_THAT(out, Contains("Breathing:"));
    CHECK_THAT(out, Contains("Caution:"));
    CHECK_THAT(out, Contains("You need:  towel"));
    CHECK_THAT(out, Contains("physical therapist"));
    CHECK_THAT(out, Contains("stop any stretch that hurts"));
}

TEST_CASE("plan accepts the WHEN words and looks ahead for a weekday", "[e2e][plan]") {
    Sandbox sandbox;  // Sunday 2026-11-22
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out, Contains("Monday 23 November 2026"));
    CHECK_THAT(sandbox.run({"plan", "yesterday"}).out, Contains("Saturday 21 November 2026"));
    CHECK_THAT(sandbox.run({"plan", "2027-01-05"}).out, Contains("Tuesday 5 January 2027"));
    CHECK_THAT(sandbox.run({"plan", "wed"}).out, Contains("Wednesday 25 November 2026"));
    CHECK_THAT(sandbox.run({"plan", "sunday"}).out, Contains("Sunday 22 November 2026"));
    const auto bad = sandbox.run({"plan", "someday"});
    CHECK(bad.exit_code == 64);
    CHECK_THAT(bad.err, Contains("stretch: error: 'someday' is not a day"));
    CHECK(bad.out.empty());
}

TEST_CASE("plan --format json carries the same facts", "[e2e][plan][json]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"plan", "--format", "json"});
    REQUIRE(result.exit_code == 0);
    const auto plan = nlohmann::json::parse(result.out);
    CHECK(plan["date"] == "2026-11-22");
    CHECK(plan["weekday"] == "sun");
    CHECK(plan["scheduled"] == true);
    CHECK(plan["estimated_minutes"] == 15);
    CHECK(plan["routine"]["id"] == "lower-back");
    CHECK(plan["routine"]["daily"] == true);
    REQUIRE(plan["stretches"].size() == 10);
    for (size_t i = 0; i < kBundledDoses.size(); ++i) {
        const auto& stretch = plan["stretches"][i];
        CHECK(stretch["order"] == i + 1);
        CHECK(stretch["name"] == kBundledDoses[i].first);
        CHECK(stretch["dose"] == kBundledDoses[i].second);
        CHECK(stretch["target"]["dose"] == kBundledDoses[i].target);
        CHECK(stretch["done"] == false);
        CHECK_FALSE(stretch["steps"].empty());
        CHECK_FALSE(stretch["breathing"].get<std::string>().empty());
        CHECK_FALSE(stretch["position"].get<std::string>().empty());
    }
    const auto& hip = plan["stretches"][1];
    CHECK(hip["id"] == "hip-stretch");
    CHECK(hip["reps"] == nlohmann::json({{"min", 2}, {"max", 2}}));
    CHECK(hip["hold_seconds"] == nlohmann::json({{"min", 20}, {"max", 30}}));
    CHECK(hip["sides"] == "each");
    CHECK(plan["stretches"][0]["hold_seconds"].is_null());
    CHECK(plan["stretches"][7]["reps_at_least"] == true);
    CHECK(plan["stretches"][3]["equipment"] == nlohmann::json({"towel"}));
}

TEST_CASE("a routine on chosen weekdays gives an empty plan on other days, saying so", "[e2e][plan]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/short.toml", R"(
[routine]
name = "Short"
days = ["mon", "wed", "fri"]
steps = [{ exercise = "bridge", reps = 10 }, { exercise = "bird-dog" }]
)");
    const auto sunday = sandbox.run({"plan", "--routine", "short"});
    REQUIRE(sunday.exit_code == 0);
    CHECK_THAT(sunday.out, Contains("Nothing is scheduled"));
    CHECK_THAT(sunday.out, Contains("mon, wed, fri"));
    CHECK(sunday.out.find("[ ]") == std::string::npos);

    const auto json = nlohmann::json::parse(sandbox.run({"plan", "--routine", "short", "--format", "json"}).out);
    CHECK(json["scheduled"] == false);
    CHECK(json["stretches"].empty());

    const auto monday = sandbox.run({"plan", "mon", "--routine", "short"});
    CHECK_THAT(monday.out, Contains("[ ] 1. Bridge"));
    CHECK_THAT(monday.out, Contains("10 reps"));
    CHECK_THAT(monday.out, Contains("[ ] 2. Bird Dog"));
}

TEST_CASE("a user routine with a bundled id replaces the bundled one", "[e2e][plan]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/mine.toml", R"(
[routine]
id = "lower-back"
name = "My gentler week"
steps = [{ exercise = "spine-stretch" }, { exercise = "pelvic-tilts", reps = 6 }]
)");
    const auto result = sandbox.run({"plan"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("My gentler week (lower-back)"));
    CHECK_THAT(result.out, Contains("2 stretches"));
    CHECK_THAT(result.out, Contains("6 reps"));
    CHECK(result.out.find("Bridge") == std::string::npos);
}

TEST_CASE("a user exercise with a bundled id replaces the bundled one", "[e2e][plan]") {
    Sandbox sandbox;
    sandbox.write("elsewhere/bridge.toml", R"(
[exercise.bridge]
name = "Half Bridge"
position = "on your back"
targets = ["glutes"]
reps = 4
steps = ["Lift a little."]
breathing = "Breathe out as you lift."
)");
    sandbox.env["STRETCH_ROUTINES"] = (sandbox.home() / "elsewhere").string();
    const auto result = sandbox.run({"plan"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("7. Half Bridge"));
    CHECK_THAT(result.out, Contains("4 reps"));
}

TEST_CASE("a broken user routine stops plan with its location and exit 65", "[e2e][plan]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/bad.toml", "[routine]\nname = \"Bad\"\nsteps = [{ exercise = \"bridg\" }]\n");
    const auto result = sandbox.run({"plan"});
    CHECK(result.exit_code == 65);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Contains("bad.toml:3:"));
    CHECK_THAT(result.err, Contains("unknown exercise 'bridg'"));
    CHECK_THAT(result.err, Contains("did you mean 'bridge'?"));
}

TEST_CASE("a --routines directory that does not exist is exit 66", "[e2e][plan]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"--routines", "/nonexistent/routines", "plan"});
    CHECK(result.exit_code == 66);
    CHECK_THAT(result.err, Contains("/nonexistent/routines: no such routines directory; create it or name another "
                                    "with --routines\n"));
    // Named by the environment, the fix is there.
    sandbox.env["STRETCH_ROUTINES"] = "/nonexistent/routines";
    const auto from_environment = sandbox.run({"status"});
    CHECK(from_environment.exit_code == 66);
    CHECK_THAT(from_environment.err, Contains("create it or name another in STRETCH_ROUTINES, or unset it\n"));
}

TEST_CASE("plan creates no log: all it leaves in HOME is its cache of the routine files", "[e2e][plan]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"plan"}).exit_code == 0);
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(sandbox.home()))
        if (!entry.is_directory()) files.push_back(std::filesystem::relative(entry.path(), sandbox.home()).string());
    CHECK(files == std::vector<std::string>{".cache/stretch/catalog"});
}

TEST_CASE("a long exercise name wraps and the plan still fits 80 columns", "[e2e][plan]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/long.toml", R"(
[exercise.long]
name = "A very long exercise name that someone wrote for their own routine file, on purpose"
position = "on your back"
targets = ["back"]
reps = [8, 12]
hold = [20, 30]
sides = "each"
steps = ["Do it."]
breathing = "Breathe."

[routine]
name = "Long"
steps = [{ exercise = "long" }]
)");
    const auto result = sandbox.run({"plan", "--routine", "long"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("[ ] 1. A very long exercise name"));
    CHECK_THAT(result.out, Contains("\n    8 x each side (8-12), hold 20 s (20-30)\n"));
    // The week's grid and `show` wrap it too: the grid's boxes go under it.
    const auto week = sandbox.run({"plan", "--week", "--routine", "long"});
    CHECK_THAT(week.out, Contains("\n1. A very long exercise name that someone wrote for their own routine file, on\n"
                                  "purpose\n                                [ ]   [ ]"));
    const auto show = sandbox.run({"show", "long"});
    CHECK(show.out.rfind("A very long exercise name that someone wrote for their own routine file, on\n"
                         "purpose (long)\n", 0) == 0);
    for (const auto& out : {result.out, week.out, show.out}) {
        for (const auto& line : lines_of(out)) {
            INFO(line);
            CHECK(line.size() <= 80);
        }
    }
}

TEST_CASE("plan --format markdown carries the plan, with everything from the files escaped", "[e2e][plan]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bird-dog", "--reason", "sore *knee*"}).exit_code == 0);
    const auto result = sandbox.run({"plan", "--format", "markdown"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.rfind("# Stretch plan for Sunday 22 November 2026\n", 0) == 0);
    CHECK_THAT(result.out, Contains("## 1. Spine Stretch: 6 reps \\(6\\-8\\), alternating sides\n"));
    CHECK_THAT(result.out, Contains("## 7. Bridge: 8 reps \\(8\\-12\\)\n\n- [x] done\n"));
    size_t boxes = 0;
    for (size_t at = 0; (at = result.out.find("- [ ] done\n", at)) != std::string::npos; ++at) ++boxes;
    CHECK(boxes == 8);  // nine due, bridge done
    CHECK_THAT(result.out, Contains("- Bird Dog: paused since Sunday 22 November 2026 (sore \\*knee\\*)"));
    CHECK_THAT(result.out, Contains("- numbness or tingling around your genitals or buttocks\n"));

    sandbox.write(".config/stretch/routines/odd.toml",
                  "[routine]\nname = \"<script>alert(1)</script> *big*\"\nsteps = [{ exercise = \"bridge\" }]\n");
    const auto odd = sandbox.run({"plan", "--routine", "odd", "--format", "markdown"});
    CHECK_THAT(odd.out, Contains("Routine: **\\<script\\>alert\\(1\\)\\</script\\> \\*big\\***"));
}

TEST_CASE("a week sheet shows a past day before the log began with no boxes, a day missed after it with boxes",
          "[e2e][plan]") {
    Sandbox sandbox("2026-03-02T08:00:00");
    REQUIRE(sandbox.run({"log", "--all", "-q"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-05T09:00:00";
    const auto week = sandbox.run({"plan", "--week", "2026-03-01"});
    REQUIRE(week.exit_code == 0);
    //                                 Sun 1  Mon 2  Tue 3 (missed) ...
    CHECK_THAT(week.out, Contains("\n1. Spine Stretch                 -    [x]   [ ]   [ ]   [ ]   [ ]   [ ]\n"));
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--since", "2026-03-01", "-f", "json"}).out);
    CHECK(report["days"][0]["status"] == "not-started");
}

TEST_CASE("a past day's plan before the log began says nothing was asked of it, as the week sheet's \"-\" does",
          "[e2e][plan]") {
    Sandbox sandbox("2026-03-02T08:00:00");
    REQUIRE(sandbox.run({"log", "--all", "-q"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-03-05T09:00:00";
    const std::string sentence = "Your log had not begun by this day, so nothing was asked of it and it is not missed.";
    const auto before = sandbox.run({"plan", "2026-03-01"});
    REQUIRE(before.exit_code == 0);
    CHECK_THAT(before.out, Contains("Your log had not begun by this day, so nothing was asked of it and it is not\n"
                                    "missed.\n"));
    CHECK_THAT(before.out, Contains("[ ] 1. Spine Stretch"));  // still there, to log it after the fact
    CHECK_THAT(sandbox.run({"plan", "2026-03-01", "-f", "markdown"}).out,
               Contains("Your log had not begun by this day, so nothing was asked of it and it is not missed\\."));
    CHECK_THAT(sandbox.run({"plan", "2026-03-01", "-f", "html"}).out, Contains(sentence));
    const auto json = nlohmann::json::parse(sandbox.run({"plan", "2026-03-01", "-f", "json"}).out);
    CHECK(json["status"] == "not-started");
    CHECK(json["remaining"] == 0);  // as for a gentle or rested day: nothing was asked
    CHECK(json["remaining_minutes"] == 0);
    // A day missed after the log began is missed: nothing excuses it.
    const auto missed = sandbox.run({"plan", "2026-03-03"});
    REQUIRE(missed.exit_code == 0);
    CHECK(missed.out.find("not begun") == std::string::npos);
    CHECK(missed.out.find("not missed") == std::string::npos);
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "2026-03-03", "-f", "json"}).out)["remaining"] == 10);
}
