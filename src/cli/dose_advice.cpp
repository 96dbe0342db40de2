#include "cli/dose_advice.h"

#include <vector>

namespace stretch {

std::string above_range(const Entry& entry, const Dose& dose) {
    std::vector<std::string> over;
    if (!dose.reps_at_least && entry.reps && *entry.reps > dose.reps.max) over.push_back(to_text(dose.reps) + " reps");
    if (dose.hold && entry.hold_seconds && *entry.hold_seconds > dose.hold->max)
        over.push_back("a hold of " + to_text(*dose.hold) + " s");
    if (over.empty()) return {};
    return "That is more than the plan asks (" + (over.size() == 1 ? over[0] : over[0] + " and " + over[1]) +
           "). More is not better here: stay within the range and move gently.";
}

const Dose* dose_of(const Catalog& catalog, const RoutineSnapshot& routine, const std::string& exercise_id) {
    for (const PlannedStretch& step : routine.steps)
        if (step.exercise == exercise_id) return &step.dose;
    const auto exercise = catalog.exercises.find(exercise_id);
    return exercise == catalog.exercises.end() ? nullptr : &exercise->second.dose;
}

}  // namespace stretch
