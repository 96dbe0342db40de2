#include "render/calendar.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace stretch {

namespace {

constexpr size_t kRowsLayoutMaxWeeks = 6;
constexpr size_t kWeeksPerBlock = 53;
constexpr std::array<const char*, 12> kMonthShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string cell(DayStatus status, const Style& style) {
    const bool rich = style.rich();
    switch (status) {
    case DayStatus::complete: return rich ? style.green("■") : "#";
    case DayStatus::partial: return rich ? style.yellow("◩") : "+";
    case DayStatus::missed: return rich ? style.red("□") : ".";
    case DayStatus::skipped: return rich ? style.dim("s") : "s";
    case DayStatus::rested: return rich ? style.dim("r") : "r";
    case DayStatus::gentle: return rich ? style.green("g") : "g";
    case DayStatus::paused: return rich ? style.dim("p") : "p";
    case DayStatus::not_scheduled: return rich ? style.dim("·") : "-";
    case DayStatus::pending: return rich ? "○" : "o";
    case DayStatus::future: return " ";
    case DayStatus::not_started: return " ";
    }
    return " ";
}

/// The symbols of the first line always, today's when it is shown; skipped,
/// rested, gentle and paused days only when the calendar shows one, so the
/// legend stays within 80 columns.
std::string legend(const Report& report, const Style& style) {
    const auto shown = [&](DayStatus status) {
        return std::any_of(report.days.begin(), report.days.end(),
                           [status](const DayResult& day) { return day.status == status; });
    };
    std::string out = "  " + cell(DayStatus::complete, style) + " complete  " + cell(DayStatus::partial, style) +
                      " partial  " + cell(DayStatus::missed, style) + " missed  " +
                      cell(DayStatus::not_scheduled, style) + " not scheduled";
    if (shown(DayStatus::pending)) out += "  " + cell(DayStatus::pending, style) + " today, not done yet";
    out += "\n";
    std::string more;
    for (const auto& [status, words] : {std::pair{DayStatus::skipped, " skipped  "},
                                        std::pair{DayStatus::rested, " rested after pain  "},
                                        std::pair{DayStatus::gentle, " gentle routine done  "},
                                        std::pair{DayStatus::paused, " every stretch paused  "}}) {
        if (shown(status)) more += cell(status, style) + words;
    }
    if (!more.empty()) out += "  " + more.substr(0, more.find_last_not_of(' ') + 1) + "\n";
    return out;
}

std::string day_month(Date day) {
    return (static_cast<unsigned>(day.day()) < 10 ? " " : "") + std::to_string(static_cast<unsigned>(day.day())) +
           " " + kMonthShort.at(static_cast<unsigned>(day.month()) - 1);
}

/// The status of every day of the range by its offset from the first day;
/// none for a day the report does not hold.
using Statuses = std::vector<std::optional<DayStatus>>;
Statuses statuses(const Report& report) {
    Statuses by_offset(static_cast<size_t>(std::max(report.range.days(), 0)));
    for (const DayResult& day : report.days) {
        const int offset = days_between(report.range.first, day.day);
        if (offset >= 0 && offset < static_cast<int>(by_offset.size()))
            by_offset[static_cast<size_t>(offset)] = day.status;
    }
    return by_offset;
}

std::string cell_at(const Report& report, const Statuses& by_offset, Date day, const Style& style) {
    const int offset = days_between(report.range.first, day);
    if (offset < 0 || offset >= static_cast<int>(by_offset.size()) || !by_offset[static_cast<size_t>(offset)])
        return " ";
    return cell(*by_offset[static_cast<size_t>(offset)], style);
}

/// A grid row as printed: days the range does not reach are blank cells,
/// and no line ends in blanks.
std::string row_end(std::string row) {
    row.erase(row.find_last_not_of(' ') + 1);
    return row + "\n";
}

std::string weeks_as_rows(const Report& report, const Style& style) {
    const auto by_offset = statuses(report);
    const Date first_start = report.weeks.front().start;
    std::string out = "          ";
    for (int i = 0; i < 7; ++i) out += " " + weekday_long(add_days(first_start, i)).substr(0, 2);
    out += "\n";
    for (const WeekSummary& week : report.weeks) {
        std::string row = "  " + day_month(week.start) + "  ";
        for (int i = 0; i < 7; ++i) row += " " + cell_at(report, by_offset, add_days(week.start, i), style) + " ";
        out += row_end(row);
    }
    return out;
}

/// The year a week mostly belongs to: that of its fourth day.
int year_of_week(const WeekSummary& week) { return static_cast<int>(add_days(week.start, 3).year()); }

/// Each month's short name over the week column its first day falls in,
/// counting only the days of the range, with a space between names. A row
/// begins with the month under way on its first day shown; when the next
/// name has no room, the next one wins, as more of its weeks are shown.
/// The last name may run two columns past the last week, so that a month
/// just begun is named; a year's row never names the next year's January.
std::string month_labels(const std::vector<WeekSummary>& weeks, size_t begin, size_t end, const DateRange& range) {
    const auto short_month = [](Date day) { return kMonthShort.at(static_cast<unsigned>(day.month()) - 1); };
    const int year = year_of_week(weeks[begin]);
    std::string labels(end - begin + 2, ' ');
    // Where the row's first name went, when it names a month under way;
    // npos when not (a size_t, not an optional: g++ 12 warns of that one wrongly).
    size_t under_way = std::string::npos;
    for (size_t i = begin; i < end; ++i) {
        const Date last_shown = std::min(add_days(weeks[i].start, 6), range.last);
        const bool month_starts =
            static_cast<unsigned>(last_shown.day()) <= 7 && static_cast<int>(last_shown.year()) == year;
        if (!month_starts && i != begin) continue;
        const size_t at = i - begin;
        if (at > 0 && labels[at - 1] != ' ') {
            if (under_way == std::string::npos) continue;
            labels.replace(under_way, 3, 3, ' ');
            under_way = std::string::npos;
        }
        labels.replace(at, 3, short_month(month_starts ? last_shown : std::max(weeks[i].start, range.first)));
        if (!month_starts) under_way = at;
    }
    labels.erase(labels.find_last_not_of(' ') + 1);
    return labels;
}

std::string weeks_as_columns(const Report& report, const Style& style) {
    const auto by_offset = statuses(report);
    const auto& weeks = report.weeks;
    std::string out;
    for (size_t begin = 0, end = 0; begin < weeks.size(); begin = end) {
        end = begin + 1;
        while (end < weeks.size() && end - begin < kWeeksPerBlock && year_of_week(weeks[end]) == year_of_week(weeks[begin]))
            ++end;
        out += "  " + std::to_string(year_of_week(weeks[begin])) + " " + month_labels(weeks, begin, end, report.range) + "\n";
        for (int row = 0; row < 7; ++row) {
            std::string line = "  " + weekday_short(add_days(weeks[begin].start, row)) + "  ";
            for (size_t w = begin; w < end; ++w) line += cell_at(report, by_offset, add_days(weeks[w].start, row), style);
            out += row_end(line);
        }
    }
    return out;
}

}  // namespace

std::string render_calendar(const Report& report, const Style& style) {
    if (report.weeks.empty()) return {};
    const std::string grid = report.weeks.size() <= kRowsLayoutMaxWeeks ? weeks_as_rows(report, style)
                                                                         : weeks_as_columns(report, style);
    return grid + legend(report, style);
}

std::string pain_sparkline(const Report& report, const Style& style) {
    static const std::array<const char*, 8> kBars = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    std::string line;
    for (const WeekSummary& week : report.weeks) {
        if (!week.mean_pain) {
            line += style.rich() ? " " : "_";
            continue;
        }
        const double pain = std::clamp(*week.mean_pain, 0.0, 10.0);
        if (style.rich())
            line += kBars.at(static_cast<size_t>(std::lround(pain * 7.0 / 10.0)));
        else
            line += pain >= 9.5 ? "X" : std::to_string(std::lround(pain));
    }
    return line;
}

}  // namespace stretch
