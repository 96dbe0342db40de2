#include "render/report_text.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <iomanip>
#include <sstream>

#include "core/text.h"
#include "render/calendar.h"
#include "render/exercise_text.h"
#include "render/markdown.h"
#include "render/report_json.h"

namespace stretch {

std::string days_word(int n) { return count_of(n, "day", "days"); }

std::string percent_text(const std::optional<double>& fraction) {
    return fraction ? std::to_string(std::lround(*fraction * 100)) + "%" : "n/a";
}

namespace {

/// No mark to keep below: below_mark_text then only rounds.
constexpr double kNoMark = std::numeric_limits<double>::infinity();

/// `value` with `decimals` decimals, rounded to the nearest, unless that
/// would carry a value below `mark` up to it: then rounded down.
std::string below_mark_text(double value, int decimals, double mark = kNoMark) {
    const double scale = std::pow(10.0, decimals);
    double shown = std::round(value * scale) / scale;
    if (value < mark && shown >= mark) shown = std::floor(value * scale) / scale;
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, shown);
    return text;
}

/// How far pain moved, as said beside the two weekly means: their
/// difference as printed (2.6 to 3.3 is 0.7 points, though the unrounded
/// change may be 0.77), and the percentage whole. A change the printed
/// means hide (0.3 to 0.3) keeps two decimals; so does one that rounding
/// would carry up to the mark a verdict of "less than" rests on (2 points,
/// 30%), which is never printed at its mark: 29.6% is "29.6%", not "30%".
std::string change_size(const PainSummary& pain) {
    const bool less_than_meaningful = pain.meaningful && !*pain.meaningful;
    const double change = std::fabs(*pain.change);
    const double printed = std::fabs(one_decimal(*pain.last_week_mean) - one_decimal(*pain.first_week_mean));
    const bool at_mark = less_than_meaningful && one_decimal(printed) >= kMeaningfulPainPoints;
    const bool hidden = one_decimal(printed) == 0 && change > 0;
    std::string size = (at_mark || hidden ? below_mark_text(change, 2, kMeaningfulPainPoints)
                                          : below_mark_text(printed, 1)) + " points";
    if (hidden && change < 0.005) size = "less than 0.01 points";
    if (!pain.change_percent) return size;
    const double percent = std::fabs(*pain.change_percent);
    const double mark = kMeaningfulPainFraction * 100;
    const bool percent_at_mark = less_than_meaningful && std::round(percent) >= mark;
    return size + " (" + (percent_at_mark ? below_mark_text(percent, 1, mark) : below_mark_text(percent, 0)) +
           "%)";
}

std::string change_sentence(const PainSummary& pain) {
    const double change = *pain.change;
    const std::string size = change_size(pain);
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
                           decimal_text(*pain.adherent_weeks_mean) + " (" + count_of(pain.adherent_weeks, "week", "weeks") +
                           "); in the other weeks it was " + decimal_text(*pain.other_weeks_mean) + " (" +
                           count_of(pain.other_weeks, "week", "weeks") + ").");
    return findings;
}

std::optional<std::string> session_finding(const SessionPain& sessions) {
    if (sessions.days == 0) return std::nullopt;
    const double change = *sessions.change;
    const std::string moved = change < 0   ? ", " + decimal_text(-change) + " points lower"
                              : change > 0 ? ", " + decimal_text(change) + " points higher"
                                           : ", no change";
    return "On " + days_word(sessions.days) + " with a guided session (stretch go), pain was " + decimal_text(*sessions.mean_before) +
           " before and " + decimal_text(*sessions.mean_after) + " after on average" + moved +
           " right after stretching. Scores given after a session are not in the daily pain above.";
}

/// "Paused, so not planned: Leg Stretch (4 days)" and "Not missed and not
/// counted: 2 skipped, 1 rested after pain of 7 or more": what
/// the safe choices did, apart from the misses.
std::vector<std::string> safe_choices(const Report& r) {
    std::vector<std::string> lines;
    std::vector<std::string> parts;
    if (r.skipped_days) parts.push_back(std::to_string(r.skipped_days) + " skipped");
    if (r.rested_days) parts.push_back(std::to_string(r.rested_days) + " rested after pain of 7 or more");
    if (r.gentle_days) parts.push_back(std::to_string(r.gentle_days) + " on the gentle routine");
    if (r.paused_days) parts.push_back(std::to_string(r.paused_days) + " with every stretch paused");
    const int set_aside = r.skipped_days + r.rested_days + r.gentle_days + r.paused_days;
    if (!parts.empty()) lines.push_back("Not missed and not counted: " + join(parts) + " (" + days_word(set_aside) + ")");
    std::vector<std::string> paused;
    for (const StretchSummary& s : r.stretches)
        if (s.days_paused) paused.push_back(s.name + " (" + days_word(s.days_paused) + ")");
    if (!paused.empty()) lines.push_back("Paused, so not planned: " + join(paused));
    return lines;
}

