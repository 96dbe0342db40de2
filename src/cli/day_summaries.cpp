#include "cli/day_summaries.h"

#include <algorithm>
#include <set>

#include "cli/progress.h"
#include "core/error.h"

namespace stretch {

namespace {

/// A cursor over nothing, for a report without a log.
class NoDays final : public DayLogCursor {
public:
    bool next(DayLog&) override { return false; }
};

bool has_gentle_stand_in(const ReportBasis& basis) {
    return basis.gentle && basis.gentle->id != basis.routine.id;
}

/// Brings day_logs to hold every day from the first day of use to
/// yesterday (see migration 6): only the days missing at either end are
/// added. Rows before the first day of use (its earliest skip or pause
/// removed), after yesterday, or that are not days, were not written by
/// this rule, so they are all dropped and every day is kept again.
void bring_day_logs_up_to(Store& store, Date first_used, Date yesterday) {
    const auto kept = store.kept_day_log_span();
    if (!kept || kept->first < first_used || kept->last > yesterday) {
        store.forget_day_logs();
        return store.save_day_logs(DateRange{first_used, yesterday});
    }
    if (first_used < kept->first) store.save_day_logs(DateRange{first_used, add_days(kept->first, -1)});
    if (kept->last < yesterday) store.save_day_logs(DateRange{add_days(kept->last, 1), yesterday});
}

}  // namespace

void refresh_day_summaries(Store& store, const Catalog& catalog, Date today) {
    const std::optional<Date> first_used = store.first_day();
    if (!first_used || *first_used >= today) return;
    const PlanRecord record = store.plan_record();
    const std::optional<RoutineSnapshot> gentle = gentle_snapshot(catalog);
    const Date yesterday = add_days(today, -1);
    bring_day_logs_up_to(store, *first_used, yesterday);
    for (const auto& [id, routine] : catalog.routines) {
        const RoutineSnapshot current = snapshot_of(catalog, routine);
        const ReportBasis basis{catalog, current, gentle ? &*gentle : nullptr, record};
        const bool with_gentle = has_gentle_stand_in(basis);
        const auto last = store.day_summary_until(id, with_gentle, yesterday);
        const Date from = last ? add_days(last->day, 1) : *first_used;
        if (from > yesterday || !summaries_settled(basis)) continue;
        const auto days = store.kept_day_logs(DateRange{from, yesterday}, *first_used, today);
        store.save_day_summaries(id, with_gentle, [&](const auto& emit) {
            summarize_days(basis, first_used, last ? std::optional(last->streak) : std::nullopt, *days, from,
                           yesterday, today, emit);
        });
    }
}

ReportLog report_log(const Store* store, const ReportBasis& basis, const DateRange& range, Date today,
                     std::optional<Date> first_used) {
    ReportLog log{first_used, std::nullopt, nullptr};
    if (!store || !first_used) {
        log.days = std::make_unique<NoDays>();
        return log;
    }
    // The walk starts after the newest summary before both the range and
    // today (days from today on are not summarized), else at the first day
    // of use.
    const Date before = add_days(std::min(range.first, today), -1);
    if (const auto summary = store->day_summary_until(basis.routine.id, has_gentle_stand_in(basis), before))
        log.streak_before = summary->streak;
    const Date from = log.streak_before ? add_days(log.streak_before->through, 1) : std::min(*first_used, range.first);
    log.days = store->kept_day_logs(DateRange{std::min(from, range.first), range.last}, *first_used, today);
    return log;
}

std::optional<RoutineSnapshot> gentle_snapshot(const Catalog& catalog) {
    const auto gentle = catalog.routines.find(kGentleRoutine);
    if (gentle == catalog.routines.end()) return std::nullopt;
    return snapshot_of(catalog, gentle->second);
}

namespace {

/// What judging today of `routine_id` needs, read from `store`.
struct TodayBasis {
    PlanRecord record;
    RoutineSnapshot routine;  ///< only its id is read: today is judged by its recorded version
    std::optional<RoutineSnapshot> gentle;
    std::optional<Date> first_used;
    DayLog log;

    TodayBasis(const Store& store, const Catalog& catalog, const std::string& routine_id, Date today)
        : record(store.plan_record()), gentle(gentle_snapshot(catalog)), first_used(store.first_day()),
          log(day_log_of(store, today)) {
        routine.id = routine_id;
    }
    ReportBasis basis(const Catalog& catalog) const { return {catalog, routine, gentle ? &*gentle : nullptr, record}; }
};

}  // namespace

bool resume_alters_settled_today(const Store& store, const Catalog& catalog, const std::string& exercise, Date today) {
    try {
        TodayBasis today_basis(store, catalog, {}, today);
        // Every routine that may judge today: those of the files, and those
        // on record (a routine whose file changed or went keeps its version
        // of today).
        std::set<std::string> ids;
        for (const auto& [id, routine] : catalog.routines) ids.insert(id);
        for (const auto& [id, versions] : today_basis.record.versions) ids.insert(id);
        return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
            today_basis.routine.id = id;
            return resume_alters_settled_today(today_basis.basis(catalog), exercise, today_basis.first_used,
                                               today_basis.log, today);
        });
    } catch (const Error&) {
        return false;  // a damaged recorded version: judged as before, from today
    }
}

bool change_alters_settled_today(const Store& store, const Catalog& catalog, const RoutineSnapshot& changed,
                                 Date today) {
    try {
        const TodayBasis today_basis(store, catalog, changed.id, today);
        return change_alters_settled_today(today_basis.basis(catalog), changed, today_basis.first_used,
                                           today_basis.log, today);
    } catch (const Error&) {
        // A damaged recorded version cannot say how today stood; it never
        // stops a write, so the change counts from today, as before.
        return false;
    }
}

Report judged_report(const Catalog& catalog, const Routine& routine, const Store* store, const DateRange& range,
                     Date today, int week_start) {
    const std::optional<Date> first_used = store ? store->first_day() : std::nullopt;
    const PlanRecord record = store ? store->plan_record() : PlanRecord{};
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    const std::optional<RoutineSnapshot> gentle = gentle_snapshot(catalog);
    const ReportBasis basis{catalog, current, gentle ? &*gentle : nullptr, record};
    // Only the range is read: the streaks before it come from the summaries.
    ReportLog log = report_log(store, basis, range, today, first_used);
    return build_report(basis, LoggedDays{log.first_used, log.streak_before, *log.days}, range, today, week_start);
}

}  // namespace stretch
