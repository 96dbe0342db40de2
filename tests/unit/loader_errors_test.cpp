// Loader errors: TOML syntax, value types, bounds, missing keys.
#include <catch2/catch.hpp>

#include "routines/loader.h"
#include "unit/loader_fixtures.h"

using namespace stretch;
using namespace loader_fixtures;
using Catch::Matchers::Contains;

TEST_CASE("the base texts of these tests are valid", "[loader][errors]") {
    CHECK(parse_routine_file(kBridge, "mine.toml").exercises.size() == 1);
    CHECK(parse_routine_file(kRoutine, "mine.toml").routine.has_value());
    CHECK(parse_routine_file(bridge_with("hold", "hold = [5, 10]"), "mine.toml").exercises.at(0).dose.hold);
}

TEST_CASE("invalid TOML is reported at its line and column", "[loader][errors]") {
    const auto error = error_in("# c\n[exercise.bridge]\nname = \"Bridge\"\nreps = = 5\n");
    CHECK(error.line() == 4);
    CHECK(error.column() == 8);
    CHECK_THAT(error.what(), Contains("mine.toml:4:8: not valid TOML"));

    const auto unclosed = error_in("[routine]\nname = \"x\"\nsteps = [\n");
    CHECK(unclosed.line() >= 3);
    CHECK_THAT(unclosed.what(), Contains("mine.toml:") && Contains("not valid TOML"));

    const auto duplicate = error_in("[exercise.bridge]\nname = \"a\"\nname = \"b\"\n");
    CHECK(duplicate.line() == 3);
    CHECK_THAT(duplicate.what(), Contains("not valid TOML"));
}

TEST_CASE("a string left open is said as a missing quote, not as a control character", "[loader][errors]") {
    // Cut at the line break (LF or CRLF), or at the end of the file.
    for (const std::string text : {"[routine]\nname = \"Mine\nsteps = []\n", "[routine]\r\nname = \"Mine\r\nsteps = []\r\n",
                                   "[routine]\nname = \"Mine"}) {
        INFO(text);
        const auto error = error_in(text);
        CHECK(error.line() == 2);
        CHECK_THAT(error.what(), Contains("not valid TOML: a string runs to the end of its line"));
        CHECK_THAT(error.hint(), Contains("close it with its quote on the same line"));
    }
    // A literal string too, and a string over several lines never closed.
    CHECK_THAT(error_in("[routine]\nname = 'Mine\nsteps = []\n").what(), Contains("runs to the end of its line"));
    for (const std::string text : {"[routine]\nname = \"\"\"Mine\nsteps = []\n", "[routine]\nname = '''Mine\n"}) {
        INFO(text);
        const auto error = error_in(text);
        CHECK_THAT(error.what(), Contains("not valid TOML: a string over several lines is never closed"));
        CHECK_THAT(error.hint(), Contains("end it with the three quotes that start it"));
    }
    // A real control character in a string is still called one.
    CHECK_THAT(error_in("[routine]\nname = \"Mi\x01ne\"\n").what(), Contains("unescaped control characters"));
}

TEST_CASE("a value of the wrong type is reported where it is written", "[loader][errors]") {
    const Case c = GENERATE(values<Case>({
        {"reps", "reps = \"ten\"", 6, 8, "exercise.bridge.reps", "expected an integer or [low, high] from 1 to 500, got a string"},
        {"reps", "reps = 2.5", 6, 8, "exercise.bridge.reps", "got a float"},
        {"reps", "reps = [8]", 6, 8, "exercise.bridge.reps", "expected an integer or [low, high]"},
        {"reps", "reps = [8, \"12\"]", 6, 8, "exercise.bridge.reps", "expected an integer or [low, high]"},
        {"name", "name = 3", 3, 8, "exercise.bridge.name", "expected a string, got an integer"},
        {"name", "name = \"\"", 3, 8, "exercise.bridge.name", "expected a non-"},
        {"position", "position = \"   \"", 4, 12, "exercise.bridge.position", "expected a non-"},
        {"targets", "targets = \"x\"", 5, 11, "exercise.bridge.targets", "expected an array of strings, got a string"},
        {"steps", "steps = [1]", 7, 10, "exercise.bridge.steps", "got an integer"},
        {"cautions", "cautions = [\"ok\", 5]", 9, 19, "exercise.bridge.cautions", "got an integer"},
        {"cautions", "cautions = [\"ok\", \" \"]", 9, 19, "exercise.bridge.cautions", "expected"},
        {"equipment", "equipment = \"towel\"", 9, 13, "exercise.bridge.equipment", "an array of strings, got a string"},
        {"hold", "hold = [\"20\", \"30\"]", 9, 8, "exercise.bridge.hold", "expected an integer or [low, high] from 1 to 600"},
        {"hold", "hold = \"20\"", 9, 8, "exercise.bridge.hold", "got a string"},
        {"reps_at_least", "reps_at_least = \"yes\"", 9, 17, "exercise.bridge.reps_at_least", "expected true or false, got a string"},
        {"sides", "sides = 2", 9, 9, "exercise.bridge.sides", "expected a string, got an integer"},
    }));
    INFO(c.line);
    check(error_in(bridge_with(c.key, c.line)), c);
}

