#pragma once
/// The plan for one day: which stretches to do, at what dose, which are
/// paused, and whether the day is skipped. Built from expected_on(), so a
/// past day's plan is the one it had.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/date.h"
#include "core/day_status.h"
#include "core/pain.h"
#include "core/progression.h"
#include "core/record.h"

namespace stretch {

struct PlanItem {
    Exercise exercise;       ///< a copy, so a plan outlives the catalog; a bare id when the files lost it
    Dose dose;               ///< the routine's dose for this step
    Target target;           ///< what to do today within the dose's ranges (core/progression.h)
    int estimated_seconds = 0;  ///< at the target
    bool done = false;       ///< logged on the plan's day
    std::string caution;     ///< why to go gentler today; empty when there is no reason
};

/// A stretch of the routine that is paused on the plan's day.
struct PausedItem {
    Exercise exercise;
    Date since;  ///< its first paused day
    std::string reason;
    std::optional<Date> resumed_on;  ///< the first day it is due again, once resumed
    bool done = false;               ///< logged that day all the same (before the pause, say)
};

/// "since Monday 7 December 2026", or, for a sheet that runs to `last_day`
/// and shows it resumed, "from Monday 7 December 2026 to Sunday 13 December
/// 2026" (its last paused day).
std::string paused_span(const PausedItem& item, Date last_day);
/// A paused stretch already resumed from a day after `last_day` (one
/// resumed today, due from tomorrow; or seen on a past day's plan): "due
/// again from Thursday 17 December 2026", said instead of how to resume it.
/// nullopt while it stays paused, or when paused_span already ends it.
std::optional<std::string> due_again(const PausedItem& item, Date last_day);

struct Plan {
    Date date;
    RoutineSnapshot routine;  ///< the definition in force on `date`
    bool scheduled = false;   ///< false when the routine does not run on this weekday
    std::optional<std::string> skip_reason;  ///< set (maybe empty) when a scheduled day is skipped
    std::vector<PlanItem> items;     ///< the stretches due; empty when not scheduled
    std::vector<PausedItem> paused;  ///< the routine's paused stretches
    bool past = false;               ///< before today (see ExpectedDay::past)
    bool before_routine = false;     ///< see ExpectedDay::before_routine
    /// A day up to today as the report judges it (judged_report); nullopt
    /// for a later day, or a plan built without asking the report.
    std::optional<DayStatus> judged;
    bool change_waits = false;      ///< see ExpectedDay::change_waits
    bool retirement_waits = false;  ///< see ExpectedDay::retirement_waits

    bool skipped() const { return skip_reason.has_value(); }
    /// True when the day asks for any stretch: scheduled, not skipped, and
    /// not everything paused. A sheet has boxes for it.
    bool asks_anything() const { return scheduled && !skipped() && !items.empty(); }
    int estimated_minutes() const;
    /// True when nothing is left to do whatever is logged: the day is
    /// skipped, or judged kept by the gentle routine, rested, or before the
    /// log began.
    bool asks_nothing_more() const;
    /// Stretches still to do; 0 when the day asks for nothing more.
    int remaining_count() const;
    /// Minutes for the stretches not yet done, rounded up.
    int remaining_minutes() const;
};

/// How often `routine` runs, "daily" or "mon, wed, fri"; for a retired
/// routine, that its file is gone.
std::string schedule_text(const RoutineSnapshot& routine);
/// "10 stretches, about 15 min.": what a scheduled day's plan asks for.
std::string size_text(const Plan& plan);
/// "This day is skipped (REASON): nothing is due and no streak is lost.", in
/// the past tense for a past day; `shown_reason` is the skip's reason as the
/// format shows it. A skipped day done all the same says it counts as
/// complete instead, as the report counts it.
std::string skipped_sentence(const Plan& plan, const std::string& shown_reason);
/// True for a skipped day whose stretches were all done all the same: as the
/// report judged it (Plan::judged) where it did, else by its items.
bool done_all_the_same(const Plan& plan);
/// For a past day the report does not count as missed though stretches of
/// its plan were left undone, the sentence saying why: kept by the gentle
/// routine, rested after severe pain, or a scheduled day before the log
/// began (the week sheet marks it "-", nothing asked). nullopt for any
/// other day.
std::optional<std::string> not_missed_sentence(const Plan& plan);
/// True for today skipped after a severe pain given today: the day is for
/// rest, so a printed plan lists none of its stretches. Any other skipped
/// day keeps them, for whoever feels like them.
bool rests_after_severe_pain(const Plan& plan, const std::optional<Flare>& flare);
/// For today when a change to its routine waits for tomorrow, the sentence
/// saying so; nullopt for any other day.
std::optional<std::string> waiting_change_sentence(const Plan& plan);
/// Why a day its routine does not schedule asks for nothing, as a sentence.
std::string unscheduled_reason(const Plan& plan);

/// Minutes the whole routine takes on a day it is scheduled, rounded up, at
/// most: at the top of every range, or at the low end for a routine that
/// does not progress (its targets never grow). A day's plan uses its targets.
int routine_minutes(const RoutineSnapshot& routine);
int routine_minutes(const Catalog& catalog, const Routine& routine);
/// Minutes the whole routine takes at the low end of every range, rounded
/// up: what a first day's plan asks, before any stretch has grown. From it
/// to routine_minutes is the span `list` shows.
int routine_minutes_at_start(const Catalog& catalog, const Routine& routine);

/// Cautions for a day's plan, by exercise id.
using Cautions = std::map<std::string, std::string>;
/// Each stretch's progress up its ranges at the start of the plan's day, by
/// exercise id; a stretch not named is at the low end.
using Progresses = std::map<std::string, Progress>;

/// Builds the plan of what `expected` asked. `done_ids` are the exercise ids
/// logged that day; exercise texts come from `catalog`.
Plan build_plan(const Catalog& catalog, const ExpectedDay& expected, const std::set<std::string>& done_ids = {},
                const Cautions& cautions = {}, const Progresses& progress = {});

/// The rule `routine` progresses by: its progression_days and pain zones
/// (config.toml's are folded into the routine when the catalog is loaded, so
/// that they are recorded with each version), else the defaults; nullopt
/// when the routine turns progression off.
std::optional<ProgressionRule> progression_rule(const RoutineSnapshot& routine);

/// The plan of `routine` for `day` as today's files define it, with nothing
/// paused or skipped.
Plan build_plan(const Catalog& catalog, const Routine& routine, Date day, const std::set<std::string>& done_ids = {});

}  // namespace stretch
