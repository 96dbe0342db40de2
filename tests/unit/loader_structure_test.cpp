// Loader errors: unknown keys, tables, sides, days, steps and ids.
#include <catch2/catch.hpp>

#include "routines/loader.h"
#include "unit/loader_fixtures.h"

using namespace stretch;
using namespace loader_fixtures;
using Catch::Matchers::Contains;

TEST_CASE("routine values of the wrong type", "[loader][errors]") {
    const Case c = GENERATE(values<Case>({
        {"name", "name = 3", 3, 8, "routine.name", "expected a string, got an integer"},
        {"days", "days = 5", 4, 8, "routine.days", "\"daily\" or an array of weekdays"},
        {"description", "description = []", 8, 15, "routine.description", "expected a string, got an array"},
        {"steps", "steps = \"bridge\"", 5, 9, "routine.steps", "got a string"},
    }));
    INFO(c.line);
    // "steps = ..." replaces only the opening line, so drop the rest of the array.
    std::string text = routine_with(c.key, c.line);
    if (c.key == "steps") text = "# routine\n[routine]\nname = \"Evening\"\ndays = \"daily\"\n" + c.line + "\n";
    check(error_in(text), c);

    const Case element{"", "", 6, 3, "routine.steps", "tables like { exercise = \"bridge\" }, got a string"};
    check(error_in(routine_step("  \"bridge\",")), element);
}

TEST_CASE("an unknown key suggests the closest known one", "[loader][errors]") {
    SECTION("exercise") {
        const auto error = error_in(bridge_with("hodl", "hodl = 5"));
        check(error, {"", "", 9, 1, "exercise.bridge.hodl", "unknown key"});
        CHECK(error.hint() == "did you mean 'hold'?");
        CHECK(error_in(bridge_with("sidelabel", "sidelabel = \"leg\"")).hint() == "did you mean 'side_label'?");
        CHECK(error_in(bridge_with("caution", "caution = [\"x\"]")).hint() == "did you mean 'cautions'?");
    }
    SECTION("a misspelt required key is reported as unknown, not as missing") {
        const auto error = error_in(bridge_with("reps", "rep = 5"));
        check(error, {"", "", 6, 1, "exercise.bridge.rep", "unknown key"});
        CHECK(error.hint() == "did you mean 'reps'?");
        const auto breath = error_in(bridge_with("breathing", "breathng = \"x\""));
        check(breath, {"", "", 8, 1, "exercise.bridge.breathng", "unknown key"});
        CHECK(breath.hint() == "did you mean 'breathing'?");
        const auto step = error_in(routine_step("  { exercize = \"bridge\" },"));
        check(step, {"", "", 6, 5, "routine.steps.exercize", "unknown key"});
        CHECK(step.hint() == "did you mean 'exercise'?");
    }
    SECTION("routine step") {
        const auto error = error_in(routine_step("  { exercise = \"bridge\", rep = 5 },"));
        check(error, {"", "", 6, 26, "routine.steps.rep", "unknown key"});
        CHECK(error.hint() == "did you mean 'reps'?");
    }
    SECTION("routine") {
        const auto error = error_in(routine_with("descripton", "descripton = \"x\""));
        check(error, {"", "", 8, 1, "routine.descripton", "unknown key"});
        CHECK(error.hint() == "did you mean 'description'?");
    }
    SECTION("nothing near") {
        const auto error = error_in(bridge_with("colour", "colour = \"red\""));
        check(error, {"", "", 9, 1, "exercise.bridge.colour", "unknown key"});
        CHECK_THAT(error.hint(), !Contains("did you mean"));
    }
}

TEST_CASE("an unknown top-level key", "[loader][errors]") {
    const auto routines = error_in("# c\n[routines]\nname = \"x\"\n");
    CHECK(routines.line() == 2);
    CHECK(routines.column() == 1);
    CHECK_THAT(routines.what(), Contains("mine.toml:2:1: routines: unknown top-level key"));
    CHECK(routines.hint() == "did you mean 'routine'?");

    CHECK(error_in("[exercises.bridge]\nname = \"x\"\n").hint() == "did you mean 'exercise'?");

    const auto title = error_in("# c\ntitle = \"x\"\n");
    CHECK(title.line() == 2);
    CHECK_THAT(title.what(), Contains("title: unknown top-level key"));
    CHECK_THAT(title.hint(), Contains("[exercise.<id>]") && Contains("[routine]"));
}