TEST_CASE("a range with low > high", "[loader][errors]") {
    check(error_in(bridge_with("reps", "reps = [12, 8]")),
          {"", "", 6, 8, "exercise.bridge.reps", "from 1 to 500 with low <= high"});
    check(error_in(bridge_with("hold", "hold = [30, 20]")),
          {"", "", 9, 8, "exercise.bridge.hold", "from 1 to 600 with low <= high"});
}

TEST_CASE("out-of-range numbers in [low, high] form", "[loader][errors]") {
    check(error_in(bridge_with("reps", "reps = [0, 5]")),
          {"", "", 6, 8, "exercise.bridge.reps", "from 1 to 500 with low <= high"});
    check(error_in(bridge_with("hold", "hold = [1, 100000]")),
          {"", "", 9, 8, "exercise.bridge.hold", "from 1 to 600 with low <= high"});
}

TEST_CASE("out-of-range single numbers are reported at the value", "[loader][errors]") {
    const auto reps = error_in(bridge_with("reps", "reps = 0"));
    check(reps, {"", "", 6, 8, "exercise.bridge.reps", "expected an integer or [low, high] from 1 to 500"});
    CHECK_THAT(reps.what(), Contains("got 0"));
    const auto hold = error_in(bridge_with("hold", "hold = 100000"));
    check(hold, {"", "", 9, 8, "exercise.bridge.hold", "expected an integer or [low, high] from 1 to 600"});
    CHECK_THAT(hold.what(), Contains("got 100000"));
    CHECK_THAT(error_in(bridge_with("reps", "reps = 501")).what(), Contains("got 501"));
    CHECK_THAT(error_in(bridge_with("reps", "reps = -3")).what(), Contains("got -3"));
    // The bounds themselves are allowed.
    const auto edges = parse_routine_file(bridge_with("reps", "reps = [1, 500]\nhold = [1, 600]"), "mine.toml");
    CHECK(edges.exercises.at(0).dose.reps == Range{1, 500});
    CHECK(*edges.exercises.at(0).dose.hold == Range{1, 600});
}

TEST_CASE("out-of-range step overrides are reported at the value", "[loader][errors]") {
    check(error_in(routine_step("  { exercise = \"bridge\", reps = 0 },")),
          {"", "", 6, 33, "routine.steps.reps", "expected an integer from 1 to 500, got 0"});
    check(error_in(routine_step("  { exercise = \"bridge\", reps = 501 },")),
          {"", "", 6, 33, "routine.steps.reps", "expected an integer from 1 to 500, got 501"});
    check(error_in(routine_step("  { exercise = \"bridge\", hold = 100000 },")),
          {"", "", 6, 33, "routine.steps.hold", "expected an integer from 1 to 600, got 100000"});
    check(error_in(routine_step("  { exercise = \"bridge\", reps = \"5\" },")),
          {"", "", 6, 33, "routine.steps.reps", "expected an integer from 1 to 500, got a string"});
}

TEST_CASE("a missing required exercise key is reported at the table", "[loader][errors]") {
    const std::string key = GENERATE(as<std::string>{}, "name", "position", "targets", "reps", "steps", "breathing");
    INFO(key);
    const auto error = error_in(bridge_with(key, ""));
    check(error, {"", "", 2, 1, "exercise.bridge." + key, "missing; expected"});
}

TEST_CASE("several missing exercise keys are named together, at the table, in one run", "[loader][errors]") {
    const auto error = error_in("# mine\n[exercise.knee-hug]\nname = \"Knee Hug\"\nreps = 5\n");
    check(error, {"", "", 2, 1, "exercise.knee-hug", "missing position, targets, steps and breathing"});
    CHECK(error.hint() == "add them to the table; man 5 stretch-routines says what each holds");
    CHECK_THAT(error_in("[exercise.knee-hug]\nname = \"K\"\nposition = \"p\"\nreps = 5\nsteps = [\"s\"]\n").what(),
               Contains("exercise.knee-hug: missing targets and breathing"));
    check(error_in("# mine\n[routine]\nid = \"mine\"\n"), {"", "", 2, 1, "routine", "missing name and steps"});
}

TEST_CASE("a missing required routine key is reported at the table", "[loader][errors]") {
    check(error_in(routine_with("name", "")), {"", "", 2, 1, "routine.name", "missing; expected a string"});
    check(error_in("# routine\n[routine]\nname = \"Evening\"\n"),
          {"", "", 2, 1, "routine.steps", "missing; expected an array of tables"});
    check(error_in(routine_step("  { reps = 5 },")),
          {"", "", 6, 3, "routine.steps.exercise", "missing; expected a string"});
}
