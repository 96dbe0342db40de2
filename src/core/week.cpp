#include "core/week.h"

#include <algorithm>

#include "core/progression.h"

namespace stretch {

namespace {

const PlanItem* item_of(const Plan& plan, const std::string& id) {
    for (const PlanItem& item : plan.items)
        if (item.exercise.id == id) return &item;
    return nullptr;
}

const PausedItem* paused_on(const Plan& plan, const std::string& id) {
    const auto found = std::find_if(plan.paused.begin(), plan.paused.end(),
                                    [&](const PausedItem& p) { return p.exercise.id == id; });
    return found == plan.paused.end() ? nullptr : &*found;
}

/// A day that asks for nothing has no boxes at all, and neither has a past
/// day before the log began: no day missed, as the report says ("not
/// started"). A paused stretch says so only on a day that asks for others.
/// What a skipped day planned, or a paused stretch, is ticked when it was
/// done anyway (a stretch done before it was paused that day, say).
WeekCell cell_of(const Plan& plan, const std::string& id) {
    if (!plan.scheduled || plan.judged == DayStatus::not_started) return WeekCell::not_due;
    const PausedItem* paused = paused_on(plan, id);
    if (paused && paused->done) return WeekCell::done;
    if (plan.skipped()) {
        const PlanItem* item = paused ? nullptr : item_of(plan, id);
        return !item ? WeekCell::not_due : item->done ? WeekCell::done : WeekCell::skipped;
    }
    if (paused) return plan.asks_anything() ? WeekCell::paused : WeekCell::not_due;
    const PlanItem* item = item_of(plan, id);
    if (!item) return WeekCell::not_due;
    if (item->done) return WeekCell::done;
    if (plan.judged == DayStatus::gentle) return WeekCell::gentle;
    if (plan.judged == DayStatus::rested) return WeekCell::rested;
    return WeekCell::due;
}

std::vector<WeekRow>::iterator row_of(std::vector<WeekRow>& rows, const std::string& id) {
    return std::find_if(rows.begin(), rows.end(), [&](const WeekRow& r) { return r.first.exercise.id == id; });
}

/// Adds a row for each stretch of `plan` not yet on the sheet, just after
/// the row of the stretch before it in `plan`, so that one paused on the
/// first days keeps its place in the routine when it comes back.
void add_rows(std::vector<WeekRow>& rows, const Plan& plan) {
    auto after = rows.begin();
    for (const PlanItem& item : plan.items) {
        if (const auto found = row_of(rows, item.exercise.id); found != rows.end()) {
            after = std::next(found);
            continue;
        }
        after = std::next(rows.insert(after, WeekRow{item, {}, {}, {}}));
    }
}

/// The day of the sheet whose cautions it gives: today, or the first day to
/// come, as the plans of the days to come are made from the log as it is
/// now; for a week that has passed, its last day.
size_t day_in_focus(const std::vector<Plan>& days) {
    const auto coming = std::find_if(days.begin(), days.end(), [](const Plan& plan) { return !plan.past; });
    return coming == days.end() ? days.size() - 1 : static_cast<size_t>(coming - days.begin());
}

/// The row's cells, each day its dose differs from the day it was last due,
/// and its caution: the one of the day in focus, or of the last day before
/// it that planned the stretch (of the first after it, when none did).
void fill_row(WeekRow& row, const std::vector<Plan>& days, size_t focus) {
    std::string last = describe(row.first.dose, row.first.target);
    bool caution_found = false;
    for (size_t i = 0; i < days.size(); ++i) {
        const Plan& plan = days[i];
        row.cells.push_back(cell_of(plan, row.first.exercise.id));
        const PlanItem* item = plan.asks_anything() ? item_of(plan, row.first.exercise.id) : nullptr;
        if (!item) continue;
        if (i <= focus || !caution_found) row.caution = item->caution;
        caution_found = true;
        const std::string dose = describe(item->dose, item->target);
        if (dose != last) row.changes.push_back(DoseChange{plan.date, *item});
        last = dose;
    }
}

}  // namespace

bool WeekSheet::asks_nothing() const {
    return std::none_of(days.begin(), days.end(), [](const Plan& plan) { return plan.asks_anything(); });
}

bool WeekSheet::shows(WeekCell kind) const {
    return std::any_of(rows.begin(), rows.end(), [kind](const WeekRow& row) {
        return std::find(row.cells.begin(), row.cells.end(), kind) != row.cells.end();
    });
}

PlanItem WeekRow::as_instructed() const {
    PlanItem item = first;
    item.caution = caution;
    item.done = false;  // a week's instructions are for every day, not the first
    return item;
}

bool has_write_in_cells(const Plan& day) { return day.asks_anything() && day.judged != DayStatus::not_started; }

WeekSheet build_week_sheet(std::vector<Plan> days) {
    WeekSheet sheet;
    sheet.days = std::move(days);
    for (const Plan& plan : sheet.days) {
        if (sheet.routines.empty() || !(sheet.routines.back().routine == plan.routine))
            sheet.routines.push_back(RoutineFrom{plan.date, plan.routine});
        for (const PausedItem& item : plan.paused)
            if (std::none_of(sheet.paused.begin(), sheet.paused.end(),
                             [&](const PausedItem& p) { return p.exercise.id == item.exercise.id; }))
                sheet.paused.push_back(item);
        // A skipped day's stretches have rows too once one was done anyway,
        // so that the grid ticks what its plan and the report count.
        const bool some_done_anyway = plan.skipped() && std::any_of(plan.items.begin(), plan.items.end(),
                                                                    [](const PlanItem& item) { return item.done; });
        if (plan.asks_anything() || some_done_anyway) add_rows(sheet.rows, plan);
    }
    const size_t focus = day_in_focus(sheet.days);
    for (WeekRow& row : sheet.rows) fill_row(row, sheet.days, focus);
    return sheet;
}

std::string week_title(const WeekSheet& sheet) {
    return "Stretch week: " + long_date(sheet.days.front().date) + " to " + long_date(sheet.days.back().date);
}

std::vector<std::string> routine_lines(const WeekSheet& sheet) {
    std::vector<std::string> lines;
    std::string shown;
    for (const RoutineFrom& version : sheet.routines) {
        const RoutineSnapshot& routine = version.routine;
        const std::string text = routine.name + " (" + routine.id + "), " + schedule_text(routine) + ".";
        // A version that changed only what this line does not say (its
        // stretches, in the grid; a dose or progression_days) adds no line.
        if (text == shown) continue;
        lines.push_back(lines.empty() ? "Routine: " + text : "From " + long_date(version.from) + ": " + text);
        shown = text;
    }
    return lines;
}

std::vector<DoseChangesOn> dose_changes(const WeekSheet& sheet) {
    std::vector<DoseChangesOn> days;
    for (const Plan& plan : sheet.days) {
        DoseChangesOn on{plan.date, {}};
        for (const WeekRow& row : sheet.rows)
            for (const DoseChange& change : row.changes)
                if (change.from == plan.date)
                    on.doses.push_back(row.first.exercise.name + ": " + describe(change.item.dose, change.item.target));
        if (!on.doses.empty()) days.push_back(std::move(on));
    }
    return days;
}

}  // namespace stretch
