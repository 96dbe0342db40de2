#include "render/week_html.h"

#include <algorithm>

#include "core/progression.h"
#include "core/safety.h"
#include "render/sheet_html.h"
#include "render/week_text.h"

namespace stretch {

namespace {

/// The grid stands in from the page's edges by half its border: as wide as
/// the page, Chromium printed it on Letter without its right-hand side.
/// The heavy rule goes above the first pain row, under the stretches.
constexpr const char* kWeekStyle = R"(
.grid { width: calc(100% - 0.6mm); border-collapse: collapse; margin: 3mm 0.3mm 2mm; }
.grid th, .grid td { border: 0.3mm solid #000; padding: 1mm 1.5mm; }
.grid thead th { text-align: center; font-size: 10pt; }
.grid tbody th { text-align: left; font-weight: normal; width: 34%; }
.grid tbody th b { font-size: 10.5pt; }
.grid td { text-align: center; height: 15mm; width: 9.4%; }
.grid td .box { width: 6mm; height: 6mm; line-height: 5.4mm; font-size: 12pt; }
.grid td.off { background: #ddd; font-size: 9pt; }
.grid td.paused, .grid td.set-aside { font-size: 9pt; font-style: italic; }
.grid tr.pain th, .grid tr.pain td { height: 13mm; }
.grid tr.notes td { height: 22mm; }
.grid tr:not(.pain) + tr.pain th, .grid tr:not(.pain) + tr.pain td { border-top-width: 0.8mm; }
.instructions { break-before: page; }
)";

std::string day_heading(const Plan& plan) {
    std::string out = "<th>" + weekday_abbreviation(plan.date) + "<br>" + day_and_month(plan.date);
    if (plan.skipped()) out += "<br><i>skipped</i>";
    else if (!plan.scheduled) out += "<br><i>day off</i>";
    return out + "</th>";
}

std::string cell(WeekCell kind) {
    switch (kind) {
        case WeekCell::due: return "<td><span class=\"box\"></span></td>";
        case WeekCell::done: return "<td><span class=\"box\">&#x2713;</span></td>";
        case WeekCell::paused: return "<td class=\"paused\">paused</td>";
        case WeekCell::not_due:
        case WeekCell::skipped: return "<td class=\"off\">&#x2013;</td>";  // the heading says "skipped"
        case WeekCell::gentle: return "<td class=\"set-aside\">gentle</td>";
        case WeekCell::rested: return "<td class=\"set-aside\">rested</td>";
    }
    return {};
}

/// A row of cells to write in for each day that asks for something.
std::string write_in_row(const WeekSheet& sheet, const std::string& css_class, const std::string& label) {
    std::string out = "<tr class=\"" + css_class + "\"><th>" + label + "</th>";
    for (const Plan& plan : sheet.days) out += has_write_in_cells(plan) ? "<td></td>" : "<td class=\"off\">&#x2013;</td>";
    return out + "</tr>\n";
}

std::string grid(const WeekSheet& sheet) {
    std::string out = "<table class=\"grid\">\n<thead><tr><th>Stretch</th>";
    for (const Plan& plan : sheet.days) out += day_heading(plan);
    out += "</tr></thead>\n<tbody>\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) {
        const WeekRow& row = sheet.rows[i];
        out += "<tr><th><b>" + std::to_string(i + 1) + ". " + html_text(row.first.exercise.name) + "</b><br>" +
               html_unbroken(describe(row.first.dose, row.first.target)) + "</th>";
        for (const WeekCell kind : row.cells) out += cell(kind);
        out += "</tr>\n";
    }
    out += write_in_row(sheet, "pain", "Pain before (0-10)") + write_in_row(sheet, "pain", "Pain after (0-10)") +
           write_in_row(sheet, "notes", "Notes");
    return out + "</tbody>\n</table>\n";
}

std::string under_grid(const WeekSheet& sheet, std::string_view stretch) {
    std::string out;
    for (const DoseChangesOn& changes : dose_changes(sheet)) {
        out += "<p><b>Doses from " + html_text(short_date(changes.day)) + ":</b> ";
        for (size_t i = 0; i < changes.doses.size(); ++i) out += (i ? "; " : "") + html_text(changes.doses[i]);
        out += ".</p>\n";
    }
    std::string paused;
    for (const PausedItem& item : sheet.paused)
        if (std::none_of(sheet.rows.begin(), sheet.rows.end(),
                         [&](const WeekRow& row) { return row.first.exercise.id == item.exercise.id; }))
            paused += (paused.empty() ? "" : ", ") + html_text(item.exercise.name);
    if (!paused.empty()) out += "<p><b>Paused all week:</b> " + paused + " (why, and how to resume, on the next page).</p>\n";
    if (sheet.shows(WeekCell::gentle))
        out += "<p>A day marked <i>gentle</i> was done on the gentle routine instead: it is not missed.</p>\n";
    if (sheet.shows(WeekCell::rested))
        out += "<p>A day marked <i>rested</i> was rested after severe pain, as advised: it is not missed.</p>\n";
    if (sheet.asks_nothing())
        out += "<p class=\"note\">Nothing is due this week: every day is a day off, skipped, or has every stretch "
               "paused.</p>\n";
    return out + "<p>Tick a box for each stretch you do, and write your pain (0 none, 10 worst) before and after. "
                 "Grey days ask for nothing: a day off or a skipped day costs no streak. Log it all with "
                 "<code>" + html_text(std::string(stretch) + " log") + "</code> and <code>" +
                 html_text(std::string(stretch) + " pain") + "</code>.</p>\n"
                 "<p><b>" + html_text(safety_rule()) + "</b></p>\n";
}

std::string heading(const WeekSheet& sheet) {
    std::string out = "<h1>" + html_text(week_title(sheet)) + "</h1>\n";
    for (const auto& line : routine_lines(sheet)) out += "<p>" + html_text(line) + "</p>\n";
    return out;
}

}  // namespace

std::string render_week_html(const WeekSheet& sheet, const std::optional<Flare>& flare, const Figures& figures,
                             std::string_view stretch) {
    std::string body = heading(sheet);
    if (flare) body += flare_note(*flare, stretch, kWeekPlan);
    body += grid(sheet) + under_grid(sheet, stretch);
    body += "<div class=\"instructions\">\n<h1>How to do them</h1>\n<div class=\"stretches\">\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) body += stretch_card(sheet.rows[i].as_instructed(), i + 1, figures, "");
    body += "</div>\n" + paused_list(sheet.paused, sheet.days.back().date, stretch) + safety_footer() + "</div>\n";
    return html_document(week_title(sheet), std::string(kSheetStyle) + kWeekStyle, body);
}

}  // namespace stretch
