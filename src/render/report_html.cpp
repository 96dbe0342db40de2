#include "render/report_html.h"

#include <cmath>

#include "core/text.h"
#include "render/html.h"
#include "render/report_charts.h"
#include "render/report_json.h"
#include "render/report_text.h"
#include "render/sheet_html.h"

namespace stretch {

namespace {

/// Tables stand in from the page's edges by half their border: as wide as
/// the page, Chromium printed them on Letter without their right-hand side.
constexpr const char* kReportStyle = R"(
h1 { font-size: 16pt; }
h2 { break-after: avoid; }
svg { display: block; width: 100%; height: auto; margin: 1mm 0 2mm; }
svg.month { max-width: 140mm; }
table { border-collapse: collapse; width: calc(100% - 0.6mm); margin: 1mm 0.3mm 2mm; }
th, td { border: 0.3mm solid #000; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.summary { font-size: 11pt; }
.chart { break-inside: avoid; }
footer { margin-top: 3mm; font-size: 10pt; }
)";

std::string or_dash(const std::optional<double>& value) { return value ? decimal_text(*value) : "&#x2013;"; }

std::string summary(const Report& r) {
    std::string out = "<p class=\"summary\"><b>Consistency " + percent_text(r.consistency) + "</b>: " +
                      std::to_string(r.complete_days) + " of " + days_word(r.counted_days) +
                      " complete (partial " + std::to_string(r.partial_days) + ", missed " +
                      std::to_string(r.missed_days) + "); stretches done " + std::to_string(r.stretches_done) +
                      " of " + std::to_string(r.stretches_planned) + ". Streak: current " +
                      days_word(r.current_streak) + ", longest " + days_word(r.longest_streak) + ".</p>\n";
    if (const auto today = today_so_far(r)) out += "<p>Today so far: " + html_text(*today) + ".</p>\n";
    for (const auto& line : safe_choices(r)) out += "<p>" + html_text(line) + ".</p>\n";
    return out;
}

std::string set_aside_days(const Report& r) {
    std::string out;
    for (const SetAside& kind : kSetAside) {
        std::string dates;
        for (const Date day : days_with(r, kind.status)) dates += (dates.empty() ? "" : ", ") + short_date(day);
        if (!dates.empty()) out += "<p><b>" + std::string(kind.label) + ":</b> " + dates + ".</p>\n";
    }
    return out;
}

std::string pain_section(const Report& r, std::string_view stretch) {
    std::string out = "<h2>Pain (0-10)</h2>\n";
    if (r.flare) out += flare_note(*r.flare, stretch, "plan");
    if (r.pain.count == 0) return out + "<p>No pain scores in this range.</p>\n";
    out += "<div class=\"chart\">\n" + pain_trend_svg(r) + "</div>\n";
    out += "<p>" + count_of(r.pain.count, "score", "scores") + ": mean " +
           decimal_text(*r.pain.mean) + ", lowest " + std::to_string(*r.pain.lowest) + ", highest " +
           std::to_string(*r.pain.highest) + ".</p>\n";
    auto findings = pain_findings(r.pain);
    if (const auto sessions = session_finding(r.sessions)) findings.push_back(*sessions);
    if (!findings.empty()) {
        out += "<ul>\n";
        for (const auto& finding : findings) out += "<li>" + html_text(finding) + "</li>\n";
        out += "</ul>\n";
    }
    return out;
}

std::string stretch_table(const Report& r) {
    std::string out = "<h2>Stretches</h2>\n<table>\n<thead><tr><th>Stretch</th><th>Days done / planned</th>"
                      "<th>Days paused</th><th>Total reps</th><th>Mean pain</th><th>Highest pain</th></tr></thead>\n"
                      "<tbody>\n";
    for (const StretchSummary& s : r.stretches)
        out += "<tr><td>" + html_text(s.name) + "</td><td class=\"n\">" + std::to_string(s.days_done) + " / " +
               std::to_string(s.days_planned) + "</td><td class=\"n\">" + std::to_string(s.days_paused) +
               "</td><td class=\"n\">" + std::to_string(s.total_reps) + "</td><td class=\"n\">" + or_dash(s.mean_pain) +
               "</td><td class=\"n\">" + (s.highest_pain ? std::to_string(*s.highest_pain) : "&#x2013;") +
               "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

std::string notes_table(const Report& r) {
    if (r.notes.empty()) return {};
    std::string out = "<h2>Notes</h2>\n<table>\n<thead><tr><th>Day</th><th>With</th><th>Pain</th><th>Note</th></tr>"
                      "</thead>\n<tbody>\n";
    for (const ReportNote& note : r.notes)
        out += "<tr><td class=\"n\">" + short_date(note.day) + "</td><td>" +
               (note.exercise.empty() ? "pain score" : html_text(note.exercise)) + "</td><td class=\"n\">" +
               (note.pain ? std::to_string(*note.pain) : "&#x2013;") + "</td><td>" + html_text(note.note) +
               "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string render_report_html(const Report& r, std::string_view stretch) {
    const std::string title = "Stretch report: " + r.routine_name;
    std::string body = "<h1>" + html_text(title) + "</h1>\n<p>" + long_date(r.range.first) + " to " +
                       long_date(r.range.last) + " (routine " + html_text(r.routine_id) + ")</p>\n";
    body += summary(r);
    body += "<h2>Consistency</h2>\n<div class=\"chart\">\n" + consistency_calendar_svg(r) + "</div>\n";
    body += set_aside_days(r);
    body += pain_section(r, stretch);
    body += stretch_table(r);
    body += notes_table(r);
    body += "<footer>Each day is judged by the plan it had: a skipped day, a gentle day or a paused stretch is "
            "never a miss. Made by stretch.</footer>\n";
    return html_document(title, kReportStyle, body);
}

}  // namespace stretch
