#include "render/week_html.h"

#include "core/progression.h"
#include "core/safety.h"
#include "render/sheet_html.h"

namespace stretch {

namespace {

constexpr const char* kWeekStyle = R"(
.grid { width: 100%; border-collapse: collapse; margin: 3mm 0 2mm; }
.grid th, .grid td { border: 0.3mm solid #000; padding: 1mm 1.5mm; }
.grid thead th { text-align: center; font-size: 10pt; }
.grid tbody th { text-align: left; font-weight: normal; width: 34%; }
.grid tbody th b { font-size: 10.5pt; }
.grid td { text-align: center; height: 15mm; width: 9.4%; }
.grid td .box { width: 6mm; height: 6mm; line-height: 5.4mm; font-size: 12pt; }
.grid td.off { background: #ddd; font-size: 9pt; }
.grid td.paused { font-size: 9pt; font-style: italic; }
.grid tr.pain th, .grid tr.pain td { height: 13mm; }
.grid tr.notes td { height: 22mm; }
.grid tr.pain:first-of-type th { border-top-width: 0.8mm; }
.instructions { break-before: page; }
)";

std::string day_heading(const Plan& plan) {
    const std::string date = short_date(plan.date);
    std::string out = "<th>" + date.substr(0, 3) + "<br>" + date.substr(4);
    if (plan.skipped()) out += "<br><i>skipped</i>";
    else if (!plan.scheduled) out += "<br><i>rest</i>";
    return out + "</th>";
}

std::string cell(WeekCell kind) {
    switch (kind) {
        case WeekCell::due: return "<td><span class=\"box\"></span></td>";
        case WeekCell::done: return "<td><span class=\"box\">&#x2713;</span></td>";
        case WeekCell::paused: return "<td class=\"paused\">paused</td>";
        case WeekCell::not_due: return "<td class=\"off\">&#x2013;</td>";
    }
    return {};
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
    for (const char* moment : {"before", "after"}) {
        out += std::string("<tr class=\"pain\"><th>Pain ") + moment + " (0-10)</th>";
        for (const Plan& plan : sheet.days)
            out += plan.scheduled && !plan.skipped() ? "<td></td>" : "<td class=\"off\">&#x2013;</td>";
        out += "</tr>\n";
    }
    out += "<tr class=\"notes\"><th>Notes</th>";
    for (size_t i = 0; i < sheet.days.size(); ++i) out += "<td></td>";
    return out + "</tr>\n</tbody>\n</table>\n";
}

std::string title(const WeekSheet& sheet) {
    return "Stretch week: " + long_date(sheet.days.front().date) + " to " + long_date(sheet.days.back().date);
}

}  // namespace

std::string render_week_html(const WeekSheet& sheet, const std::optional<Flare>& flare, const Figures& figures) {
    std::string body = "<h1>" + title(sheet) + "</h1>\n" + routine_line(sheet.days.front().routine);
    if (flare)
        body += "<p class=\"note\">" + html_text(flare->reason) +
                " Consider the gentle routine until it settles: <code>stretch plan --week --routine " +
                kGentleRoutine + "</code></p>\n";
    body += grid(sheet);
    body += "<p>Tick a box for each stretch you do, and write your pain (0 none, 10 worst) before and after. "
            "Grey days ask for nothing: a rest day or a skipped day costs no streak. Log it all with "
            "<code>stretch log</code> and <code>stretch pain</code>.</p>\n";
    body += "<p><b>" + html_text(safety_rule()) + "</b></p>\n";
    body += "<div class=\"instructions\">\n<h1>How to do them</h1>\n<div class=\"stretches\">\n";
    for (size_t i = 0; i < sheet.rows.size(); ++i) body += stretch_card(sheet.rows[i].first, i + 1, figures, "");
    body += "</div>\n" + paused_list(sheet.paused) + safety_footer() + "</div>\n";
    return html_document(title(sheet), std::string(kSheetStyle) + kWeekStyle, body);
}

}  // namespace stretch
