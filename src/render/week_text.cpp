#include "render/week_text.h"

#include "core/progression.h"
#include "core/safety.h"
#include "core/text.h"
#include "render/exercise_text.h"
#include "render/markdown.h"
#include "render/plan_markdown.h"

namespace stretch {

namespace {

constexpr size_t kNameWidth = 30;
constexpr size_t kCellWidth = 6;

std::string centered(const std::string& text, size_t width) {
    const size_t used = display_width(text);
    if (used >= width) return text;
    const size_t left = (width - used + 1) / 2;
    return std::string(left, ' ') + text + std::string(width - used - left, ' ');
}

std::string text_cell(WeekCell kind) {
    switch (kind) {
        case WeekCell::due: return "[ ]";
        case WeekCell::done: return "[x]";
        case WeekCell::paused: return "P";
        case WeekCell::not_due: return "-";
    }
    return {};
}

std::string trim_right(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

/// The row's label padded to the name column; a label too long for it gets
/// a line of its own, and the boxes go on the next.
std::string row_label(const std::string& label) {
    if (display_width(label) < kNameWidth) return pad_to_width(label, kNameWidth);
    return terminal_safe(label) + "\n" + std::string(kNameWidth, ' ');
}

bool asks_for(const Plan& plan) { return plan.scheduled && !plan.skipped(); }

std::string title(const WeekSheet& sheet) {
    return "Stretch week: " + long_date(sheet.days.front().date) + " to " + long_date(sheet.days.back().date);
}

}  // namespace

std::string render_week_text(const WeekSheet& sheet, const Style& style) {
    std::string out = style.bold(title(sheet)) + "\n";
    const RoutineSnapshot& routine = sheet.days.front().routine;
    for (const auto& line : wrap("Routine: " + terminal_safe(routine.name) + " (" + routine.id + "), " + routine.days.describe() + ".",
                                 kPageWidth))
        out += line + "\n";
    std::string weekdays(kNameWidth, ' '), dates(kNameWidth, ' ');
    for (const Plan& plan : sheet.days) {
        const std::string date = short_date(plan.date);
        weekdays += centered(date.substr(0, 3), kCellWidth);
        dates += centered(plan.skipped() ? "skip" : !plan.scheduled ? "rest" : date.substr(4, date.find(' ', 4) - 4),
                          kCellWidth);
    }
    out += "\n" + trim_right(weekdays) + "\n" + trim_right(dates) + "\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        std::string line = row_label(std::to_string(i + 1) + ". " + terminal_safe(sheet.rows[i].first.exercise.name));
        for (const WeekCell kind : sheet.rows[i].cells) line += centered(text_cell(kind), kCellWidth);
        out += trim_right(line) + "\n";
    }
    for (const char* moment : {"Pain before (0-10)", "Pain after (0-10)"}) {
        std::string line = pad_to_width(moment, kNameWidth);
        for (const Plan& plan : sheet.days) line += centered(asks_for(plan) ? "____" : "-", kCellWidth);
        out += trim_right(line) + "\n";
    }
    out += "[ ] to do   [x] done   P paused   - nothing asked (a rest or skipped day)\n\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        const PlanItem& first = sheet.rows[i].first;
        for (const auto& line : wrap(std::to_string(i + 1) + ". " + terminal_safe(first.exercise.name) + ": " +
                                         describe(first.dose, first.target),
                                     kPageWidth))
            out += line + "\n";
    }
    for (const PausedItem& item : sheet.paused)
        out += "Paused: " + terminal_safe(item.exercise.name) + " since " + long_date(item.since) + "\n";
    out += "\n`stretch plan DAY` prints a day's instructions.\n";
    for (const auto& line : wrap(safety_rule(), kPageWidth)) out += line + "\n";
    return out;
}

std::string render_week_markdown(const WeekSheet& sheet) {
    std::string out = "# " + title(sheet) + "\n\n";
    const RoutineSnapshot& routine = sheet.days.front().routine;
    out += "Routine: **" + markdown_text(routine.name) + "** (`" + routine.id + "`), " + routine.days.describe() +
           ".\n\n| stretch |";
    for (const Plan& plan : sheet.days)
        out += " " + short_date(plan.date) + (plan.skipped() ? " (skipped)" : !plan.scheduled ? " (rest)" : "") + " |";
    out += "\n|---|";
    for (size_t i = 0; i < sheet.days.size(); ++i) out += "---|";
    out += "\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        const PlanItem& first = sheet.rows[i].first;
        out += "| " + std::to_string(i + 1) + ". " + markdown_text(first.exercise.name) + ", " +
               markdown_text(describe(first.dose, first.target)) + " |";
        for (const WeekCell kind : sheet.rows[i].cells)
            out += std::string(" ") +
                   (kind == WeekCell::due ? "\u2610" : kind == WeekCell::done ? "\u2611" : kind == WeekCell::paused ? "paused" : "\u2013") +
                   " |";
        out += "\n";
    }
    for (const char* moment : {"pain before (0-10)", "pain after (0-10)"}) {
        out += std::string("| ") + moment + " |";
        for (const Plan& plan : sheet.days) out += asks_for(plan) ? "  |" : " \u2013 |";
        out += "\n";
    }
    out += "\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) out += markdown_stretch_section(sheet.rows[i].first, i + 1);
    for (const PausedItem& item : sheet.paused)
        out += "- Paused: " + markdown_text(item.exercise.name) + " since " + long_date(item.since) + "\n";
    if (!sheet.paused.empty()) out += "\n";
    return out + markdown_safety_footer();
}

}  // namespace stretch
