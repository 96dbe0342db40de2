#include "cli/day_summaries.h"

namespace stretch {

namespace {

/// A cursor over nothing, for a report without a log.
class NoDays final : public DayLogCursor {
public:
    std::optional<DayLog> next() override { return std::nullopt; }
};

bool has_gentle_stand_in(const ReportBasis& basis) {
    return basis.gentle && basis.gentle->id != basis.routine.id;
}

}  // namespace

void refresh_day_summaries(Store& store, const Catalog& catalog, Date today) {
    const std::optional<Date> first_used = store.first_day();
    if (!first_used || *first_used >= today) return;
    const PlanRecord record = store.plan_record();
    const auto gentle_routine = catalog.routines.find(kGentleRoutine);
    const std::optional<RoutineSnapshot> gentle =
        gentle_routine == catalog.routines.end() ? std::nullopt
                                                 : std::optional(snapshot_of(catalog, gentle_routine->second));
    const Date yesterday = add_days(today, -1);
    for (const auto& [id, routine] : catalog.routines) {
        const RoutineSnapshot current = snapshot_of(catalog, routine);
        const ReportBasis basis{catalog, current, gentle ? &*gentle : nullptr, record};
        const bool with_gentle = has_gentle_stand_in(basis);
        const auto last = store.day_summary_until(id, with_gentle, yesterday);
        const Date from = last ? add_days(last->day, 1) : *first_used;
        if (from > yesterday || !summaries_settled(basis, from)) continue;
        const auto days = store.day_logs(DateRange{from, yesterday});
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
    log.days = store->day_logs(DateRange{std::min(from, range.first), range.last});
    return log;
}

}  // namespace stretch