std::optional<std::string> today_so_far(const Report& r) {
    const DayResult* today = today_in_progress(r);
    if (!today) return std::nullopt;
    return std::to_string(today->done) + " of " + count_of(today->planned, "stretch", "stretches") +
           " done; today is judged once it is over";
}

/// Columns of a stretch's name in the table of stretches.
constexpr size_t kNameColumn = 27;

std::string render_report_text(const Report& r, const Style& style, std::string_view stretch) {
    std::ostringstream out;
    for (const auto& line :
         wrap("Stretch report: " + terminal_safe(r.routine_name) + " (" + r.routine_id + ")", kLineWidth))
        out << style.bold(line) << "\n";
    out << long_date(r.range.first) << " to " << long_date(r.range.last) << "\n\n";

    out << style.bold("Consistency: " + percent_text(r.consistency)) << " (" << r.complete_days << " of "
        << days_word(r.counted_days) << " complete)\n";
    out << "  Complete " << r.complete_days << ", partial " << r.partial_days << ", missed " << r.missed_days
        << "; stretches done " << r.stretches_done << " of " << r.stretches_planned << "\n";
    if (const auto today = today_so_far(r)) out << "  Today so far: " << *today << "\n";
    for (const auto& line : safe_choices(r))
        for (const auto& wrapped : wrap(line, kLineWidth - 2)) out << "  " << wrapped << "\n";
    out << "  Streak: current " << days_word(r.current_streak) << ", longest " << days_word(r.longest_streak)
        << "\n\n";
    out << render_calendar(r, style) << "\n";

    out << style.bold("Stretches") << std::string(20, ' ') << "days done   reps   mean pain   paused\n";
    for (const StretchSummary& s : r.stretches) {
        // "5/0" would read as more done than asked: a stretch the routine
        // does not plan was only ever done as an extra.
        const std::string days = s.days_planned == 0 && s.days_done > 0
                                     ? std::to_string(s.days_done) + " extra"
                                     : std::to_string(s.days_done) + "/" + std::to_string(s.days_planned);
        // A long name of one's own wraps within its column, the figures beside its last line.
        auto name_lines = wrap(terminal_safe(s.name), kNameColumn - 1);
        if (name_lines.empty()) name_lines.emplace_back();
        // A word too long for the column (no space to break at) keeps a line to itself.
        if (display_width(name_lines.back()) >= kNameColumn) name_lines.emplace_back();
        for (size_t i = 0; i + 1 < name_lines.size(); ++i) out << "  " << name_lines[i] << "\n";
        out << "  " << pad_to_width(name_lines.back(), kNameColumn) << std::right << std::setw(9) << days << std::setw(7)
            << s.total_reps << std::setw(12) << (s.mean_pain ? decimal_text(*s.mean_pain) : "-") << std::setw(9)
            << (s.days_paused ? days_word(s.days_paused) : "-") << "\n";
    }
    out << "\n";
    if (r.flare) out << style.yellow(flare_advice(*r.flare, stretch)) << "\n";
    out << style.bold("Pain (0-10)") << ": ";
    if (r.pain.count == 0) {
        out << "no scores in this range; record one with `" << stretch << " pain SCORE`.\n";
        return out.str();
    }
    out << count_of(r.pain.count, "score", "scores") << ", mean " << decimal_text(*r.pain.mean)
        << ", lowest " << *r.pain.lowest << ", highest " << *r.pain.highest << "\n";
    const std::string spark = pain_sparkline(r, style);
    out << "  By week: " << spark << "\n";
    for (const auto& finding : pain_findings(r.pain))
        for (const auto& line : wrap(finding, kLineWidth - 2)) out << "  " << line << "\n";
    if (const auto sessions = session_finding(r.sessions))
        for (const auto& line : wrap(*sessions, kLineWidth - 2)) out << "  " << line << "\n";
    return out.str();
}

}  // namespace stretch
