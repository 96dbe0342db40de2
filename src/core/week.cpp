#include "core/week.h"

#include <algorithm>

namespace stretch {

namespace {

bool asks_for(const Plan& plan) { return plan.scheduled && !plan.skipped(); }

WeekCell cell_of(const Plan& plan, const std::string& id) {
    const bool paused = std::any_of(plan.paused.begin(), plan.paused.end(),
                                    [&](const PausedItem& p) { return p.exercise.id == id; });
    if (paused && plan.scheduled) return WeekCell::paused;
    if (!asks_for(plan)) return WeekCell::not_due;
    for (const PlanItem& item : plan.items)
        if (item.exercise.id == id) return item.done ? WeekCell::done : WeekCell::due;
    return WeekCell::not_due;
}

bool has_row(const std::vector<WeekRow>& rows, const std::string& id) {
    return std::any_of(rows.begin(), rows.end(), [&](const WeekRow& r) { return r.first.exercise.id == id; });
}

}  // namespace

WeekSheet build_week_sheet(std::vector<Plan> days) {
    WeekSheet sheet;
    sheet.days = std::move(days);
    for (const Plan& plan : sheet.days) {
        if (!asks_for(plan)) continue;
        for (const PlanItem& item : plan.items)
            if (!has_row(sheet.rows, item.exercise.id)) sheet.rows.push_back(WeekRow{item, {}});
    }
    for (WeekRow& row : sheet.rows)
        for (const Plan& plan : sheet.days) row.cells.push_back(cell_of(plan, row.first.exercise.id));
    for (const Plan& plan : sheet.days)
        for (const PausedItem& item : plan.paused) {
            const bool listed = std::any_of(sheet.paused.begin(), sheet.paused.end(),
                                            [&](const PausedItem& p) { return p.exercise.id == item.exercise.id; });
            if (!listed && !has_row(sheet.rows, item.exercise.id)) sheet.paused.push_back(item);
        }
    return sheet;
}

}  // namespace stretch
