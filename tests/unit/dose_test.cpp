#include <catch2/catch.hpp>

#include "core/exercise.h"

using namespace stretch;

namespace {

Dose dose(Range reps, std::optional<Range> hold = std::nullopt, Sides sides = Sides::none,
          bool at_least = false, std::string label = "side") {
    Dose d;
    d.reps = reps;
    d.hold = hold;
    d.sides = sides;
    d.reps_at_least = at_least;
    d.side_label = std::move(label);
    return d;
}

// The doses of the bundled lower-back exercises (routines/exercises.toml).
const Dose kHipStretch = dose({2, 2}, Range{20, 30}, Sides::each);
const Dose kLegStretch = dose({2, 2}, Range{20, 30}, Sides::each, false, "leg");
const Dose kSpineStretch = dose({6, 8}, std::nullopt, Sides::alternate);
const Dose kBirdDog = dose({8, 8}, Range{5, 10}, Sides::alternate, true);
const Dose kDeepAbdominal = dose({5, 5}, Range{5, 10});
const Dose kLowerStomach = dose({6, 8}, std::nullopt, Sides::each, false, "leg");
const Dose kBridge = dose({8, 12});
const Dose kLowerBackStretch = dose({6, 8}, Range{20, 30});

}  // namespace

TEST_CASE("to_text of a range: one number or low-high", "[dose]") {
    CHECK(to_text(Range{8, 12}) == "8-12");
    CHECK(to_text(Range{8, 8}) == "8");
    CHECK(to_text(Range{1, 1}) == "1");
}

TEST_CASE("to_text of sides uses the routine-file spelling", "[dose]") {
    CHECK(to_text(Sides::none) == "none");
    CHECK(to_text(Sides::each) == "each");
    CHECK(to_text(Sides::alternate) == "alternate");
}

TEST_CASE("describe the bundled doses", "[dose]") {
    CHECK(describe(kHipStretch) == "2 x each side, hold 20-30 s");
    CHECK(describe(kLegStretch) == "2 x each leg, hold 20-30 s");
    CHECK(describe(kSpineStretch) == "6-8 reps, alternating sides");
    CHECK(describe(kBirdDog) == "at least 8 reps, alternating sides, hold 5-10 s");
    CHECK(describe(kDeepAbdominal) == "5 reps, hold 5-10 s");
    CHECK(describe(kLowerStomach) == "6-8 x each leg");
    CHECK(describe(kBridge) == "8-12 reps");
    CHECK(describe(kLowerBackStretch) == "6-8 reps, hold 20-30 s");
}

TEST_CASE("describe uses the singular only for exactly one rep", "[dose]") {
    CHECK(describe(dose({1, 1})) == "1 rep");
    CHECK(describe(dose({1, 1}, Range{30, 30})) == "1 rep, hold 30 s");
    CHECK(describe(dose({1, 2})) == "1-2 reps");
    CHECK(describe(dose({2, 2})) == "2 reps");
}

TEST_CASE("describe a single hold and a custom side label", "[dose]") {
    CHECK(describe(dose({3, 3}, Range{15, 15})) == "3 reps, hold 15 s");
    CHECK(describe(dose({6, 8}, std::nullopt, Sides::alternate, false, "leg")) ==
          "6-8 reps, alternating legs");
    CHECK(describe(dose({4, 4}, Range{10, 10}, Sides::each, true, "arm")) ==
          "at least 4 x each arm, hold 10 s");
}

TEST_CASE("estimated_seconds: reps x (longest hold + 4 s), doubled per side, plus 20 s", "[dose]") {
    // 2 reps x (30 + 4) = 68 per side, x 2 sides = 136, + 20 = 156
    CHECK(estimated_seconds(kHipStretch) == 156);
    CHECK(estimated_seconds(kLegStretch) == 156);
    // alternating counts both sides in the reps: 8 x 4 = 32, + 20 = 52
    CHECK(estimated_seconds(kSpineStretch) == 52);
    // 8 x (10 + 4) = 112, + 20 = 132
    CHECK(estimated_seconds(kBirdDog) == 132);
    // 5 x (10 + 4) = 70, + 20 = 90
    CHECK(estimated_seconds(kDeepAbdominal) == 90);
    // 8 x 4 = 32 per leg, x 2 = 64, + 20 = 84
    CHECK(estimated_seconds(kLowerStomach) == 84);
    // 12 x 4 = 48, + 20 = 68
    CHECK(estimated_seconds(kBridge) == 68);
    // 8 x (30 + 4) = 272, + 20 = 292
    CHECK(estimated_seconds(kLowerBackStretch) == 292);
}

TEST_CASE("estimated_seconds uses the top of each range", "[dose]") {
    CHECK(estimated_seconds(dose({1, 1})) == 24);
    CHECK(estimated_seconds(dose({1, 10})) == 60);
    CHECK(estimated_seconds(dose({1, 1}, Range{1, 60})) == 84);
    // The minimum flag does not change the estimate.
    CHECK(estimated_seconds(dose({8, 8}, std::nullopt, Sides::none, true)) ==
          estimated_seconds(dose({8, 8})));
    // The side label does not either.
    CHECK(estimated_seconds(dose({2, 2}, Range{5, 5}, Sides::each, false, "leg")) == 56);
}
