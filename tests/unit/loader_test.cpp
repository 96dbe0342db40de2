#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "routines/loader.h"
#include "unit/test_helpers.h"

using namespace stretch;
using Catch::Matchers::Contains;

namespace {

const Exercise& find(const RoutineFile& file, const std::string& id) {
    for (const auto& exercise : file.exercises)
        if (exercise.id == id) return exercise;
    FAIL("no exercise '" << id << "' in " << file.path);
    throw std::logic_error("unreachable");
}

// Line numbers matter: the routine's steps are on lines 40 to 42.
constexpr const char* kEvening = R"(# Two exercises and a routine.
[exercise.bridge]
name = "Bridge"
summary = "A gentle hip lift."
position = "on your back, knees bent"
targets = ["lower back", "glutes"]
reps = [8, 12]
steps = ["Lift your hips.", "Lower them slowly."]
breathing = "Breathe out as you lift."
cautions = ["Stop if it hurts.", "Go gently."]

[exercise.leg-stretch]
name = "Leg Stretch"
position = "on your back"
targets = ["hamstrings"]
reps = 2
hold = [20, 30]
sides = "each"
side_label = "leg"
equipment = ["towel"]
steps = ["Straighten the leg."]
breathing = "Slowly."

[exercise.bird-dog]
name = "Bird Dog"
position = "on all fours"
targets = ["lower back"]
reps = 8
reps_at_least = true
hold = 5
sides = "alternate"
steps = ["Reach out."]
breathing = "Evenly."

[routine]
name = "Evening"
description = "Three gentle ones."
days = ["mon", "wed", "fri"]
steps = [
  { exercise = "bridge", reps = 5 },
  { exercise = "leg-stretch", hold = 15 },
  { exercise = "bird-dog" },
]
)";

RoutineFile exercises_only(const std::string& path, const std::string& id, const std::string& name) {
    return parse_routine_file("[exercise." + id + "]\nname = \"" + name +
                                  "\"\nposition = \"p\"\ntargets = [\"t\"]\nreps = 3\n"
                                  "steps = [\"s\"]\nbreathing = \"b\"\n",
                              path);
}

RoutineFile routine_only(const std::string& path, const std::string& body) {
    return parse_routine_file("[routine]\n" + body, path);
}

