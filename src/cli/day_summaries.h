#pragma once
/// The per-day summaries (migration 4) and day logs (migration 6) kept in
/// the log: filled in by every command that writes, read by report to start
/// its walk at its range and to read a row a day rather than the entries.

#include "core/catalog.h"
#include "core/report.h"
#include "store/store.h"

namespace stretch {

/// Brings the day logs, then the summaries of every routine of `catalog`,
/// up to the day before `today`, from the last one kept (or the first day
/// of use). A routine without a recorded version in force is left without
/// summaries: its past days are still judged by today's files, which may
/// change. Runs inside the write transaction of the command that changed
/// the log.
void refresh_day_summaries(Store& store, const Catalog& catalog, Date today);

/// What a report over `range` reads from `store`: the streaks at the newest
/// summary before the range and today, and the days logged after it.
/// The cursor reads `store`, which must outlive it.
struct ReportLog {
    std::optional<Date> first_used;
    std::optional<StreakState> streak_before;
    std::unique_ptr<DayLogCursor> days;
};
ReportLog report_log(const Store* store, const ReportBasis& basis, const DateRange& range, Date today,
                     std::optional<Date> first_used);

/// The gentle routine as today's files define it, when they have one.
std::optional<RoutineSnapshot> gentle_snapshot(const Catalog& catalog);

/// Whether resuming `exercise` from today would judge a settled today
/// otherwise for any routine, of the files or on record
/// (resume_alters_settled_today() in core/report.h).
bool resume_alters_settled_today(const Store& store, const Catalog& catalog, const std::string& exercise, Date today);
/// Whether recording `changed` from today would judge a settled today
/// otherwise (change_alters_settled_today() in core/report.h):
/// Store::record_routines asks.
bool change_alters_settled_today(const Store& store, const Catalog& catalog, const RoutineSnapshot& changed, Date today);

/// The report of `routine` over `range`, every day judged by its plan of
/// record, read from `store` (none: nothing logged): what `report` shows and
/// the week sheet marks. Call it inside Store::read_consistently.
Report judged_report(const Catalog& catalog, const Routine& routine, const Store* store, const DateRange& range,
                     Date today, int week_start);

}  // namespace stretch
