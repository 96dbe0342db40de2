#include "core/plan.h"

namespace stretch {

namespace {

int minutes_rounded_up(int seconds) { return (seconds + 59) / 60; }

Dose dose_for(const Exercise& exercise, const RoutineStep& step) {
    Dose dose = exercise.dose;
    if (step.reps) {
        dose.reps = Range{*step.reps, *step.reps};
        dose.reps_at_least = false;
    }
    if (step.hold_seconds) dose.hold = Range{*step.hold_seconds, *step.hold_seconds};
    return dose;
}

}  // namespace

int Plan::estimated_minutes() const {
    int seconds = 0;
    for (const auto& item : items) seconds += item.estimated_seconds;
    return minutes_rounded_up(seconds);
}

int Plan::remaining_count() const {
    int count = 0;
    for (const auto& item : items) count += item.done ? 0 : 1;
    return count;
}

int Plan::remaining_minutes() const {
    int seconds = 0;
    for (const auto& item : items) seconds += item.done ? 0 : item.estimated_seconds;
    return minutes_rounded_up(seconds);
}

int routine_minutes(const Catalog& catalog, const Routine& routine) {
    int seconds = 0;
    for (const auto& step : routine.steps)
        seconds += estimated_seconds(dose_for(catalog.exercises.at(step.exercise_id), step));
    return minutes_rounded_up(seconds);
}

Plan build_plan(const Catalog& catalog, const Routine& routine, Date day,
                const std::set<std::string>& done_ids) {
    Plan plan{day, &routine, routine.days.includes(day), {}};
    if (!plan.scheduled) return plan;
    for (const auto& step : routine.steps) {
        const Exercise& exercise = catalog.exercises.at(step.exercise_id);
        const Dose dose = dose_for(exercise, step);
        plan.items.push_back(
            PlanItem{&exercise, dose, estimated_seconds(dose), done_ids.contains(exercise.id)});
    }
    return plan;
}

}  // namespace stretch
