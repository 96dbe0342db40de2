#include "cli/progress.h"

#include <cctype>

#include "cli/day_summaries.h"
#include "cli/targets.h"
#include "core/error.h"
#include "core/report.h"
#include "core/text.h"

namespace stretch {

Plan plan_of_record(const Catalog& catalog, const Routine& routine, Date day, Date today, const Store* store) {
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    const PlanRecord record = store ? store->plan_record() : PlanRecord{};
    const ExpectedDay expected = expected_on(record, current, day, today);
    // The zones this day's version was recorded with, as its targets use.
    const PainZones zones = expected.routine->pain_zones.value_or(PainZones{});
    Cautions cautions;
    if (store)
        for (const auto& [exercise, last] : store->last_pain_before(day, expected.due_exercises()))
            if (last.second) {
                std::string caution = caution_after(*last.second, last.first, zones);
                if (!caution.empty()) cautions[exercise] = std::move(caution);
            }
    // Each target comes from the days before this one, by the rule (days
    // and zones) of the routine version this day had.
    const auto rule = progression_rule(*expected.routine);
    const Progresses progress = store && rule ? progress_before(*store, expected, *rule) : Progresses{};
    return build_plan(catalog, expected, store ? store->exercises_done_on(day) : std::set<std::string>{}, cautions,
                      progress);
}

Plan plan_without_targets(const Catalog& catalog, const Routine& routine, Date day, Date today, const Store* store) {
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    const PlanRecord record = store ? store->plan_record() : PlanRecord{};
    return build_plan(catalog, expected_on(record, current, day, today),
                      store ? store->exercises_done_on(day) : std::set<std::string>{});
}

DayLog day_log_of(const Store& store, Date day) {
    DayLog logged;
    if (!store.day_logs(DateRange{day, day})->next(logged)) logged.clear(day);
    return logged;
}

std::optional<Flare> flare_today(const Catalog& catalog, const Routine& routine, const Store* store, Date today) {
    if (!store) return std::nullopt;
    // The last days' logs, not only their pain scores: a stretch logged with
    // a severe pain makes its day a rest day too (in the report as here), and
    // is a flare-up's for the days after it.
    std::vector<DayScore> severe;
    const auto logs = store->day_logs(DateRange{flare_recent_start(today), today});
    for (DayLog log; logs->next(log);)
        if (const auto pain = severe_pain(log)) severe.push_back(DayScore{log.day, *pain});
    auto flare = flare_on(store->pain_scores_in(DateRange{flare_window_start(today), today}), today, severe);
    if (!flare) return std::nullopt;
    // Not after a severe pain the gentle routine itself gave, as `log` leaves
    // it out that day.
    flare->offers_gentle = routine.id != kGentleRoutine && catalog.routines.contains(kGentleRoutine) &&
                           !store->severe_pain_on_routine(DateRange{flare_recent_start(today), today},
                                                          std::string(kGentleRoutine));
    // Rest only while it would leave today missed: not once today is set
    // aside, done, or kept by the gentle routine. Asked even when the log
    // has passed today, where only the skip is not offered.
    if (flare->severe_today) {
        const Plan plan = plan_without_targets(catalog, routine, today, today, store);
        if (!rest_asked_today(catalog, routine, store, plan, today))
            flare->severe_today.reset();
        else  // rest_asked_today covers the rest of resting_would_miss(catalog, ...): the log's today is left
            flare->skip_offered = today >= log_today_of(*store, today);
    }
    if (!flare->severe_today && !flare->offers_gentle) return std::nullopt;
    return flare;
}

bool rest_asked_today(const Catalog& catalog, const Routine& routine, const Store* store, const Plan& plan,
                      Date today) {
    return store && resting_would_miss(plan) && severe_pain(day_log_of(*store, today)) &&
           !gentle_done_on(catalog, routine, today, today, store);
}

bool gentle_done_on(const Catalog& catalog, const Routine& routine, Date day, Date today, const Store* store) {
    if (!store) return false;
    const auto gentle = gentle_snapshot(catalog);
    return gentle && gentle_kept(store->plan_record(), *gentle, routine.id, day, today, day_log_of(*store, day));
}

void record_routines(Store& store, const Catalog& catalog, const Clock& clock) {
    if (!catalog.may_go_on_record) return;
    std::vector<RoutineSnapshot> snapshots;
    for (const auto& [id, routine] : catalog.routines) snapshots.push_back(snapshot_of(catalog, routine));
    // As of the log's today: a change never reaches back into a day the log
    // has passed, nor replaces the versions recorded for the days after it.
    const Date today = log_today_of(store, clock.today);
    store.record_routines(snapshots, today, utc_timestamp(clock.now), true, [&](const RoutineSnapshot& changed) {
        return change_alters_settled_today(store, catalog, changed, today);
    });
}

Date log_today_of(const Store& store, Date clock_today) {
    return log_today(clock_today, latest_day_reached(store.plan_record(), store.last_entry_day()));
}

void refuse_days_log_passed(const Store& store, Date first, Date clock_today, const std::string& command) {
    const Date today = log_today_of(store, clock_today);
    if (first >= today) return;
    throw Error(ErrorKind::usage,
                "the log has already reached " + to_iso(today) + " (logged or imported from a time zone ahead, or "
                    "the clock is behind), so " + to_iso(first) + " is past for it",
                command + " from " + to_iso(today) + " on, or check the date and TZ; nothing was changed");
}

namespace {
std::string when_text(const Plan& plan, Date today) {
    return plan.date == today ? "today" : "on " + long_date(plan.date);
}
}  // namespace

std::string remaining_phrase(const Plan& plan, Date today) {
    const std::string counted =
        std::to_string(plan.remaining_count()) + " of " + count_of(plan.items.size(), "stretch", "stretches");
    // A day that is over has no time left to estimate.
    if (plan.date < today) return counted + " not done " + when_text(plan, today);
    return counted + " left " + when_text(plan, today) + " (about " + std::to_string(plan.remaining_minutes()) +
           " min)";
}

std::string gentle_kept_phrase(const Plan& plan, Date today) {
    return "Done on the gentle routine " + when_text(plan, today) + ": that is enough for " +
           (plan.date == today ? "today" : "that day") + "; it is not missed and costs no streak.";
}

std::string left_summary(const Plan& plan, Date today) {
    const std::string day = when_text(plan, today);
    const bool past = plan.date < today;
    const std::string is = past ? "was" : "is";
    const std::string reason = plan.skipped() && !plan.skip_reason->empty()
                                   ? " (" + terminal_safe(*plan.skip_reason) + ")"
                                   : "";
    if (done_all_the_same(plan))
        return "It " + is + " skipped" + reason + " " + day + ", and done all the same: it counts as complete.";
    if (plan.skipped()) return "Nothing " + is + " due " + day + ": it " + is + " skipped" + reason + ".";
    if (plan.before_routine) return "Nothing was planned " + day + ": the log records this routine only from a later day.";
    if (!plan.scheduled) return "Nothing " + is + " scheduled " + day + ".";
    if (plan.items.empty()) return "Nothing " + is + " due " + day + ": every stretch of the routine " + is + " paused.";
    if (plan.remaining_count() == 0) {
        if (plan.items.size() == 1) return "The one stretch planned " + day + " is done.";
        std::string whole = whole_plan(plan.items.size());
        whole.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(whole.front())));
        return whole + " done " + day + ".";
    }
    return remaining_phrase(plan, today) + ".";
}

std::string whole_plan(size_t count) {
    if (count == 1) return "its one stretch";
    if (count == 2) return "both stretches";
    return "all " + std::to_string(count) + " stretches";
}

bool resting_would_miss(const Plan& plan) {
    return plan.scheduled && !plan.skipped() && !plan.items.empty() && plan.remaining_count() > 0;
}

bool resting_would_miss(const Catalog& catalog, const Routine& routine, const Plan& plan, Date today,
                        const Store* store) {
    return resting_would_miss(plan) && !gentle_done_on(catalog, routine, plan.date, today, store) &&
           (!store || plan.date >= log_today_of(*store, today));
}

std::string earlier_start_note(std::optional<Date> before, Date day, const std::string& stretch) {
    if (!before || day >= *before) return {};
    return "Your log now starts on " + long_date(day) + ", " + count_of(days_between(day, *before), "day", "days") +
           " before it did: reports count the days from then. If that date is a slip, `" + stretch +
           " undo` takes it back.";
}

}  // namespace stretch
