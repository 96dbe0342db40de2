#pragma once
/// The week sheet: seven days' plans of record side by side, one row per
/// stretch, so a week can be printed as one grid of boxes to tick. Pure.

#include <string>
#include <vector>

#include "core/day_status.h"
#include "core/plan.h"

namespace stretch {

enum class WeekCell {
    due,      ///< on that day's plan, not yet logged
    done,     ///< on that day's plan and logged
    paused,   ///< the stretch was paused on a day that asked for others
    not_due,  ///< not asked that day: a day off the routine, paused on a day that asks nothing, or not in that day's routine
    skipped,  ///< on the plan of a day set aside with `stretch skip`, and not done
    gentle,   ///< on that day's plan, not logged, on a day the gentle routine kept (DayStatus::gentle)
    rested,   ///< on that day's plan, not logged, on a day rested after severe pain (DayStatus::rested)
};

/// A stretch's dose as a later day of the sheet plans it, when it differs
/// from the day before it was due (a routine change, or a target that moved).
struct DoseChange {
    Date from;
    PlanItem item;
};

struct WeekRow {
    PlanItem first;               ///< the stretch as planned on its first due day (dose and target)
    std::vector<WeekCell> cells;  ///< one per day of the sheet
    std::vector<DoseChange> changes;
    /// Why to go gentler (PlanItem::caution) as today's plan says it, when
    /// the sheet holds today (else its first day to come, or for a week
    /// gone by its last day), or the last day before that planned the
    /// stretch: a sheet made on the day after a pain says it, whichever day
    /// it starts on. Empty when that day says nothing.
    std::string caution;
    /// `first`, with `caution`: the stretch as the sheet's instructions give it.
    PlanItem as_instructed() const;
};

/// The routine definition in force from a day of the sheet on.
struct RoutineFrom {
    Date from;
    RoutineSnapshot routine;
};

struct WeekSheet {
    std::vector<Plan> days;           ///< in order, each the plan of record of its day
    std::vector<RoutineFrom> routines;  ///< the first day's definition, then each change
    /// Every stretch due on at least one day, in the order of the plans: one
    /// first met on a later day goes after the stretch before it there.
    std::vector<WeekRow> rows;
    std::vector<PausedItem> paused;  ///< every stretch paused on any day, each once, as first met

    /// True when no day of the sheet asks for anything.
    bool asks_nothing() const;
    /// True when some cell is `kind`.
    bool shows(WeekCell kind) const;
};

/// Lays `days` (at least one) out as a sheet. A skipped day asks for
/// nothing, so its column has no boxes, like a day the routine does not run:
/// what it planned is `skipped`, or `done` when it was done all the same.
/// On a day whose plan is judged (Plan::judged) kept by the gentle routine
/// or rested after severe pain, what was left of this routine is no box to
/// tick.
WeekSheet build_week_sheet(std::vector<Plan> days);

/// Whether a day's column has cells to write in (the pain before and after,
/// and notes): only a day that asks for stretches, and not one before the
/// log began, whose stretch cells are "-" too.
bool has_write_in_cells(const Plan& day);

/// "Stretch week: Monday 23 November 2026 to Sunday 29 November 2026".
std::string week_title(const WeekSheet& sheet);

/// "Short (short), mon, wed, fri." then "From Wednesday 25 November 2026:
/// Short (short), daily." for each change of definition. Plain text.
std::vector<std::string> routine_lines(const WeekSheet& sheet);

/// The doses that change on one day of the sheet.
struct DoseChangesOn {
    Date day;
    std::vector<std::string> doses;  ///< "Bridge: 12 reps (8-12)", in the order of the rows. Plain text.
};

/// Each day of the sheet on which a dose changes, in order: a routine
/// change or a target that moves changes many on the same day.
std::vector<DoseChangesOn> dose_changes(const WeekSheet& sheet);

}  // namespace stretch
