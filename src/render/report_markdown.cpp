#include "render/report_markdown.h"

#include "core/text.h"
#include "render/markdown.h"
#include "render/report_json.h"
#include "render/report_text.h"

namespace stretch {

namespace {

std::string or_dash(const std::optional<double>& value) { return value ? decimal_text(*value) : "-"; }
std::string or_dash(const std::optional<int>& value) { return value ? std::to_string(*value) : "-"; }

std::string consistency(const Report& r) {
    std::string out = "## Consistency\n\n| measure | value |\n|---|---|\n";
    out += "| scheduled days so far | " + std::to_string(r.counted_days) + " |\n";
    out += "| complete / partial / missed | " + std::to_string(r.complete_days) + " / " +
           std::to_string(r.partial_days) + " / " + std::to_string(r.missed_days) + " |\n";
    out += "| consistency | " + percent_text(r.consistency) + " |\n";
    out += "| stretches done / planned | " + std::to_string(r.stretches_done) + " / " +
           std::to_string(r.stretches_planned) + " |\n";
    out += "| skipped / rested / gentle / all paused (not counted) | " + std::to_string(r.skipped_days) + " / " +
           std::to_string(r.rested_days) + " / " + std::to_string(r.gentle_days) + " / " +
           std::to_string(r.paused_days) + " |\n";
    if (const auto today = today_so_far(r)) out += "| today so far | " + markdown_text(*today) + " |\n";
    out += "| current streak | " + days_word(r.current_streak) + " |\n";
    return out + "| longest streak | " + days_word(r.longest_streak) + " |\n\n";
}

std::string set_aside_days(const Report& r) {
    std::string out;
    for (const SetAside& kind : kSetAside) {
        std::string dates;
        for (const Date day : days_with(r, kind.status)) dates += (dates.empty() ? "" : ", ") + to_iso(day);
        if (!dates.empty()) out += "- " + std::string(kind.label) + ": " + dates + "\n";
    }
    return out.empty() ? out : out + "\n";
}

std::string stretches(const Report& r) {
    std::string out = "## Stretches\n\n| stretch | days done / planned | days paused | total reps | mean pain | "
                      "highest pain |\n|---|---|---|---|---|---|\n";
    for (const StretchSummary& s : r.stretches)
        out += "| " + markdown_text(s.name) + " | " + std::to_string(s.days_done) + " / " +
               std::to_string(s.days_planned) + " | " + std::to_string(s.days_paused) + " | " +
               std::to_string(s.total_reps) + " | " + or_dash(s.mean_pain) + " | " + or_dash(s.highest_pain) + " |\n";
    return out;
}

std::string notes(const Report& r) {
    if (r.notes.empty()) return {};
    std::string out = "\n## Notes\n\n| day | with | pain | note |\n|---|---|---|---|\n";
    for (const ReportNote& note : r.notes)
        out += "| " + to_iso(note.day) + " | " + (note.exercise.empty() ? "pain score" : markdown_text(note.exercise)) +
               " | " + or_dash(note.pain) + " | " + markdown_text(note.note) + " |\n";
    return out;
}

std::string weeks(const Report& r) {
    std::string out = "\n## Weeks\n\n| week of | consistency | pain scores | mean pain |\n|---|---|---|---|\n";
    for (const WeekSummary& w : r.weeks)
        out += "| " + to_iso(w.start) + " | " + percent_text(w.consistency) + " | " + std::to_string(w.pain_scores) +
               " | " + or_dash(w.mean_pain) + " |\n";
    return out;
}

/// The calendar as a table: a day that is not counted asks nothing, so it
/// shows no stretches done or planned.
std::string days(const Report& r) {
    std::string out =
        "\n## Days\n\n| day | status | done / planned | pain | highest pain |\n|---|---|---|---|---|\n";
    for (const DayResult& day : r.days) {
        if (day.status == DayStatus::future) continue;
        const bool counted = is_counted(day.status) || day.status == DayStatus::pending;
        out += "| " + weekday_abbreviation(day.day) + " " + to_iso(day.day) + " | " + to_text(day.status) + " | " +
               (counted && day.planned ? std::to_string(day.done) + " / " + std::to_string(day.planned) : "-") +
               " | " + or_dash(day.pain) + " | " +
               (day.highest_pain ? std::to_string(*day.highest_pain) : std::string("-")) + " |\n";
    }
    return out;
}

std::string pain(const Report& r, std::string_view stretch) {
    std::string out = "\n## Pain (0-10)\n\n";
    if (r.flare) out += "**" + markdown_flare(*r.flare, stretch, "plan") + "**\n\n";
    if (r.pain.count == 0) return out + "No pain scores in this range.\n";
    out += count_of(r.pain.count, "score", "scores") + ": mean " +
           decimal_text(*r.pain.mean) + ", lowest " + std::to_string(*r.pain.lowest) + ", highest " +
           std::to_string(*r.pain.highest) + ".\n";
    auto findings = pain_findings(r.pain);
    if (const auto sessions = session_finding(r.sessions)) findings.push_back(*sessions);
    if (!findings.empty()) out += "\n";
    for (const auto& finding : findings) out += "- " + finding + "\n";
    return out;
}

}  // namespace

std::string render_report_markdown(const Report& r, std::string_view stretch) {
    return "# Stretch report: " + markdown_text(r.routine_name) + "\n\n" + to_iso(r.range.first) + " to " +
           to_iso(r.range.last) + " (routine `" + r.routine_id + "`)\n\n" + consistency(r) + set_aside_days(r) +
           stretches(r) + notes(r) + weeks(r) + days(r) + pain(r, stretch);
}

}  // namespace stretch
