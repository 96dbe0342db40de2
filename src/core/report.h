#pragma once
/// The report: how consistently a routine was followed over a range of days,
/// its streaks, and how pain changed. Pure: the log and today are passed in.
///
/// Vocabulary (the README uses the same words):
/// - planned: the distinct exercise ids the plan of record asked for that day
///   (expected_on): the routine version in force, without paused stretches.
/// - complete / partial / missed: all / some / none of the planned stretches
///   were logged that day. Today is `pending` until it is complete (or the
///   gentle routine keeps it), and judged only once it is over; days after
///   today are `future` whatever the schedule says; days before the first
///   entry of the log are `not_started` (nobody was using stretch yet, so
///   they are not missed).
/// - skipped: a day the person set aside (rest, illness, travel) and did not
///   complete; gentle: a day not complete on this routine on which the gentle
///   routine's plan was completed; paused: a scheduled day on which every
///   stretch was paused; rested: see DayStatus. None of these is missed.
/// - counted days: complete, partial or missed days; consistency is
///   complete / counted. Streaks grow on complete days, break on partial and
///   missed ones, and pass over every other day.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/date.h"
#include "core/date_range.h"
#include "core/day_log.h"
#include "core/day_status.h"
#include "core/entry.h"
#include "core/pain.h"
#include "core/record.h"

