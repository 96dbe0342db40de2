// End-to-end: list, show and check, the commands for reading and writing routines.

#include <filesystem>

#include <algorithm>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::Sandbox;

TEST_CASE("list names every exercise and routine", "[e2e][list]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"list"});
    REQUIRE(result.exit_code == 0);
    for (const char* id : {"spine-stretch", "hip-stretch", "bottom-stretch", "leg-stretch",
                           "lower-back-stretch", "pelvic-tilts", "bridge", "bird-dog", "deep-abdominal",
                           "lower-stomach-stretch"}) {
        CHECK_THAT(result.out, Contains(id));
    }
    CHECK_THAT(result.out, Contains("lower-back              Lower back relief"));
    // From a first day's plan (15 min, as `plan` says) to the top of every range.
    CHECK_THAT(result.out,
               Contains("lower-back              Lower back relief       10 stretches, 15-21 min, daily\n"));
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("10 stretches, about 15 min."));
    // The gentle routine does not progress: its plan always asks the low ends.
    CHECK_THAT(result.out, Contains("gentle                  Gentle, for flare-ups   4 stretches, 4 min, daily\n"));
    CHECK_THAT(sandbox.run({"plan", "-r", "gentle"}).out, Contains("4 stretches, about 4 min."));
    // A list of days too long for the line breaks among the days.
    sandbox.write(".config/stretch/routines/weekdays.toml",
                  "[routine]\nname = \"Lower back, weekdays\"\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n"
                  "steps = [{ exercise = \"bridge\" }, { exercise = \"pelvic-tilts\" }]\n");
    CHECK_THAT(sandbox.run({"list"}).out,
               Contains("weekdays                Lower back, weekdays    2 stretches, 2-3 min, mon,\n"
                        "                                                  tue, wed, thu, fri\n"));
}

TEST_CASE("list keeps a long id apart from its name", "[e2e][list]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/long.toml",
                  "[exercise.a-very-long-exercise-identifier]\nname = \"Long One\"\nsummary = \"A test.\"\n"
                  "position = \"on your back\"\ntargets = [\"back\"]\nreps = [2, 4]\nsteps = [\"Lift.\"]\n"
                  "breathing = \"Breathe out.\"\n");
    const auto result = sandbox.run({"list"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("  a-very-long-exercise-identifier Long One"));
}

TEST_CASE("show prints one exercise's instructions, found by id, name or prefix", "[e2e][show]") {
    Sandbox sandbox;
    for (const char* query : {"leg-stretch", "Leg Stretch", "leg", "LEG STRETCH"}) {
        const auto result = sandbox.run({"show", query});
        INFO(query);
        REQUIRE(result.exit_code == 0);
        CHECK_THAT(result.out, StartsWith("Leg Stretch (leg-stretch)"));
        CHECK_THAT(result.out, Contains("2 x each leg, hold 20-30 s"));
        CHECK_THAT(result.out, Contains("hamstrings"));
        CHECK_THAT(result.out, Contains("towel"));
        CHECK_THAT(result.out, Contains("Breathing:"));
    }
}

TEST_CASE("show with a typo suggests the id and exits 64", "[e2e][show]") {
    Sandbox sandbox;
    const auto typo = sandbox.run({"show", "brigde"});
    CHECK(typo.exit_code == 64);
    CHECK(typo.out.empty());
    CHECK(typo.err == "stretch: error: no exercise called 'brigde'; did you mean 'bridge'?\n");
    const auto ambiguous = sandbox.run({"show", "b"});
    CHECK(ambiguous.exit_code == 64);
    CHECK_THAT(ambiguous.err, Contains("bird-dog, bottom-stretch, bridge"));
}

TEST_CASE("check passes the bundled routines and a good user file", "[e2e][check]") {
    Sandbox sandbox;
    const auto all = sandbox.run({"check"});
    CHECK(all.exit_code == 0);
    CHECK(all.out == "ok: 3 files, 10 exercises, 2 routines\n");
    const auto file = sandbox.write("draft.toml", R"(
[routine]
name = "Mornings"
days = ["mon", "thu"]
steps = [{ exercise = "bridge" }]
)");
    const auto one = sandbox.run({"check", file.string()});
    CHECK(one.exit_code == 0);
    CHECK(one.out == "ok: 1 file, 0 exercises, 1 routine\n");
}