std::filesystem::path fresh_directory() {
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("stretch-unit-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return dir;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("parse_routine_file: every exercise field lands in the struct", "[loader]") {
    const RoutineFile file = parse_routine_file(kEvening, "dir/evening.toml");
    CHECK(file.path == std::filesystem::path("dir/evening.toml"));
    REQUIRE(file.exercises.size() == 3);

    const Exercise& bridge = find(file, "bridge");
    CHECK(bridge.name == "Bridge");
    CHECK(bridge.summary == "A gentle hip lift.");
    CHECK(bridge.position == "on your back, knees bent");
    CHECK(bridge.targets == std::vector<std::string>{"lower back", "glutes"});
    CHECK(bridge.dose.reps == Range{8, 12});
    CHECK_FALSE(bridge.dose.reps_at_least);
    CHECK_FALSE(bridge.dose.hold.has_value());
    CHECK(bridge.dose.sides == Sides::none);
    CHECK(bridge.dose.side_label == "side");
    CHECK(bridge.equipment.empty());
    CHECK(bridge.steps == std::vector<std::string>{"Lift your hips.", "Lower them slowly."});
    CHECK(bridge.breathing == "Breathe out as you lift.");
    CHECK(bridge.cautions == std::vector<std::string>{"Stop if it hurts.", "Go gently."});
    CHECK(bridge.source == std::filesystem::path("dir/evening.toml"));

    const Exercise& leg = find(file, "leg-stretch");
    CHECK(leg.summary.empty());
    CHECK(leg.dose.reps == Range{2, 2});
    REQUIRE(leg.dose.hold.has_value());
    CHECK(*leg.dose.hold == Range{20, 30});
    CHECK(leg.dose.sides == Sides::each);
    CHECK(leg.dose.side_label == "leg");
    CHECK(leg.equipment == std::vector<std::string>{"towel"});
    CHECK(leg.cautions.empty());
    CHECK(describe(leg.dose) == "2 x each leg, hold 20-30 s");

    const Exercise& bird = find(file, "bird-dog");
    CHECK(bird.dose.reps == Range{8, 8});
    CHECK(bird.dose.reps_at_least);
    REQUIRE(bird.dose.hold.has_value());
    CHECK(*bird.dose.hold == Range{5, 5});
    CHECK(bird.dose.sides == Sides::alternate);
    CHECK(describe(bird.dose) == "at least 8 reps, alternating sides, hold 5 s");
}

TEST_CASE("parse_routine_file: the routine, its days and step overrides", "[loader]") {
    const RoutineFile file = parse_routine_file(kEvening, "dir/evening.toml");
    REQUIRE(file.routine.has_value());
    const Routine& routine = *file.routine;
    CHECK(routine.id == "evening");  // the file stem
    CHECK(routine.name == "Evening");
    CHECK(routine.description == "Three gentle ones.");
    CHECK(routine.source == std::filesystem::path("dir/evening.toml"));
    CHECK(routine.days.weekdays == std::array<bool, 7>{true, false, true, false, true, false, false});
    CHECK(routine.days.describe() == "mon, wed, fri");

    REQUIRE(routine.steps.size() == 3);
    CHECK(routine.steps[0].exercise_id == "bridge");
    CHECK(routine.steps[0].reps == 5);
    CHECK_FALSE(routine.steps[0].hold_seconds.has_value());
    CHECK(routine.steps[1].exercise_id == "leg-stretch");
    CHECK_FALSE(routine.steps[1].reps.has_value());
    CHECK(routine.steps[1].hold_seconds == 15);
    CHECK(routine.steps[2].exercise_id == "bird-dog");
    CHECK_FALSE(routine.steps[2].reps.has_value());
    CHECK_FALSE(routine.steps[2].hold_seconds.has_value());
    // Each step remembers where its exercise id was written.
    CHECK(routine.steps[0].where.line == 40);
    CHECK(routine.steps[0].where.column == 16);
    CHECK(routine.steps[2].where.line == 42);
    CHECK(routine.steps[2].where.column == 16);
}

TEST_CASE("parse_routine_file: explicit id, daily and default days", "[loader]") {
    const auto daily = routine_only("x/some-file.toml",
                                    "id = \"morning-2\"\nname = \"M\"\ndays = \"daily\"\n"
                                    "steps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(daily.routine.has_value());
    CHECK(daily.routine->id == "morning-2");
    CHECK(daily.routine->days.daily());
    CHECK(daily.routine->description.empty());
    CHECK(daily.exercises.empty());

    const auto unspecified = routine_only("plain.toml", "name = \"P\"\nsteps = [{ exercise = \"a\" }]\n");
    REQUIRE(unspecified.routine.has_value());
    CHECK(unspecified.routine->id == "plain");
    CHECK(unspecified.routine->days.daily());

    const auto spelled = routine_only("w.toml", "name = \"W\"\ndays = [\"Tuesday\", \"sun\"]\n"
                                                "steps = [{ exercise = \"a\" }]\n");
    CHECK(spelled.routine->days.describe() == "tue, sun");
    // "daily" in any case, as the weekdays are.
    const auto capital = routine_only("c.toml", "name = \"C\"\ndays = \"Daily\"\nsteps = [{ exercise = \"a\" }]\n");
    CHECK(capital.routine->days.daily());
}

TEST_CASE("parse_routine_file: steps written as [[routine.steps]] tables", "[loader]") {
    const auto file = parse_routine_file("[routine]\nname = \"R\"\n\n[[routine.steps]]\nexercise = \"bridge\"\n"
                                         "reps = 3\n\n[[routine.steps]]\nexercise = \"cat\"\nhold = 9\n",
                                         "r.toml");
    REQUIRE(file.routine.has_value());
    const auto& steps = file.routine->steps;
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].exercise_id == "bridge");
    CHECK(steps[0].reps == 3);
    CHECK(steps[0].where.line == 5);
    CHECK(steps[0].where.column == 12);
    CHECK(steps[1].exercise_id == "cat");
    CHECK(steps[1].hold_seconds == 9);
    CHECK(steps[1].where.line == 9);
}

TEST_CASE("parse_routine_file: a file with only exercises has no routine", "[loader]") {
    const auto file = exercises_only("lib.toml", "cat", "Cat");
    CHECK_FALSE(file.routine.has_value());
    REQUIRE(file.exercises.size() == 1);
    CHECK(file.exercises[0].id == "cat");
    CHECK(parse_routine_file("# nothing here\n", "empty.toml").exercises.empty());
}

TEST_CASE("add_layer: a later layer replaces an exercise or routine with the same id", "[loader]") {
    Catalog catalog;
    add_layer(catalog, {exercises_only("bundled/ex.toml", "bridge", "Bridge"),
                        exercises_only("bundled/more.toml", "cat", "Cat"),
                        routine_only("bundled/lower-back.toml", "name = \"Old\"\nsteps = [{ exercise = \"bridge\" }]\n")});
    add_layer(catalog, {exercises_only("user/mine.toml", "bridge", "Glute Bridge"),
                        routine_only("user/lower-back.toml", "name = \"New\"\nsteps = [{ exercise = \"cat\" }]\n")});

    CHECK(catalog.exercises.size() == 2);
    CHECK(catalog.exercises.at("bridge").name == "Glute Bridge");
    CHECK(catalog.exercises.at("bridge").source == std::filesystem::path("user/mine.toml"));
    CHECK(catalog.exercises.at("cat").name == "Cat");
    REQUIRE(catalog.routines.size() == 1);
    CHECK(catalog.routines.at("lower-back").name == "New");
    CHECK(catalog.routines.at("lower-back").steps.at(0).exercise_id == "cat");
}

