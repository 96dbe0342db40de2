#pragma once
/// The week sheet: seven days' plans of record side by side, one row per
/// stretch, so a week can be printed as one grid of boxes to tick. Pure.

#include <vector>

#include "core/plan.h"

namespace stretch {

enum class WeekCell {
    due,      ///< on that day's plan, not yet logged
    done,     ///< on that day's plan and logged
    paused,   ///< the stretch was paused that day
    not_due,  ///< not asked that day: a rest day, a skipped day, or not in that day's routine
};

struct WeekRow {
    PlanItem first;                ///< the stretch as planned on its first due day (dose and target)
    std::vector<WeekCell> cells;   ///< one per day of the sheet
};

struct WeekSheet {
    std::vector<Plan> days;        ///< in order, each the plan of record of its day
    std::vector<WeekRow> rows;     ///< every stretch due on at least one day, in the order first met
    std::vector<PausedItem> paused;  ///< stretches paused on some day and due on none, each once
};

/// Lays `days` out as a sheet. A skipped day asks for nothing, so its
/// column has no boxes, like a day the routine does not run.
WeekSheet build_week_sheet(std::vector<Plan> days);

}  // namespace stretch
