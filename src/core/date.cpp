#include "core/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>

#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

constexpr std::array<const char*, 7> kShortDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 7> kLongDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

std::optional<int> parse_digits(std::string_view text) {
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](unsigned char c) {
            return std::isdigit(c) != 0;
        }))
        return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

}  // namespace

int weekday_index(Date day) {
    return static_cast<int>(std::chrono::weekday(std::chrono::sys_days(day)).iso_encoding()) - 1;
}

std::string weekday_short(int index) { return kShortDays.at(static_cast<size_t>(index)); }
std::string weekday_short(Date day) { return weekday_short(weekday_index(day)); }
std::string weekday_long(Date day) { return kLongDays.at(static_cast<size_t>(weekday_index(day))); }

std::optional<int> parse_weekday(std::string_view word) {
    const std::string w = lower(word);
    for (int i = 0; i < 7; ++i) {
        if (w == kShortDays[static_cast<size_t>(i)] || w == lower(kLongDays[static_cast<size_t>(i)]))
            return i;
    }
    return std::nullopt;
}

Date add_days(Date day, int days) {
    // Within the month, and no month has fewer than 28 days: the day of
    // the month alone changes. A year's report adds a day some 1,300 times.
    const int of_month = static_cast<int>(static_cast<unsigned>(day.day())) + days;
    if (of_month >= 1 && of_month <= 28 && day.month().ok())
        return Date(day.year(), day.month(), std::chrono::day(static_cast<unsigned>(of_month)));
    return Date(std::chrono::sys_days(day) + std::chrono::days(days));
}

int days_between(Date from, Date to) {
    if (from.year() == to.year() && from.month() == to.month())  // most calls: no calendar needed
        return static_cast<int>(static_cast<unsigned>(to.day())) - static_cast<int>(static_cast<unsigned>(from.day()));
    return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

std::string to_iso(Date day) {
    const int year = static_cast<int>(day.year());
    const auto month = static_cast<unsigned>(day.month()), of_month = static_cast<unsigned>(day.day());
    if (year < 0 || year > 9999 || month > 99 || of_month > 99) {
        char buffer[24];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, of_month);
        return buffer;
    }
    // Digit by digit: snprintf took 1,600 instructions a date, and a date is
    // bound to nearly every query and written for every day of a report.
    std::string text = "0000-00-00";
    const auto put = [&text](size_t end, unsigned value) {
        for (size_t at = end; value > 0; value /= 10) text[--at] = static_cast<char>('0' + value % 10);
    };
    put(4, static_cast<unsigned>(year));
    put(7, month);
    put(10, of_month);
    return text;
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = parse_digits(text.substr(0, 4));
    const auto m = parse_digits(text.substr(5, 2));
    const auto d = parse_digits(text.substr(8, 2));
    if (!y || !m || !d) return std::nullopt;
    const Date day{std::chrono::year(*y), std::chrono::month(static_cast<unsigned>(*m)),
                   std::chrono::day(static_cast<unsigned>(*d))};
    if (!day.ok()) return std::nullopt;
    return day;
}

std::string long_date(Date day) {
    return weekday_long(day) + " " + std::to_string(static_cast<unsigned>(day.day())) + " " +
           kMonths.at(static_cast<unsigned>(day.month()) - 1) + " " +
           std::to_string(static_cast<int>(day.year()));
}

std::string weekday_abbreviation(Date day) { return weekday_long(day).substr(0, 3); }

std::string day_and_month(Date day) {
    return std::to_string(static_cast<unsigned>(day.day())) + " " +
           std::string(kMonths.at(static_cast<unsigned>(day.month()) - 1)).substr(0, 3);
}

std::string short_date(Date day) { return weekday_abbreviation(day) + " " + day_and_month(day); }

namespace {

/// resolve_when's day for a word relative to `today`, which may fall just
/// outside the days stretch keeps; nullopt for a word that is not one.
std::optional<Date> relative_day(const std::string& w, Date today, WhenDirection direction) {
    if (w == "today") return today;
    if (w == "yesterday") return add_days(today, -1);
    if (w == "tomorrow") return add_days(today, 1);
    if (auto weekday = parse_weekday(w)) {
        const int delta = (*weekday - weekday_index(today) + 7) % 7;
        return direction == WhenDirection::next ? add_days(today, delta)
                                                : add_days(today, delta == 0 ? 0 : delta - 7);
    }
    return std::nullopt;
}

}  // namespace

Date resolve_when(std::string_view word, Date today, WhenDirection direction) {
    const std::string w = lower(word);
    // At the ends of the days kept, tomorrow or yesterday is outside them.
    if (const auto day = relative_day(w, today, direction)) {
        if (*day != today) check_in_window(*day, std::string(word) + " (" + to_iso(*day) + ")");
        return *day;
    }
    if (auto iso = parse_iso_date(w)) {
        check_in_window(*iso, word);
        return *iso;
    }
    if (w.size() == 10 && w[4] == '-' && w[7] == '-')
        throw Error(ErrorKind::usage, "there is no day " + std::string(word), "check the month and day");
    throw Error(ErrorKind::usage, "'" + std::string(word) + "' is not a day I understand",
                "use today, yesterday, tomorrow, a date like 2026-03-14 or a weekday like mon");
}

void check_in_window(Date day, std::string_view what) {
    if (day < kEarliestDay || day > kLatestDay)
        throw Error(ErrorKind::usage, std::string(what) + " is outside the days stretch keeps (" + to_iso(kEarliestDay) +
                                          " to " + to_iso(kLatestDay) + ")",
                    "check the year");
}

Date resolve_past_day(std::string_view word, Date today) {
    const Date day = resolve_when(word, today, WhenDirection::latest);
    if (days_between(today, day) > 0)
        throw Error(ErrorKind::usage, to_iso(day) + " is in the future",
                    "record only today or earlier days: today, yesterday, a weekday or a date");
    if (days_between(kEarliestDay, day) < 0)
        throw Error(ErrorKind::usage, to_iso(day) + " is before " + to_iso(kEarliestDay),
                    "check the year; stretch keeps days from " + to_iso(kEarliestDay) + " on");
    return day;
}

}  // namespace stretch
