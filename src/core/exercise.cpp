#include "core/exercise.h"

namespace stretch {

namespace {
/// Seconds to get into the starting position and read the steps.
constexpr int kSecondsToSetUp = 20;
}  // namespace

std::string to_text(Range range) {
    if (range.min == range.max) return std::to_string(range.min);
    return std::to_string(range.min) + "-" + std::to_string(range.max);
}

std::string to_text(Sides sides) {
    switch (sides) {
    case Sides::none: return "none";
    case Sides::each: return "each";
    case Sides::alternate: return "alternate";
    }
    return "none";
}

std::string describe(const Dose& dose) {
    const std::string count = (dose.reps_at_least ? "at least " : "") + to_text(dose.reps);
    std::string text;
    if (dose.sides == Sides::each)
        text = count + " x each " + dose.side_label;
    else
        text = count + (dose.reps.max == 1 ? " rep" : " reps");
    if (dose.sides == Sides::alternate) text += ", alternating " + dose.side_label + "s";
    if (dose.hold) text += ", hold " + to_text(*dose.hold) + " s";
    return text;
}

int estimated_seconds(const Dose& dose) {
    const int hold = dose.hold ? dose.hold->max : 0;
    const int per_side = dose.reps.max * (hold + kSecondsPerMovement);
    return per_side * (dose.sides == Sides::each ? 2 : 1) + kSecondsToSetUp;
}

}  // namespace stretch
