#include "core/plan.h"

#include <algorithm>

#include "core/text.h"

namespace stretch {

namespace {

int minutes_rounded_up(int seconds) { return (seconds + 59) / 60; }

/// The catalog's exercise, or a bare one named by its id when the files no
/// longer define it (a past day's routine may name a removed exercise).
Exercise exercise_or_bare(const Catalog& catalog, const std::string& id) {
    if (const auto it = catalog.exercises.find(id); it != catalog.exercises.end()) return it->second;
    Exercise bare;
    bare.id = id;
    bare.name = id;
    return bare;
}

}  // namespace

std::string paused_span(const PausedItem& item, Date last_day) {
    if (item.resumed_on && *item.resumed_on <= last_day)
        return "from " + long_date(item.since) + " to " + long_date(add_days(*item.resumed_on, -1));
    return "since " + long_date(item.since);
}

std::optional<std::string> due_again(const PausedItem& item, Date last_day) {
    if (!item.resumed_on || *item.resumed_on <= last_day) return std::nullopt;
    return "due again from " + long_date(*item.resumed_on);
}

int Plan::estimated_minutes() const {
    int seconds = 0;
    for (const auto& item : items) seconds += item.estimated_seconds;
    return minutes_rounded_up(seconds);
}

bool Plan::asks_nothing_more() const {
    return skipped() || judged == DayStatus::gentle || judged == DayStatus::rested ||
           judged == DayStatus::not_started;
}

int Plan::remaining_count() const {
    if (asks_nothing_more()) return 0;
    int count = 0;
    for (const auto& item : items) count += item.done ? 0 : 1;
    return count;
}

int Plan::remaining_minutes() const {
    if (asks_nothing_more()) return 0;
    int seconds = 0;
    for (const auto& item : items) seconds += item.done ? 0 : item.estimated_seconds;
    return minutes_rounded_up(seconds);
}

std::string schedule_text(const RoutineSnapshot& routine) {
    return is_retired(routine) ? "no longer in your routine files" : routine.days.describe();
}

std::string size_text(const Plan& plan) {
    const size_t n = plan.items.size();
    return count_of(n, "stretch", "stretches") + ", about " +
           std::to_string(plan.estimated_minutes()) + " min.";
}

bool done_all_the_same(const Plan& plan) {
    if (!plan.skipped()) return false;
    if (plan.judged) return *plan.judged == DayStatus::complete;
    return !plan.items.empty() &&
           std::all_of(plan.items.begin(), plan.items.end(), [](const PlanItem& item) { return item.done; });
}

std::string skipped_sentence(const Plan& plan, const std::string& shown_reason) {
    const std::string reason = shown_reason.empty() ? "" : " (" + shown_reason + ")";
    if (done_all_the_same(plan))
        return plan.past ? "This day was skipped" + reason + ", and done all the same: it counts as complete."
                         : "This day is skipped" + reason + ", and done all the same: it counts as complete.";
    if (plan.past) return "This day was skipped" + reason + ": nothing was due and no streak was lost.";
    return "This day is skipped" + reason + ": nothing is due and no streak is lost.";
}

std::optional<std::string> not_missed_sentence(const Plan& plan) {
    if (!plan.past) return std::nullopt;
    // A day the routine did not schedule, or skipped, says so in its own words.
    if (plan.judged == DayStatus::not_started && plan.scheduled && !plan.skipped())
        return "Your log had not begun by this day, so nothing was asked of it and it is not missed.";
    if (plan.judged == DayStatus::gentle)
        return "The gentle routine was done instead on this day, so it is not missed.";
    if (plan.judged == DayStatus::rested)
        return "This day was rested after severe pain, as advised, so it is not missed.";
    return std::nullopt;
}

std::optional<std::string> waiting_change_sentence(const Plan& plan) {
    if (!plan.change_waits) return std::nullopt;
    if (plan.retirement_waits)
        return "This routine's file was removed after today's plan was settled, so today keeps the plan it had; "
               "from tomorrow it plans nothing.";
    return "This routine's file changed after today's plan was settled, so today keeps the plan it had; "
           "the new version counts from tomorrow.";
}

bool rests_after_severe_pain(const Plan& plan, const std::optional<Flare>& flare) {
    return plan.skipped() && !plan.past && flare && flare->after_severe;
}

std::string unscheduled_reason(const Plan& plan) {
    if (plan.before_routine)
        return "Nothing was planned: the log records this routine only from a later day, so this day was not one "
               "of its days.";
    if (is_retired(plan.routine))
        return "Nothing is planned: this routine's file is gone. The days before it went keep their plans.";
    return "Nothing is scheduled: this routine runs on " + plan.routine.days.describe() + ", not on " +
           weekday_long(plan.date) + "s.";
}

namespace {
/// Minutes of `routine` at the low end of every range (`at_start`), or at
/// the top of every range.
int minutes_of(const RoutineSnapshot& routine, bool at_start) {
    int seconds = 0;
    for (const auto& step : routine.steps)
        seconds += estimated_seconds(at_start ? dose_at(step.dose, target_at(step.dose, 0)) : step.dose);
    return minutes_rounded_up(seconds);
}
}  // namespace

int routine_minutes(const RoutineSnapshot& routine) { return minutes_of(routine, !routine.progression); }

int routine_minutes(const Catalog& catalog, const Routine& routine) {
    return routine_minutes(snapshot_of(catalog, routine));
}

int routine_minutes_at_start(const Catalog& catalog, const Routine& routine) {
    return minutes_of(snapshot_of(catalog, routine), true);
}

Plan build_plan(const Catalog& catalog, const ExpectedDay& expected, const std::set<std::string>& done_ids,
                const Cautions& cautions, const Progresses& progress) {
    Plan plan{expected.day, *expected.routine, expected.scheduled, expected.skip_reason, {}, {},
              expected.past, expected.before_routine, std::nullopt};  // judged by a caller that asks the report
    for (const PlannedStretch* due : expected.due) {
        const PlannedStretch& step = *due;
        const auto caution = cautions.find(step.exercise);
        const auto came = progress.find(step.exercise);
        const Target target = target_at(step.dose, came == progress.end() ? 0 : came->second.steps);
        plan.items.push_back(PlanItem{exercise_or_bare(catalog, step.exercise), step.dose, target,
                                      estimated_seconds(dose_at(step.dose, target)), done_ids.contains(step.exercise),
                                      caution == cautions.end() ? std::string() : caution->second});
    }
    plan.change_waits = expected.change_waits;
    plan.retirement_waits = expected.retirement_waits;
    for (const Pause* pause : expected.paused)
        plan.paused.push_back(
            PausedItem{exercise_or_bare(catalog, pause->exercise), pause->first_day, pause->reason, pause->resumed_on,
                       done_ids.contains(pause->exercise)});
    return plan;
}

std::optional<ProgressionRule> progression_rule(const RoutineSnapshot& routine) {
    if (!routine.progression) return std::nullopt;
    return ProgressionRule{routine.progression_days.value_or(kDefaultProgressionDays),
                           routine.pain_zones.value_or(PainZones{})};
}

Plan build_plan(const Catalog& catalog, const Routine& routine, Date day, const std::set<std::string>& done_ids) {
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    return build_plan(catalog, expected_on(PlanRecord{}, current, day, day), done_ids);
}

}  // namespace stretch
