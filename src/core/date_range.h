#pragma once
/// Inclusive ranges of calendar days and the RANGE vocabulary of `history`
/// and `report`. Pure: today and the first day of the log are passed in.

#include <optional>
#include <string>

#include "core/date.h"

namespace stretch {

struct DateRange {
    Date first;
    Date last;  ///< inclusive; may be after today (this week, this month)

    bool contains(Date day) const;
    int days() const;
};

/// What the user asked for; at most one of the choices may be set.
struct RangeRequest {
    bool week = false;
    bool last_week = false;
    bool month = false;
    bool year = false;
    bool all = false;
    std::optional<int> days;
    std::string since;  ///< WHEN, read looking back
    std::string until;  ///< WHEN, read looking back; only with since

    /// True when any range option was given.
    bool chosen() const;
};

/// Resolves a request. `fallback` is used when nothing was chosen.
/// `week_start` is 0 for Monday ... 6 for Sunday. `first_logged` is where
/// --all starts (today when the log is empty). Throws a usage Error for
/// conflicting choices, --until without --since, or since after until.
DateRange resolve_range(const RangeRequest& request, Date today, int week_start, Date first_logged,
                        const RangeRequest& fallback);

/// The days `skip` and `unskip` act on: from WHEN (read forward, like
/// `plan`) to `until` (the same day when empty; a weekday or relative word is
/// read from the first day), inclusive. Throws a usage
/// Error for a day before today (a past day keeps the plan it had), an until
/// before the start, or a span longer than a year.
DateRange resolve_coming_days(const std::string& when, const std::string& until, Date today);

}  // namespace stretch