TEST_CASE("check counts what is in use, and reads the figures of a copied exercise file", "[e2e][check]") {
    Sandbox sandbox;
    // A copy of a bundled routine replaces it: still ten exercises and two routines.
    std::filesystem::create_directories(sandbox.user_routines());
    std::filesystem::copy_file(std::filesystem::path(STRETCH_ROUTINES_SOURCE) / "lower-back.toml",
                               sandbox.user_routines() / "lower-back.toml");
    CHECK(sandbox.run({"check"}).out == "ok: 4 files, 10 exercises, 2 routines\n");
    // A copy of the exercises without their figures: check finds what a
    // printed sheet would meet, at the same line.
    std::filesystem::copy_file(std::filesystem::path(STRETCH_ROUTINES_SOURCE) / "exercises.toml",
                               sandbox.user_routines() / "exercises.toml");
    const auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 65);
    CHECK_THAT(check.err, Contains("exercise figure 'figures/spine-stretch.svg' not found"));
    const auto sheet = sandbox.run({"plan", "--format", "html"});
    CHECK(sheet.exit_code == 65);
    CHECK(sheet.err == check.err);
}

TEST_CASE("hidden files an editor leaves in the routines directory are not read", "[e2e][check]") {
    // Emacs's lock link `.#mine.toml` points nowhere: every command, pain
    // and skip included, stopped at it with exit 66 while the file was open.
    Sandbox sandbox;
    sandbox.write(sandbox.user_routines() / "mine.toml", "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n");
    std::filesystem::create_symlink("root@box.4242:1764900000", sandbox.user_routines() / ".#mine.toml");
    sandbox.write(sandbox.user_routines() / ".draft.toml", "this is not TOML");
    CHECK(sandbox.run({"check"}).exit_code == 0);
    CHECK(sandbox.run({"pain", "3"}).exit_code == 0);
    CHECK(sandbox.run({"plan", "--routine", "mine"}).exit_code == 0);
    // A dangling link under a name that is not hidden is still reported,
    // and pain and skip, the safe things on a bad day, go on with a warning.
    std::filesystem::create_symlink("nowhere.toml", sandbox.user_routines() / "gone.toml");
    const auto dangling = sandbox.run({"check"});
    CHECK(dangling.exit_code == 66);
    CHECK_THAT(dangling.err, Contains("gone.toml"));
    const auto pain = sandbox.run({"pain", "8"});
    CHECK(pain.exit_code == 0);
    CHECK_THAT(pain.err, Contains("stretch: warning:") && Contains("gone.toml"));
    CHECK(sandbox.run({"skip"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE kind = 'pain'") == "2\n");
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "1\n");
}

TEST_CASE("check reports a broken file at file:line:column with exit 65", "[e2e][check]") {
    Sandbox sandbox;
    const auto file = sandbox.write("draft.toml", R"([exercise.neck]
name = "Neck"
position = "sitting"
targets = ["neck"]
reps = "ten"
steps = ["Turn."]
breathing = "Slowly."
)");
    const auto result = sandbox.run({"check", file.string()});
    CHECK(result.exit_code == 65);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Contains(file.string() + ":5:8: exercise.neck.reps: expected an integer or "
                                                    "[low, high] from 1 to 500, got a string"));
}

TEST_CASE("check reports invalid TOML and missing files", "[e2e][check]") {
    Sandbox sandbox;
    const auto file = sandbox.write("broken.toml", "[routine\nname = 1\n");
    const auto syntax = sandbox.run({"check", file.string()});
    CHECK(syntax.exit_code == 65);
    CHECK_THAT(syntax.err, Contains("broken.toml:1:"));
    CHECK_THAT(syntax.err, Contains("not valid TOML"));
    const auto missing = sandbox.run({"check", "nope.toml"});
    CHECK(missing.exit_code == 66);
    CHECK_THAT(missing.err, Contains("nope.toml: no such file"));
}

TEST_CASE("check goes on past a broken file and lists every file's problem", "[e2e][check]") {
    Sandbox sandbox;
    const auto syntax = sandbox.write("a.toml", "[routine\nname = 1\n");
    const auto typed = sandbox.write("b.toml", "[exercise.neck]\nname = \"Neck\"\nreps = \"ten\"\nposition = \"sitting\"\n"
                                               "targets = [\"neck\"]\nsteps = [\"Turn.\"]\nbreathing = \"Slowly.\"\n");
    const auto good = sandbox.write("c.toml", R"([exercise.neck-roll]
name = "Neck roll"
position = "sitting"
targets = ["neck"]
reps = 5
steps = ["Roll."]
breathing = "Slowly."
)");
    const auto result = sandbox.run({"check", syntax.string(), good.string(), typed.string()});
    CHECK(result.exit_code == 65);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Contains("a.toml:1:") && Contains("not valid TOML"));
    CHECK_THAT(result.err, Contains("b.toml:3:8: exercise.neck.reps"));
    CHECK_THAT(result.err, Contains("stretch: error: 2 problems in the routine files (above); fix them and run "
                                    "`stretch check` again\n"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 3);  // one line each
    // One broken file is said on its own, as before.
    const auto one = sandbox.run({"check", good.string(), typed.string()});
    CHECK(one.exit_code == 65);
    CHECK_THAT(one.err, Contains("b.toml:3:8:") && !Contains("problems in"));
}

TEST_CASE("check lists an id defined twice with the other problems, and a named file of the routines once",
          "[e2e][check]") {
    Sandbox sandbox;
    const std::string routine = "[routine]\nid = \"dup\"\nname = \"D\"\ndays = \"daily\"\n"
                                "steps = [{ exercise = \"bridge\" }]\n";
    sandbox.write(sandbox.user_routines() / "d1.toml", routine);
    sandbox.write(sandbox.user_routines() / "d2.toml", routine);
    const auto blank = sandbox.write(sandbox.user_routines() / "z.toml", "[routine]\nid = \"z\"\nname = \"\"\n");
    const auto all = sandbox.run({"check"});
    CHECK(all.exit_code == 65);
    CHECK_THAT(all.err, Contains("z.toml:3:8: routine.name") && Contains("routine 'dup' is also defined in") &&
                            Contains("2 problems in the routine files"));
    // Named, a file of the routine directory is checked in its place there:
    // the id it shares with the file beside it is found, and it is read once.
    const auto shared = sandbox.run({"check", (sandbox.user_routines() / "d1.toml").string()});
    CHECK(shared.exit_code == 65);
    CHECK_THAT(shared.err, Contains("routine 'dup' is also defined in"));
    std::filesystem::remove(sandbox.user_routines() / "d2.toml");
    const auto named = sandbox.run({"check", blank.string()});
    CHECK(named.exit_code == 65);
    CHECK(named.err == "stretch: error: " + blank.string() +
                           ":3:8: routine.name: expected a non-blank string, got ''; fix it in the file\n");
    // Named twice, it is still read once: the same one line; so is a missing file.
    CHECK(sandbox.run({"check", blank.string(), blank.string()}).err == named.err);
    // Named by another path (relative to HOME, where it runs), it is still the file of the directory.
    CHECK(sandbox.run({"check", ".config/stretch/routines/z.toml"}).err == named.err);
    const auto missing = sandbox.run({"check", "nope.toml", "./nope.toml"}).err;
    const std::string once = "stretch: error: nope.toml: no such file; check the path\n";
    CHECK_THAT(missing, Contains(once) && Contains("2 problems in the routine files"));  // it, and z.toml
    CHECK(missing.find(once) == missing.rfind(once));
}

TEST_CASE("check names every id defined twice and every unknown step in one run", "[e2e][check]") {
    Sandbox sandbox;
    const std::string two = "[exercise.neck]\nname = \"Neck\"\nposition = \"sitting\"\ntargets = [\"neck\"]\n"
                            "reps = 5\nsteps = [\"Roll.\"]\nbreathing = \"Slowly.\"\n"
                            "[routine]\nid = \"dup\"\nname = \"D\"\ndays = \"daily\"\n"
                            "steps = [{ exercise = \"neck\" }]\n";
    sandbox.write(sandbox.user_routines() / "a.toml", two);
    sandbox.write(sandbox.user_routines() / "b.toml", two);
    const auto both = sandbox.run({"check"});
    CHECK(both.exit_code == 65);
    CHECK_THAT(both.err, Contains("b.toml:1:1: exercise 'neck' is also defined in") &&
                             Contains("routine 'dup' is also defined in") &&
                             Contains("2 problems in the routine files"));
    // Once each id is defined once, every step naming no exercise is said.
    std::filesystem::remove(sandbox.user_routines() / "b.toml");
    sandbox.write(sandbox.user_routines() / "c.toml",
                  "[routine]\nname = \"C\"\nsteps = [{ exercise = \"brigde\" }, { exercise = \"yoga\" }]\n");
    const auto steps = sandbox.run({"check"});
    CHECK(steps.exit_code == 65);
    CHECK_THAT(steps.err, Contains("unknown exercise 'brigde'; did you mean 'bridge'?") &&
                              Contains("unknown exercise 'yoga'") && Contains("2 problems in the routine files"));
    // Not "run `stretch list`": it fails the same way while a step names nothing.
    CHECK_THAT(steps.err, Contains("unknown exercise 'yoga'; define an exercise with that id in a routine file, or "
                                   "take the step out"));
    CHECK(sandbox.run({"list"}).exit_code == 65);
    // Both kinds in one run.
    sandbox.write(sandbox.user_routines() / "b.toml", two);
    CHECK_THAT(sandbox.run({"check"}).err, Contains("also defined in") && Contains("unknown exercise 'yoga'") &&
                                               Contains("4 problems in the routine files"));
}

TEST_CASE("check suggests the key a typo meant", "[e2e][check]") {
    Sandbox sandbox;
    const auto file = sandbox.write("draft.toml", "[routine]\nname = \"R\"\nstep = []\n");
    const auto result = sandbox.run({"check", file.string()});
    CHECK(result.exit_code == 65);
    CHECK_THAT(result.err, Contains("did you mean 'steps'?"));
}

TEST_CASE("list speaks JSON and one-record-a-line TSV for scripts and completions", "[e2e][list]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"pause", "leg", "--reason", "hurt"}).exit_code == 0);
    const auto tsv = sandbox.run({"list", "--format", "tsv"});
    REQUIRE(tsv.exit_code == 0);
    CHECK_THAT(tsv.out, Contains("exercise\tbird-dog\tBird Dog\n"));
    CHECK_THAT(tsv.out, Contains("routine\tgentle\tGentle, for flare-ups\n"));
    CHECK_THAT(tsv.out, Contains("paused\tleg-stretch\t2026-11-22\n"));
    CHECK(std::count(tsv.out.begin(), tsv.out.end(), '\n') == 13);
    const auto json = nlohmann::json::parse(sandbox.run({"list", "-f", "json"}).out);
    CHECK(json["exercises"].size() == 10);
    CHECK(json["routines"][1]["id"] == "lower-back");
    CHECK(json["routines"][1]["minutes"] == 21);
    CHECK(json["routines"][1]["minutes_low"] == 15);
    CHECK(json["paused"][0] == nlohmann::json({{"id", "leg-stretch"}, {"since", "2026-11-22"}, {"until", nullptr},
                                               {"reason", "hurt"}}));
}

TEST_CASE("the shipped binary's toml++ rejects the fuzzers' pitfall inputs with a located error", "[e2e][check]") {
    // The release build compiles toml++ into stretch (STRETCH_STATIC); these
    // are the inputs on which toml++ 3.3 built with assertions misbehaves.
    Sandbox sandbox;
    const std::pair<const char*, const char*> pitfalls[] = {
        {"at-table", "x.toml:1:2: not valid TOML"},
        {"cyrillic", "x.toml:2:7: not valid TOML"},
    };
    for (const auto& [name, message] : pitfalls) {
        INFO(name);
        const auto file = sandbox.write(
            "x.toml", stretch::testing::read_file(std::string(STRETCH_TEST_FIXTURES "/../fuzz/corpus/routine/toml-pitfall-") +
                                                  name + ".toml"));
        const auto result = sandbox.run({"check", file.string()});
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains(message));
    }
}
