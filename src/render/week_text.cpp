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
constexpr size_t kCautionLabelWidth = 9;  // "Caution: "

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
        case WeekCell::skipped: return "s";  // the heading has no room to say so
        case WeekCell::gentle: return "g";
        case WeekCell::rested: return "r";
    }
    return {};
}

std::string markdown_cell(WeekCell kind) {
    switch (kind) {
        case WeekCell::due: return "\u2610";
        case WeekCell::done: return "\u2611";
        case WeekCell::paused: return "paused";
        case WeekCell::not_due:
        case WeekCell::skipped: return "\u2013";  // the heading says "(skipped)"
        case WeekCell::gentle: return "gentle";
        case WeekCell::rested: return "rested";
    }
    return {};
}

std::string trim_right(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

/// The row's label padded to the name column; a label too long for it gets
/// lines of its own (wrapped to the page's width), and the boxes go on the next.
std::string row_label(const std::string& label) {
    if (display_width(label) < kNameWidth) return pad_to_width(label, kNameWidth);
    return hanging("", label, kLineWidth) + std::string(kNameWidth, ' ');
}

/// The two heading lines: weekdays, then the day of the month.
std::string grid_heading(const WeekSheet& sheet) {
    std::string weekdays(kNameWidth, ' '), dates(kNameWidth, ' ');
    for (const Plan& plan : sheet.days) {
        weekdays += centered(weekday_abbreviation(plan.date), kCellWidth);
        dates += centered(std::to_string(static_cast<unsigned>(plan.date.day())), kCellWidth);
    }
    return trim_right(weekdays) + "\n" + trim_right(dates) + "\n";
}

std::string grid_text(const WeekSheet& sheet) {
    std::string out = grid_heading(sheet);
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        std::string line = row_label(std::to_string(i + 1) + ". " + terminal_safe(sheet.rows[i].first.exercise.name));
        for (const WeekCell kind : sheet.rows[i].cells) line += centered(text_cell(kind), kCellWidth);
        out += trim_right(line) + "\n";
    }
    for (const char* moment : {"Pain before (0-10)", "Pain after (0-10)"}) {
        std::string line = pad_to_width(moment, kNameWidth);
        for (const Plan& plan : sheet.days) line += centered(has_write_in_cells(plan) ? "____" : "-", kCellWidth);
        out += trim_right(line) + "\n";
    }
    out += "[ ] to do   [x] done   P paused   - nothing asked that day\n";
    if (sheet.shows(WeekCell::skipped)) out += "s   skipped (rest, illness, travel): not missed\n";
    if (sheet.shows(WeekCell::gentle)) out += "g   the gentle routine was done instead: not missed\n";
    if (sheet.shows(WeekCell::rested)) out += "r   rested after severe pain, as advised: not missed\n";
    return out;
}

std::string markdown_grid(const WeekSheet& sheet) {
    std::string out = "| stretch |";
    for (const Plan& plan : sheet.days)
        out += " " + short_date(plan.date) + (plan.skipped() ? " (skipped)" : !plan.scheduled ? " (day off)" : "") + " |";
    out += "\n|---|";
    for (size_t i = 0; i < sheet.days.size(); ++i) out += "---|";
    out += "\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        const PlanItem& first = sheet.rows[i].first;
        out += "| " + std::to_string(i + 1) + ". " + markdown_text(first.exercise.name) + ", " +
               markdown_text(describe(first.dose, first.target)) + " |";
        for (const WeekCell kind : sheet.rows[i].cells) out += " " + markdown_cell(kind) + " |";
        out += "\n";
    }
    for (const char* moment : {"pain before (0-10)", "pain after (0-10)"}) {
        out += std::string("| ") + moment + " |";
        for (const Plan& plan : sheet.days) out += has_write_in_cells(plan) ? "  |" : " \u2013 |";
        out += "\n";
    }
    return out;
}

}  // namespace

std::string render_week_text(const WeekSheet& sheet, const Style& style, const std::optional<Flare>& flare,
                             std::string_view stretch) {
    std::string out = style.bold(week_title(sheet)) + "\n";
    for (const auto& line : routine_lines(sheet)) out += paragraph(terminal_safe(line));
    out += "\n";
    if (flare) out += style.yellow(flare_advice(*flare, stretch, kWeekPlan)) + "\n";
    out += grid_text(sheet) + "\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        const PlanItem& first = sheet.rows[i].first;
        const std::string number = std::to_string(i + 1) + ". ";
        out += paragraph(number + terminal_safe(first.exercise.name) + ": " + describe(first.dose, first.target));
        // What the day plan says of a stretch that hurt last time, under its
        // name: a week's sheet is as likely to be the one on the fridge.
        if (const std::string& caution = sheet.rows[i].caution; !caution.empty())
            out += style.yellow(labelled("Caution:", caution, Style{}, number.size(), kCautionLabelWidth));
    }
    for (const DoseChangesOn& changes : dose_changes(sheet)) {
        out += "Doses from " + short_date(changes.day) + ":\n";
        for (const std::string& dose : changes.doses)
            for (const auto& line : wrap(terminal_safe(dose), kLineWidth - 2)) out += "  " + line + "\n";
    }
    for (const PausedItem& item : sheet.paused)
        out += paragraph("Paused: " + terminal_safe(item.exercise.name) + " " + paused_span(item, sheet.days.back().date) +
                         (item.reason.empty() ? "" : " (" + terminal_safe(item.reason) + ")") + ".");
    out += "\n`" + std::string(stretch) + " plan DAY` prints a day's instructions.\n\n";
    return out + safety_footer_text(style);
}

std::string render_week_markdown(const WeekSheet& sheet, const std::optional<Flare>& flare, std::string_view stretch) {
    std::string out = "# " + week_title(sheet) + "\n\n";
    for (const auto& line : routine_lines(sheet)) out += markdown_text(line) + "\n\n";
    if (flare) out += "> " + markdown_flare(*flare, stretch, kWeekPlan) + "\n\n";
    out += markdown_grid(sheet) + "\n";
    const auto changes = dose_changes(sheet);
    for (const DoseChangesOn& on : changes) {
        out += "- Doses from " + markdown_text(short_date(on.day)) + ":\n";
        for (const std::string& dose : on.doses) out += "  - " + markdown_text(dose) + "\n";
    }
    for (const PausedItem& item : sheet.paused)
        out += "- Paused: " + markdown_text(item.exercise.name) + " " + paused_span(item, sheet.days.back().date) +
               (item.reason.empty() ? "" : " (" + markdown_text(item.reason) + ")") + "\n";
    if (!sheet.paused.empty() || !changes.empty()) out += "\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        out += markdown_stretch_section(sheet.rows[i].as_instructed(), i + 1);
    }
    return out + markdown_safety_footer();
}

}  // namespace stretch
