#include "render/report_text.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "core/text.h"
#include "render/calendar.h"
#include "render/exercise_text.h"
#include "render/markdown.h"
#include "render/report_json.h"

namespace stretch {

namespace {

std::string days_word(int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

std::string percent_text(const std::optional<double>& fraction) {
    return fraction ? std::to_string(std::lround(*fraction * 100)) + "%" : "n/a";
}

std::string change_sentence(const PainSummary& pain) {
    const double change = *pain.change;
    const std::string size = decimal_text(std::fabs(change)) + " points" +
                             (pain.change_percent ? " (" + std::to_string(std::lround(std::fabs(*pain.change_percent))) + "%)" : "");
    const std::string span = " from the first week with scores (" + decimal_text(*pain.first_week_mean) +
                             ") to the last (" + decimal_text(*pain.last_week_mean) + ")";
    const std::string moved = change < 0 ? "Pain went down " : "Pain went up ";
    if (!pain.meaningful)
        return (change == 0 ? "Pain stayed the same" + span : moved + size + span) +
               ". There are not enough scores yet to call it a meaningful change: that takes at least " +
               std::to_string(kMinScoresToJudge) + " scores in each of the two weeks (these have " +
               std::to_string(pain.first_week_scores) + " and " + std::to_string(pain.last_week_scores) + ").";
    if (change == 0) return "Pain stayed the same" + span + ".";
    if (!*pain.meaningful)
        return moved + size + span + ": less than the 2 points or 30% usually taken as a meaningful change.";
    return moved + size + span +
           (change < 0 ? ": a clinically meaningful improvement."
                       : ": a meaningful worsening, worth raising with your physical therapist.");
}

}  // namespace

std::vector<std::string> pain_findings(const PainSummary& pain) {
    std::vector<std::string> findings;
    if (pain.change) findings.push_back(change_sentence(pain));
    if (pain.adherent_weeks_mean && pain.other_weeks_mean)
        findings.push_back("In weeks when you completed at least 80% of scheduled days, your mean pain was " +
                           decimal_text(*pain.adherent_weeks_mean) + " (" + std::to_string(pain.adherent_weeks) +
                           (pain.adherent_weeks == 1 ? " week" : " weeks") + "); in the other weeks it was " +
                           decimal_text(*pain.other_weeks_mean) + " (" + std::to_string(pain.other_weeks) +
                           (pain.other_weeks == 1 ? " week" : " weeks") + ").");
    return findings;
}

std::optional<std::string> session_finding(const SessionPain& sessions) {
    if (sessions.days == 0) return std::nullopt;
    const double change = *sessions.change;
    const std::string moved = change < 0   ? ", " + decimal_text(-change) + " points lower"
                              : change > 0 ? ", " + decimal_text(change) + " points higher"
                                           : ", no change";
    return "On " + std::to_string(sessions.days) + (sessions.days == 1 ? " day" : " days") +
           " with a guided session (stretch go), pain was " + decimal_text(*sessions.mean_before) +
           " before and " + decimal_text(*sessions.mean_after) + " after on average" + moved +
           " right after stretching. Scores given after a session are not in the daily pain above.";
}

/// "Paused: leg-stretch (4 days)" and "Not missed: 2 skipped, 1 gentle": what
/// the safe choices did, apart from the misses.
std::vector<std::string> safe_choices(const Report& r) {
    std::vector<std::string> lines;
    std::vector<std::string> parts;
    if (r.skipped_days) parts.push_back(std::to_string(r.skipped_days) + " skipped");
    if (r.gentle_days) parts.push_back(std::to_string(r.gentle_days) + " on the gentle routine");
    if (r.paused_days) parts.push_back(std::to_string(r.paused_days) + " with every stretch paused");
    if (!parts.empty())
        lines.push_back("Not missed and not counted: " + join(parts) + " (" + days_word(r.skipped_days + r.gentle_days + r.paused_days) + ")");
    std::vector<std::string> paused;
    for (const StretchSummary& s : r.stretches)
        if (s.days_paused) paused.push_back(s.exercise_id + " (" + days_word(s.days_paused) + ")");
    if (!paused.empty()) lines.push_back("Paused, so not planned: " + join(paused));
    return lines;
}

std::string flare_sentence(const Flare& flare) {
    return flare.reason + " Consider the gentle routine until it settles: `stretch plan --routine " + kGentleRoutine + "`";
}

std::string render_report_text(const Report& r, const Style& style) {
    std::ostringstream out;
    out << style.bold("Stretch report: " + r.routine_name + " (" + r.routine_id + ")") << "\n";
    out << long_date(r.range.first) << " to " << long_date(r.range.last) << "\n\n";

    out << style.bold("Consistency: " + percent_text(r.consistency)) << " (" << r.complete_days << " of "
        << days_word(r.counted_days) << " complete)\n";
    out << "  Complete " << r.complete_days << ", partial " << r.partial_days << ", missed " << r.missed_days
        << "; stretches done " << r.stretches_done << " of " << r.stretches_planned << "\n";
    for (const auto& line : safe_choices(r))
        for (const auto& wrapped : wrap(line, kPageWidth - 2)) out << "  " << wrapped << "\n";
    out << "  Streak: current " << days_word(r.current_streak) << ", longest " << days_word(r.longest_streak)
        << "\n\n";
    out << render_calendar(r, style) << "\n";

    out << style.bold("Stretches") << std::string(20, ' ') << "days done   reps   mean pain   paused\n";
    for (const StretchSummary& s : r.stretches) {
        const std::string days = std::to_string(s.days_done) + "/" + std::to_string(s.days_planned);
        out << "  " << pad_to_width(s.name, 27) << std::right << std::setw(9) << days << std::setw(7)
            << s.total_reps << std::setw(12) << (s.mean_pain ? decimal_text(*s.mean_pain) : "-") << std::setw(9)
            << (s.days_paused ? days_word(s.days_paused) : "-") << "\n";
    }
    out << "\n";
    if (r.flare) out << style.yellow(flare_advice(*r.flare));
    out << style.bold("Pain (0-10)") << ": ";
    if (r.pain.count == 0) {
        out << "no scores in this range; record one with `stretch pain SCORE`.\n";
        return out.str();
    }
    out << r.pain.count << (r.pain.count == 1 ? " score" : " scores") << ", mean " << decimal_text(*r.pain.mean)
        << ", lowest " << *r.pain.lowest << ", highest " << *r.pain.highest << "\n";
    const std::string spark = pain_sparkline(r, style);
    out << "  By week: " << spark << "\n";
    for (const auto& finding : pain_findings(r.pain))
        for (const auto& line : wrap(finding, kPageWidth - 2)) out << "  " << line << "\n";
    if (const auto sessions = session_finding(r.sessions))
        for (const auto& line : wrap(*sessions, kPageWidth - 2)) out << "  " << line << "\n";
    return out.str();
}

std::string render_report_markdown(const Report& r) {
    std::ostringstream out;
    out << "# Stretch report: " << markdown_text(r.routine_name) << "\n\n";
    out << to_iso(r.range.first) << " to " << to_iso(r.range.last) << " (routine `" << r.routine_id << "`)\n\n";
    out << "## Consistency\n\n| measure | value |\n|---|---|\n";
    out << "| scheduled days so far | " << r.counted_days << " |\n";
    out << "| complete / partial / missed | " << r.complete_days << " / " << r.partial_days << " / "
        << r.missed_days << " |\n";
    out << "| consistency | " << percent_text(r.consistency) << " |\n";
    out << "| stretches done / planned | " << r.stretches_done << " / " << r.stretches_planned << " |\n";
    out << "| skipped / gentle / all paused (not counted) | " << r.skipped_days << " / " << r.gentle_days << " / "
        << r.paused_days << " |\n";
    out << "| current streak | " << days_word(r.current_streak) << " |\n";
    out << "| longest streak | " << days_word(r.longest_streak) << " |\n\n";

    const std::pair<DayStatus, const char*> set_aside[] = {{DayStatus::skipped, "Skipped"},
                                                           {DayStatus::gentle, "Gentle routine done instead"},
                                                           {DayStatus::paused, "Every stretch paused"}};
    for (const auto& [status, label] : set_aside) {
        std::string dates;
        for (const DayResult& day : r.days)
            if (day.status == status) dates += (dates.empty() ? "" : ", ") + to_iso(day.day);
        if (!dates.empty()) out << "- " << label << ": " << dates << "\n";
    }
    if (r.skipped_days + r.gentle_days + r.paused_days > 0) out << "\n";

    out << "## Stretches\n\n| stretch | days done / planned | days paused | total reps | mean pain | highest pain |\n"
           "|---|---|---|---|---|---|\n";
    for (const StretchSummary& s : r.stretches)
        out << "| " << markdown_text(s.name) << " | " << s.days_done << " / " << s.days_planned << " | " << s.days_paused << " | "
            << s.total_reps << " | " << (s.mean_pain ? decimal_text(*s.mean_pain) : "-") << " | "
            << (s.highest_pain ? std::to_string(*s.highest_pain) : "-") << " |\n";
    if (!r.notes.empty()) {
        out << "\n## Notes\n\n| day | with | pain | note |\n|---|---|---|---|\n";
        for (const ReportNote& note : r.notes)
            out << "| " << to_iso(note.day) << " | " << (note.exercise.empty() ? "pain score" : markdown_text(note.exercise))
                << " | " << (note.pain ? std::to_string(*note.pain) : "-") << " | " << markdown_text(note.note) << " |\n";
    }

    out << "\n## Weeks\n\n| week of | consistency | pain scores | mean pain |\n|---|---|---|---|\n";
    for (const WeekSummary& w : r.weeks)
        out << "| " << to_iso(w.start) << " | " << percent_text(w.consistency) << " | " << w.pain_scores << " | "
            << (w.mean_pain ? decimal_text(*w.mean_pain) : "-") << " |\n";

    out << "\n## Days\n\n| day | status | done / planned | pain |\n|---|---|---|---|\n";
    for (const DayResult& day : r.days) {
        if (day.status == DayStatus::future) continue;
        out << "| " << weekday_long(day.day).substr(0, 3) << " " << to_iso(day.day) << " | " << to_text(day.status)
            << " | " << (day.planned ? std::to_string(day.done) + " / " + std::to_string(day.planned) : "-") << " | "
            << (day.pain ? decimal_text(*day.pain) : "-") << " |\n";
    }

    out << "\n## Pain (0-10)\n\n";
    if (r.flare) out << "**" << flare_sentence(*r.flare) << "**\n\n";
    if (r.pain.count == 0) {
        out << "No pain scores in this range.\n";
        return out.str();
    }
    out << r.pain.count << (r.pain.count == 1 ? " score" : " scores") << ": mean " << decimal_text(*r.pain.mean)
        << ", lowest " << *r.pain.lowest << ", highest " << *r.pain.highest << ".\n";
    auto findings = pain_findings(r.pain);
    if (const auto sessions = session_finding(r.sessions)) findings.push_back(*sessions);
    if (!findings.empty()) out << "\n";
    for (const auto& finding : findings) out << "- " << finding << "\n";
    return out.str();
}

}  // namespace stretch