TEST_CASE("add_layer: two files of one layer may not define the same id", "[loader]") {
    Catalog catalog;
    SECTION("exercise") {
        const auto error = test::thrown<RoutineError>([&] {
            add_layer(catalog, {exercises_only("a.toml", "bridge", "A"), exercises_only("b.toml", "bridge", "B")});
        });
        CHECK(error.path() == std::filesystem::path("b.toml"));
        CHECK(error.line() == 1);
        CHECK(error.column() == 1);
        CHECK_THAT(error.what(), Contains("b.toml:1:1: ") && Contains("exercise 'bridge'") && Contains("a.toml"));
        CHECK(error.hint() == "keep one of them, or give this one another id");
    }
    SECTION("routine") {
        const std::string body = "id = \"same\"\nname = \"S\"\nsteps = [{ exercise = \"x\" }]\n";
        const auto error = test::thrown<RoutineError>(
            [&] { add_layer(catalog, {routine_only("one.toml", body), routine_only("two.toml", body)}); });
        CHECK(error.path() == std::filesystem::path("two.toml"));
        CHECK_THAT(error.what(), Contains("routine 'same'") && Contains("one.toml"));
    }
}

TEST_CASE("check_references accepts known exercises", "[loader]") {
    Catalog catalog;
    add_layer(catalog, {parse_routine_file(kEvening, "evening.toml")});
    CHECK_NOTHROW(check_references(catalog));
}

TEST_CASE("check_references rejects an unknown exercise at the step", "[loader]") {
    Catalog catalog;
    add_layer(catalog, {exercises_only("ex.toml", "bridge", "Bridge"), exercises_only("ex2.toml", "bird-dog", "Bird Dog"),
                        routine_only("mine.toml", "name = \"M\"\nsteps = [\n  { exercise = \"bridge\" },\n"
                                                  "  { exercise = \"bridg\", reps = 3 },\n]\n")});
    const auto error = test::thrown<RoutineError>([&] { check_references(catalog); });
    CHECK(error.path() == std::filesystem::path("mine.toml"));
    CHECK(error.line() == 5);
    CHECK(error.column() == 16);
    CHECK_THAT(error.what(), Contains("mine.toml:5:16") && Contains("unknown exercise 'bridg'"));
    CHECK(error.hint() == "did you mean 'bridge'?");

    Catalog far;
    add_layer(far, {routine_only("r.toml", "name = \"R\"\nsteps = [{ exercise = \"yoga\" }]\n")});
    const auto no_hint = test::thrown<RoutineError>([&] { check_references(far); });
    CHECK_THAT(no_hint.hint(), Contains("define an exercise with that id"));
}

TEST_CASE("load_routine_file: a missing file is a no_input error", "[loader]") {
    const auto path = std::filesystem::temp_directory_path() / "stretch-unit-no-such-file.toml";
    const auto error = test::thrown<Error>([&] { load_routine_file(path); });
    CHECK(error.kind() == ErrorKind::no_input);
    CHECK_THAT(error.what(), Contains(path.string()));
}

// A directory opens as an ifstream on Linux and would read as an empty file.
TEST_CASE("load_routine_file: a directory is not a routine file", "[loader]") {
    const auto error = test::thrown<Error>([] { load_routine_file(std::filesystem::temp_directory_path()); });
    CHECK(error.kind() == ErrorKind::no_input);
    CHECK_THAT(error.what(), Contains("is a directory"));
}

TEST_CASE("routine directories: *.toml in name order, layered and checked", "[loader]") {
    const auto root = fresh_directory();
    const auto bundled = root / "bundled";
    const auto user = root / "user";
    std::filesystem::create_directories(bundled);
    std::filesystem::create_directories(user);
    write(bundled / "b.toml", "[routine]\nid = \"lower-back\"\nname = \"LB\"\nsteps = [{ exercise = \"bridge\" }]\n");
    write(bundled / "a.toml", kEvening);
    write(bundled / "notes.txt", "not toml [");
    write(user / "mine.toml", "[routine]\nid = \"lower-back\"\nname = \"Mine\"\nsteps = [{ exercise = \"bird-dog\" }]\n");

    CHECK(routine_files_in(bundled) == std::vector<std::filesystem::path>{bundled / "a.toml", bundled / "b.toml"});
    CHECK(routine_files_in(root / "missing").empty());
    CHECK(read_directory(root / "missing").empty());

    const Catalog catalog = load_catalog({bundled, user, root / "missing"});
    CHECK(catalog.exercise_ids() == std::vector<std::string>{"bird-dog", "bridge", "leg-stretch"});
    // a.toml's routine takes its id from the file name.
    CHECK(catalog.routine_ids() == std::vector<std::string>{"a", "lower-back"});
    CHECK(catalog.routines.at("lower-back").name == "Mine");

    write(user / "broken.toml", "[routine]\nname = \"B\"\nsteps = [{ exercise = \"brdge\" }]\n");
    const auto error = test::thrown<RoutineError>([&] { load_catalog({bundled, user}); });
    CHECK(error.path() == user / "broken.toml");
    CHECK(error.hint() == "did you mean 'bridge'?");

    std::filesystem::remove_all(root);
}