namespace stretch {

/// Whether the gentle routine kept `day` of the routine `routine_id`
/// (DayStatus::gentle): it is another routine, and the gentle routine's
/// plan of record asked for stretches that day and `log` has every one of
/// them. The one rule the report (and the week sheet, which asks it),
/// status, remind and log apply. `log` is that day's.
bool gentle_kept(const PlanRecord& record, const RoutineSnapshot& gentle, const std::string& routine_id, Date day,
                 Date today, const DayLog& log);

struct DayResult {
    Date day;
    DayStatus status = DayStatus::missed;
    int planned = 0;  ///< stretches the routine plans that day (0 when not scheduled)
    int done = 0;     ///< distinct planned stretches logged that day
    std::optional<double> pain;  ///< mean of that day's stand-alone pain scores
    /// The highest pain given that day at all (highest_pain()): on its own,
    /// with a stretch, or after a guided session, so that a day rested
    /// after a stretch hurt shows the pain it rested for.
    std::optional<int> highest_pain;
    std::vector<std::string> paused;  ///< the routine's stretches paused that day (scheduled days only)
};

struct StretchSummary {
    std::string exercise_id;
    std::string name;      ///< the catalog's name; the id when the catalog no longer has it
    /// Counted days on which it was planned and logged, so never more than
    /// days_planned (a routine stretch paused all along is 0/0); for a
    /// stretch outside the routine, the counted days on which it was logged.
    /// A pending today counts here for the stretches already logged on it
    /// (StretchTallies::add).
    int days_done = 0;
    int days_planned = 0;  ///< counted days on which the routine planned it
    int days_paused = 0;   ///< scheduled days up to today on which it was paused, skipped days included
    /// Sum of the reps of its entries on every day of the range up to today
    /// on which the routine was in use (not before its first day, nor after
    /// its file went), however the day is judged.
    int total_reps = 0;
    std::optional<double> mean_pain;  ///< mean of the pain logged with it on those same days
    int pain_count = 0;
    std::optional<int> highest_pain;  ///< the highest of them
};

struct WeekSummary {
    Date start;  ///< first day of the calendar week; may be before the range (the week is clipped to it)
    int counted_days = 0;  ///< counted days within the week and the range
    int complete_days = 0;
    std::optional<double> consistency;  ///< complete / counted, 0..1; nullopt when nothing counted
    int pain_scores = 0;
    std::optional<double> mean_pain;
};

/// A week is adherent when at least 80% of its counted days are complete.
inline constexpr double kAdherentConsistency = 0.8;
/// A pain change is meaningful from this many points ...
inline constexpr double kMeaningfulPainPoints = 2.0;
/// ... or from this fraction of the first week's mean ...
inline constexpr double kMeaningfulPainFraction = 0.3;
/// ... and only when each of the two weeks compared holds this many scores.
inline constexpr int kMinScoresToJudge = 3;

struct PainSummary {
    int count = 0;
    std::optional<double> mean;
    std::optional<int> lowest, highest;
    /// Means of the first and last week of the range that have scores; the
    /// same week (and value) when only one week has scores.
    std::optional<double> first_week_mean, last_week_mean;
    int first_week_scores = 0, last_week_scores = 0;
    std::optional<double> change;          ///< last - first; needs two different weeks with scores
    std::optional<double> change_percent;  ///< change / first * 100; nullopt when first is 0
    /// |change| >= 2 points or >= 30% of the first week's mean; nullopt when
    /// there is no change to judge or either week has fewer than kMinScoresToJudge scores.
    std::optional<bool> meaningful;
    /// Mean of the weekly means of adherent / other weeks with scores. Both
    /// means and counts are set only when both groups are non-empty.
    std::optional<double> adherent_weeks_mean;
    std::optional<double> other_weeks_mean;
    int adherent_weeks = 0, other_weeks = 0;
};

/// What guided sessions (stretch go) did to pain right away: over the days
/// of the range with a pain score both before and after a session, the
/// means of each day's mean before and mean after.
struct SessionPain {
    int days = 0;
    std::optional<double> mean_before, mean_after;
    std::optional<double> change;  ///< mean_after - mean_before
};

/// A note written with an entry: what a therapist reads beside the numbers.
struct ReportNote {
    Date day;
    std::string exercise;     ///< the stretch's name; empty for a pain score
    std::optional<int> pain;  ///< the pain given with it
    std::string note;
};

struct Report {
    DateRange range;
    Date today;
    std::string routine_id, routine_name;
    int counted_days = 0;  ///< "scheduled days" up to today: complete + partial + missed
    int complete_days = 0, partial_days = 0, missed_days = 0;
    int skipped_days = 0, rested_days = 0, gentle_days = 0, paused_days = 0;  ///< up to today; never counted
    std::optional<double> consistency;  ///< complete / counted (0..1); nullopt when nothing counted
    int stretches_done = 0, stretches_planned = 0;  ///< sums of done / planned over counted days
    int current_streak = 0, longest_streak = 0;
    std::vector<DayResult> days;  ///< one per day of the range, in order (future days included)
    /// The routine's exercises in routine order (each once), then any other
    /// exercise logged in the range up to today since the routine was in
    /// use (days_planned 0), by id.
    std::vector<StretchSummary> stretches;
    std::vector<WeekSummary> weeks;  ///< calendar weeks overlapping the range, in order
    PainSummary pain;
    SessionPain sessions;
    /// Set by the caller, about today rather than the range: why the gentle
    /// routine is suggested now.
    std::optional<Flare> flare;
    /// Set by the caller for the formats that print them (HTML, Markdown):
    /// the notes of the range's entries up to today, oldest first.
    std::vector<ReportNote> notes;
};

/// Complete, partial and missed days: the ones consistency counts.
bool is_counted(DayStatus status);
/// Today's result when today is in the report and still pending, else null.
const DayResult* today_in_progress(const Report& report);

/// The days of the report with `status`, in order.
std::vector<Date> days_with(const Report& report, DayStatus status);

/// The kinds of day set aside, never missed, and what a report calls them.
struct SetAside {
    DayStatus status;
    const char* label;
};
inline constexpr SetAside kSetAside[] = {{DayStatus::skipped, "Skipped (rest, illness, travel)"},
                                         {DayStatus::rested, "Rested after pain of 7 or more"},
                                         {DayStatus::gentle, "Gentle routine done instead"},
                                         {DayStatus::paused, "Every stretch paused"}};

/// Everything a day is judged by apart from what was logged on it.
struct ReportBasis {
    const Catalog& catalog;          ///< exercise names
    const RoutineSnapshot& routine;  ///< the routine reported on, as today's files define it
    const RoutineSnapshot* gentle;   ///< the gentle routine as today's files define it; null when none
    const PlanRecord& record;
};

/// The streaks as they stood at the end of a day: the current run of
/// complete days and the longest run up to then.
struct StreakState {
    Date through;
    int current = 0;
    int longest = 0;
};

/// A past day as judged by the plan of record, with the streaks at its end:
/// the per-day summary a store keeps so that a report reads only its range.
struct DaySummary {
    Date day;
    DayStatus status = DayStatus::missed;
    int planned = 0;
    int done = 0;
    StreakState streak;
};

/// What was logged, as a report reads it.
struct LoggedDays {
    /// The first day with an entry, a skip or a pause; nullopt for an empty log.
    std::optional<Date> first_used;
    /// The streaks at the end of a day before the range (and before today),
    /// from the store's summaries; nullopt to count them from first_used.
    std::optional<StreakState> streak_before;
    /// Every day with something logged from the day after streak_before
    /// (else from first_used, or the range's first day when that is earlier)
    /// to the end of the range, in order.
    DayLogCursor& days;
};

/// What a report is computed from when the whole log is in memory.
struct ReportSources {
    const Catalog& catalog;
    const RoutineSnapshot& routine;
    const RoutineSnapshot* gentle;
    const PlanRecord& record;
    /// At least every entry from the first logged day up to the end of the
    /// range; entries outside the range are used only for streaks.
    const History& history;
};

/// Builds the report over `range` (first <= last) as seen on `today`, each
/// day judged by expected_on(). `week_start`: 0 = Monday ... 6 = Sunday.
/// Walks the days once, in order, from where the streaks must be counted.
Report build_report(const ReportBasis& basis, LoggedDays logged, const DateRange& range, Date today,
                    int week_start);

/// The same from scratch: every streak counted from the first day of use.
Report build_report(const ReportSources& sources, const DateRange& range, Date today, int week_start);

/// Judges the days `from`..`to` (all before `today`) in order, carrying the
/// streaks on from `streak_before` (the day before `from`; nullopt when
/// `from` is the first day of use), and hands each day's summary to `emit`.
/// `days` holds every day with something logged from `from` to `to`.
void summarize_days(const ReportBasis& basis, std::optional<Date> first_used,
                    std::optional<StreakState> streak_before, DayLogCursor& days, Date from, Date to, Date today,
                    const std::function<void(const DaySummary&)>& emit);

/// How today, judged as it will be once it has passed, stands for
/// `basis.routine` under the plan of record as it is, when it is settled:
/// it already asks nothing more (complete, skipped, rested, kept by the
/// gentle routine, all paused, not a day of the routine, or before its
/// first use). Nullopt while it is partial or missed, and for a day of a
/// retired routine (its file gone), which is never settled. `log` is today's.
std::optional<DayStatus> settled_status(const ReportBasis& basis, std::optional<Date> first_used, const DayLog& log,
                                        Date today);

/// Whether recording `changed` as the version of `basis.routine` from today
/// would judge a settled today otherwise: a complete day made partial or
/// not scheduled, a day with nothing due made due. Such a change counts
/// from tomorrow, so that a day settled when it was shown stays as it was.
bool change_alters_settled_today(const ReportBasis& basis, const RoutineSnapshot& changed,
                                 std::optional<Date> first_used, const DayLog& log, Date today);

/// The same for resuming `exercise` from today (resume_from()).
bool resume_alters_settled_today(const ReportBasis& basis, const std::string& exercise,
                                 std::optional<Date> first_used, const DayLog& log, Date today);

/// Whether past days can be summarized once and for all: the log records
/// routine versions, so each past day of any routine, the gentle one
/// included, is judged by its plan of record (a routine first recorded later
/// was not started yet), and no later change of today's files changes how.
bool summaries_settled(const ReportBasis& basis);

/// The same for a routine of today's files with nothing paused or skipped.
Report build_report(const Catalog& catalog, const Routine& routine, const History& history,
                    const DateRange& range, Date today, int week_start);

}  // namespace stretch