TEST_CASE("exercise and routine must be tables", "[loader][errors]") {
    const auto exercise = error_in("exercise = 5\n");
    CHECK(exercise.line() == 1);
    CHECK_THAT(exercise.what(), Contains("exercise: expected a table"));
    const auto routine = error_in("routine = \"x\"\n");
    CHECK_THAT(routine.what(), Contains("routine: expected a table, got a string"));
    const auto one = error_in("[exercise]\nbridge = 3\n");
    CHECK(one.line() == 2);
    CHECK(one.column() == 10);
    CHECK_THAT(one.what(), Contains("exercise.bridge: expected a table, got an integer"));
}

TEST_CASE("a bad sides value", "[loader][errors]") {
    check(error_in(bridge_with("sides", "sides = \"both\"")),
          {"", "", 9, 9, "exercise.bridge.sides", "expected \"none\", \"each\" or \"alternate\""});
    CHECK_THROWS_AS(parse_routine_file(bridge_with("sides", "sides = \"Each\""), "mine.toml"), RoutineError);
}

TEST_CASE("a bad days value", "[loader][errors]") {
    check(error_in(routine_with("days", "days = [\"mon\", \"funday\"]")),
          {"", "", 4, 16, "routine.days", "mon, tue, wed, thu, fri, sat, sun"});
    CHECK_THAT(error_in(routine_with("days", "days = [\"mon\", \"funday\"]")).what(), Contains("funday"));
    check(error_in(routine_with("days", "days = [\"mo\"]")), {"", "", 4, 9, "routine.days", "a weekday"});
    check(error_in(routine_with("days", "days = [1]")), {"", "", 4, 9, "routine.days", "a weekday"});
    check(error_in(routine_with("days", "days = \"weekly\"")),
          {"", "", 4, 8, "routine.days", "\"daily\" or an array of weekdays"});
    check(error_in(routine_with("days", "days = []")),
          {"", "", 4, 8, "routine.days", "\"daily\" or an array of weekdays"});
}

TEST_CASE("empty steps", "[loader][errors]") {
    check(error_in(bridge_with("steps", "steps = []")), {"", "", 7, 9, "exercise.bridge.steps", "at least one string"});
    check(error_in("# routine\n[routine]\nname = \"Evening\"\ndays = \"daily\"\nsteps = []\n"),
          {"", "", 5, 9, "routine.steps", "expected at least one"});
    check(error_in(bridge_with("targets", "targets = []")), {"", "", 5, 11, "exercise.bridge.targets", "at least one string"});
}

TEST_CASE("a stretch listed twice in a routine", "[loader][errors]") {
    // A day counts a stretch done once it is logged, so the second step
    // could never be asked for: the counts said "1 of 3 left" with none.
    const auto error = error_in("# routine\n[routine]\nname = \"Evening\"\ndays = \"daily\"\n"
                                "steps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" },\n"
                                "         { exercise = \"bridge\", reps = 3 }]\n");
    check(error, {"", "", 6, 23, "routine.steps[3].exercise", "'bridge' is already step 1"});
    CHECK(error.hint() == "list each stretch once");
}

TEST_CASE("invalid ids", "[loader][errors]") {
    const std::string id = GENERATE(as<std::string>{}, "Bridge", "hip--stretch", "-bridge", "bridge-", "hip_stretch");
    INFO(id);
    const auto error = error_in("# c\n[exercise." + id + "]\nname = \"x\"\n");
    CHECK(error.line() == 2);
    CHECK(error.column() == 1);
    CHECK_THAT(error.what(), Contains("exercise." + id + ": the id must be lower-case letters, digits and single hyphens"));
}

TEST_CASE("an invalid routine id, from the file name or written out", "[loader][errors]") {
    // From the file name: reported where the routine table starts.
    const auto stem = error_in(kRoutine, "dir/My Routine.toml");
    CHECK(stem.line() == 2);
    CHECK(stem.column() == 1);
    CHECK_THAT(stem.what(), Contains("dir/My Routine.toml:2:1: routine") && Contains("'My Routine'") &&
                                Contains("lower-case letters, digits and single hyphens"));

    // Written out: reported at the value.
    const auto written = error_in(routine_with("id", "id = \"Lower_Back\""));
    CHECK(written.line() == 8);
    CHECK(written.column() == 6);
    CHECK_THAT(written.what(), Contains("routine.id") && Contains("'Lower_Back'") &&
                                   Contains("lower-case letters, digits and single hyphens"));

    // A valid written id rescues a file name that would not be one.
    const auto ok = parse_routine_file(routine_with("id", "id = \"a2-b\""), "My Routine.toml");
    CHECK(ok.routine->id == "a2-b");
}
