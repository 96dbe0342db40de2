// The catalog cache's encoding: every field comes back, and anything that is
// not exactly an encoding is refused rather than half read.

#include <catch2/catch.hpp>

#include "routines/catalog_codec.h"
#include "routines/loader.h"

using namespace stretch;

namespace {

/// A catalog with every optional field set and no field at its default.
Catalog everything_set() {
    Exercise exercise;
    exercise.id = "wall-sit";
    exercise.name = "Wall sit";
    exercise.summary = "Sit against a wall.";
    exercise.position = "back to a wall";
    exercise.targets = {"thighs", "lower back"};
    exercise.dose = Dose{Range{3, 5}, true, Range{10, 20}, Sides::alternate, "leg"};
    exercise.equipment = {"a wall"};
    exercise.steps = {"Slide down.", "Hold.", "Slide up."};
    exercise.breathing = "Breathe out as you slide up.";
    exercise.cautions = {"Stop if your knees hurt."};
    exercise.figure = "/somewhere/wall-sit.svg";
    exercise.figure_at = {12, 10};
    exercise.source = "/home/me/.config/stretch/routines/mine.toml";
    exercise.where = {3, 1};

    Routine routine;
    routine.id = "mine";
    routine.name = "Mine";
    routine.description = "Mondays and Thursdays, with a dash: \xe2\x80\x94 and a \"quote\"\n";
    routine.days.weekdays = {true, false, false, true, false, false, false};
    routine.steps = {RoutineStep{"wall-sit", {20, 3}, 4, 15}, RoutineStep{"wall-sit", {21, 3}, std::nullopt, 30},
                     RoutineStep{"bridge", {22, 3}, 6, std::nullopt}};
    routine.progression = false;
    routine.progression_days = 9;
    routine.source = exercise.source;
    routine.where = {18, 1};

    Catalog catalog;
    catalog.exercises.emplace(exercise.id, exercise);
    catalog.routines.emplace(routine.id, routine);
    return catalog;
}

}  // namespace

TEST_CASE("a catalog decodes to what was encoded, every field of it", "[unit][cache]") {
    const Catalog bundled = load_catalog({STRETCH_ROUTINES_SOURCE});
    CHECK(decode_catalog(encode_catalog(bundled)) == bundled);
    const Catalog full = everything_set();
    CHECK(decode_catalog(encode_catalog(full)) == full);
    CHECK(decode_catalog(encode_catalog(Catalog{})) == Catalog{});
    // Equality looks at every field: one changed field is a different catalog.
    Catalog changed = full;
    changed.routines.at("mine").steps.at(1).hold_seconds = 31;
    CHECK_FALSE(decode_catalog(encode_catalog(full)) == changed);
    // A routine that says nothing of progression stays unset, for config.toml to fill in.
    Catalog unset = full;
    unset.routines.at("mine").progression.reset();
    CHECK(decode_catalog(encode_catalog(unset)) == unset);
    CHECK_FALSE(decode_catalog(encode_catalog(unset)) == full);
}

TEST_CASE("bytes that are not exactly an encoded catalog decode to nothing", "[unit][cache]") {
    const std::string bytes = encode_catalog(everything_set());
    for (size_t size = 0; size < bytes.size(); ++size) CHECK_FALSE(decode_catalog(bytes.substr(0, size)));
    CHECK_FALSE(decode_catalog(bytes + "x"));
    // A count larger than the bytes that follow.
    CHECK_FALSE(decode_catalog(std::string("\xff\xff\xff\x7f", 4)));
    CHECK_FALSE(decode_catalog(std::string("\xff\xff\xff\xff", 4)));
}
