#pragma once
/// Calendar days and the WHEN vocabulary. Pure: "today" is always passed in,
/// so nothing here reads the clock.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace stretch {

using Date = std::chrono::year_month_day;

/// Weekdays are numbered ISO-style: 0 = Monday ... 6 = Sunday.
int weekday_index(Date day);
/// "mon" ... "sun": the spelling routine files and JSON use.
std::string weekday_short(Date day);
std::string weekday_short(int index);
/// "Monday" ... "Sunday".
std::string weekday_long(Date day);
/// Accepts "mon" or "monday" in any case; nullopt otherwise.
std::optional<int> parse_weekday(std::string_view word);

Date add_days(Date day, int days);
/// Whole days from `from` to `to` (negative when `to` is earlier).
int days_between(Date from, Date to);

/// "2026-11-22".
std::string to_iso(Date day);
/// Strict YYYY-MM-DD that names a real day (no 2026-02-30); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);
/// "Sunday 22 November 2026".
std::string long_date(Date day);
/// "Sun": a column heading.
std::string weekday_abbreviation(Date day);
/// "22 Nov".
std::string day_and_month(Date day);
/// "Sun 22 Nov".
std::string short_date(Date day);

/// How a weekday name is read: `plan` looks ahead, `log` and reports look back.
enum class WhenDirection {
    next,    ///< the next such day, today included
    latest,  ///< the latest such day, today included
};

/// Resolves today, yesterday, tomorrow, YYYY-MM-DD or a weekday name.
/// Throws a usage Error naming the accepted words when `word` is none of
/// them, and for a date outside kEarliestDay..kLatestDay.
Date resolve_when(std::string_view word, Date today, WhenDirection direction);

/// The first day stretch records or reports on. A typo like 0026-11-20 must
/// not turn every `--all` report into two thousand years of calendar.
constexpr Date kEarliestDay{std::chrono::year(2000), std::chrono::January, std::chrono::day(1)};
/// The last day stretch accepts: far beyond any real use, and well inside
/// what std::chrono's nanosecond clock can hold (up to 2262), so a typo like
/// 9999-12-31 is an error instead of an overflow.
constexpr Date kLatestDay{std::chrono::year(2199), std::chrono::December, std::chrono::day(31)};

/// Throws a usage Error naming `what` when `day` is outside kEarliestDay..kLatestDay.
void check_in_window(Date day, std::string_view what);

/// resolve_when looking back, refusing a day after today or before
/// kEarliestDay (a usage Error): what was done can only be recorded for
/// today or earlier.
Date resolve_past_day(std::string_view word, Date today);

}  // namespace stretch
