#include "cli/targets.h"

namespace stretch {

namespace {

/// The progress of `step` after every day it was done before `day`: the
/// kept progress when it ends before `day`, else from nothing.
Progress progress_of(const Store& store, const PlannedStretch& step, const ProgressionRule& rule, Date day) {
    const std::string key = progression_key(step.dose, rule);
    auto kept = store.kept_progress(step.exercise, key);
    if (kept && kept->first >= day) kept.reset();
    const Date from = kept ? add_days(kept->first, 1) : kEarliestDay;
    if (from >= day) return kept ? kept->second : Progress{};
    return after_days(kept ? kept->second : Progress{}, store.done_days(step.exercise, DateRange{from, add_days(day, -1)}),
                      step.dose, rule);
}

}  // namespace

Target target_for(const Store& store, const PlannedStretch& step, const std::optional<ProgressionRule>& rule,
                  Date day) {
    return target_at(step.dose, rule ? progress_of(store, step, *rule, day).steps : 0);
}

Progresses progress_before(const Store& store, const ExpectedDay& expected, const ProgressionRule& rule) {
    Progresses progress;
    for (const PlannedStretch* step : expected.due)
        if (!progress.contains(step->exercise))
            progress[step->exercise] = progress_of(store, *step, rule, expected.day);
    return progress;
}

void refresh_progress(Store& store, const Catalog& catalog, Date today) {
    for (const auto& [id, routine] : catalog.routines) {
        const RoutineSnapshot current = snapshot_of(catalog, routine);
        const auto rule = progression_rule(current);
        if (!rule) continue;
        for (const PlannedStretch& step : current.steps) {
            const std::string key = progression_key(step.dose, *rule);
            const auto kept = store.kept_progress(step.exercise, key);
            if (kept && kept->first == add_days(today, -1)) continue;
            store.keep_progress(step.exercise, key, add_days(today, -1), progress_of(store, step, *rule, today));
        }
    }
}

}  // namespace stretch
