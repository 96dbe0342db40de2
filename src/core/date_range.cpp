#include "core/date_range.h"

#include "core/error.h"

namespace stretch {

bool DateRange::contains(Date day) const {
    return first <= day && day <= last;
}

int DateRange::days() const { return days_between(first, last) + 1; }

namespace {

int choices(const RangeRequest& r) {
    return int(r.week) + int(r.last_week) + int(r.month) + int(r.year) + int(r.all) +
           int(r.days.has_value()) + int(!r.since.empty());
}

}  // namespace

bool RangeRequest::chosen() const { return choices(*this) > 0 || !until.empty(); }

namespace {

Date start_of_week(Date day, int week_start) {
    return add_days(day, -((weekday_index(day) - week_start + 7) % 7));
}

}  // namespace

DateRange resolve_range(const RangeRequest& request, Date today, int week_start, Date first_logged,
                        const RangeRequest& fallback) {
    if (choices(request) > 1)
        throw Error(ErrorKind::usage, "choose one range",
                    "use one of --week, --last-week, --month, --year, --days N, --since D, --all");
    if (!request.until.empty() && request.since.empty())
        throw Error(ErrorKind::usage, "--until needs --since", "add --since D");
    if (choices(request) == 0) return resolve_range(fallback, today, week_start, first_logged, {});

    using namespace std::chrono;
    if (request.week) {
        const Date monday = start_of_week(today, week_start);
        return {monday, add_days(monday, 6)};
    }
    if (request.last_week) {
        const Date monday = add_days(start_of_week(today, week_start), -7);
        return {monday, add_days(monday, 6)};
    }
    if (request.month)
        return {Date{today.year(), today.month(), day(1)},
                Date{year_month_day_last{today.year(), month_day_last{today.month()}}}};
    if (request.year)
        return {Date{today.year(), January, day(1)}, Date{today.year(), December, day(31)}};
    if (request.all)
        return {days_between(first_logged, today) >= 0 ? first_logged : today, today};
    if (request.days) {
        if (*request.days < 1)
            throw Error(ErrorKind::usage, "--days must be at least 1", "use --days 7, for example");
        // The most --days takes reaches past the first day stretch keeps.
        const Date first = add_days(today, 1 - *request.days);
        return {days_between(kEarliestDay, first) < 0 ? kEarliestDay : first, today};
    }
    const Date since = resolve_when(request.since, today, WhenDirection::latest);
    if (days_between(kEarliestDay, since) < 0)
        throw Error(ErrorKind::usage, "--since " + to_iso(since) + " is before " + to_iso(kEarliestDay),
                    "check the year");
    if (request.until.empty() && days_between(since, today) < 0)
        throw Error(ErrorKind::usage, "--since " + to_iso(since) + " is after today",
                    "add --until D to look at days ahead");
    const Date until =
        request.until.empty() ? today : resolve_when(request.until, today, WhenDirection::latest);
    if (days_between(since, until) < 0)
        throw Error(ErrorKind::usage, "--since " + to_iso(since) + " is after --until " + to_iso(until),
                    "swap them");
    return {since, until};
}

DateRange resolve_coming_days(const std::string& when, const std::string& until, Date today) {
    constexpr int kMaxDays = 366;
    const Date first = resolve_when(when, today, WhenDirection::next);
    // A weekday in --until is the next one from the first day (skip sat
    // --until fri is a week); today and tomorrow mean what they say.
    const Date last = until.empty()                 ? first
                      : parse_weekday(until)        ? resolve_when(until, first, WhenDirection::next)
                                                    : resolve_when(until, today, WhenDirection::next);
    if (first < today)
        throw Error(ErrorKind::usage, to_iso(first) + " is in the past, and a past day keeps the plan it had",
                    "name today or a later day");
    if (last < first)
        throw Error(ErrorKind::usage, "--until " + to_iso(last) + " is before " + to_iso(first),
                    "give an --until on or after the first day");
    if (days_between(first, last) >= kMaxDays)
        throw Error(ErrorKind::usage, "that is more than a year of days", "name at most 366 days at a time");
    return DateRange{first, last};
}

}  // namespace stretch
