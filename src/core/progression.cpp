#include "core/progression.h"

#include <algorithm>

namespace stretch {

namespace {

/// Reps steps: the span of a reps range, none for "at least".
int reps_steps(const Dose& dose) { return dose.reps_at_least ? 0 : dose.reps.max - dose.reps.min; }

int hold_steps(const Dose& dose) {
    if (!dose.hold) return 0;
    return (dose.hold->max - dose.hold->min + kHoldStepSeconds - 1) / kHoldStepSeconds;
}

/// Whether `day` did less than what the step after `steps` builds on: the
/// target's reps and hold. Reps not logged were as planned (`log` records
/// the planned reps; a file imported may leave them out). A hold not logged
/// earns no step of hold: `log` records the hold of every held stretch, so
/// a day without one was not held (the dose had no hold then), and a hold
/// added to a dose later starts at its low end, not as many steps up as the
/// days before it earned.
bool below(const Dose& dose, int steps, const DoneDay& day) {
    const Target target = target_at(dose, steps);
    if (day.reps && *day.reps < target.reps) return true;
    if (!target.hold) return false;
    if (!day.hold) return steps >= reps_steps(dose);  // the next step is one of hold
    return *day.hold < *target.hold;
}

}  // namespace

int max_steps(const Dose& dose) { return reps_steps(dose) + hold_steps(dose); }

Progress after_day(Progress progress, const DoneDay& day, const Dose& dose, const ProgressionRule& rule) {
    const PainZone zone = day.pain ? rule.zones.zone_of(*day.pain) : PainZone::fine;
    if (zone != PainZone::fine) return Progress{std::max(progress.steps - 1, 0), 0};
    if (day.day_pain && rule.zones.zone_of(*day.day_pain) == PainZone::stop) return progress;
    if (below(dose, progress.steps, day)) return progress;
    if (++progress.run < std::max(rule.days, 1)) return progress;
    return Progress{std::min(progress.steps + 1, max_steps(dose)), 0};
}

Progress after_days(Progress from, const std::vector<DoneDay>& days, const Dose& dose, const ProgressionRule& rule) {
    for (const DoneDay& day : days) from = after_day(from, day, dose, rule);
    return from;
}

Target target_at(const Dose& dose, int steps) {
    steps = std::clamp(steps, 0, max_steps(dose));
    const int up_reps = std::min(steps, reps_steps(dose));
    Target target{dose.reps.min + up_reps, std::nullopt};
    if (dose.hold) target.hold = std::min(dose.hold->min + (steps - up_reps) * kHoldStepSeconds, dose.hold->max);
    return target;
}

Dose dose_at(const Dose& dose, const Target& target) {
    Dose narrowed = dose;
    if (!dose.reps_at_least) narrowed.reps = Range{target.reps, target.reps};
    if (dose.hold && target.hold) narrowed.hold = Range{*target.hold, *target.hold};
    return narrowed;
}

std::string describe(const Dose& dose, const Target& target) {
    const Dose narrowed = dose_at(dose, target);
    std::string text = describe(narrowed);
    // Each range goes right after the part of the dose it belongs to: the
    // reps part ends at the first comma, and the hold is always last.
    if (reps_steps(dose) > 0) text.insert(std::min(text.find(','), text.size()), " (" + to_text(dose.reps) + ")");
    if (hold_steps(dose) > 0) text += " (" + to_text(*dose.hold) + ")";
    return text;
}

std::string progression_key(const Dose& dose, const ProgressionRule& rule) {
    // "5:" since a day whose pain with another stretch reached the stop
    // zone earns no step, "4:" since a hold not logged earns no step of
    // hold, "3:" since a day whose own pain score reached the stop zone
    // earns no step (and "2:" since a step is earned only at the target):
    // progress kept under an earlier rule is worked out again.
    return std::string("5:") + (dose.reps_at_least ? "+" : "") + to_text(dose.reps) + "|" + (dose.hold ? to_text(*dose.hold) : "-") +
           "|" + std::to_string(rule.days) + "|" + std::to_string(rule.zones.fine_up_to) + "-" +
           std::to_string(rule.zones.stop_from);
}

}  // namespace stretch
