#include "core/guide.h"

namespace stretch {

namespace {

/// "left side" / "right leg": the side a repetition is on.
std::string side_name(const Dose& dose, int index) {
    return std::string(index == 0 ? "left " : "right ") + dose.side_label;
}

/// The cues of `reps` repetitions on one side (`side` empty when the dose is
/// not per side); alternating doses name the side of each repetition.
void add_reps(std::vector<Cue>& cues, const Dose& dose, const Target& target, const std::string& side) {
    for (int rep = 1; rep <= target.reps; ++rep) {
        std::string where = side;
        if (dose.sides == Sides::alternate) where = side_name(dose, (rep - 1) % 2);
        const std::string count = "rep " + std::to_string(rep) + " of " + std::to_string(target.reps);
        const std::string label = where.empty() ? count : where + ", " + count;
        if (target.hold) {
            cues.push_back({Cue::Kind::hold, "Hold, " + label, *target.hold});
            cues.push_back({Cue::Kind::release, "Breathe out and release", kReleaseSeconds});
        } else {
            cues.push_back({Cue::Kind::move, "Move, " + label, kSecondsPerMovement});
        }
    }
}

}  // namespace

std::vector<Cue> cues_for(const Dose& dose, const Target& target) {
    std::vector<Cue> cues;
    if (dose.sides != Sides::each) {
        add_reps(cues, dose, target, "");
        return cues;
    }
    add_reps(cues, dose, target, side_name(dose, 0));
    cues.push_back({Cue::Kind::switch_sides, "Switch sides: " + side_name(dose, 1), kSwitchSeconds});
    add_reps(cues, dose, target, side_name(dose, 1));
    return cues;
}

int script_seconds(const std::vector<Cue>& cues) {
    int seconds = 0;
    for (const Cue& cue : cues) seconds += cue.seconds;
    return seconds;
}

}  // namespace stretch
