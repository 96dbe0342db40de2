#include "core/day_status.h"

namespace stretch {

std::string to_text(DayStatus status) {
    switch (status) {
    case DayStatus::complete: return "complete";
    case DayStatus::partial: return "partial";
    case DayStatus::missed: return "missed";
    case DayStatus::skipped: return "skipped";
    case DayStatus::rested: return "rested";
    case DayStatus::gentle: return "gentle";
    case DayStatus::paused: return "paused";
    case DayStatus::not_scheduled: return "not-scheduled";
    case DayStatus::pending: return "pending";
    case DayStatus::future: return "future";
    case DayStatus::not_started: return "not-started";
    }
    return "unknown";
}

std::optional<DayStatus> parse_day_status(std::string_view text) {
    for (DayStatus status : {DayStatus::complete, DayStatus::partial, DayStatus::missed, DayStatus::skipped,
                             DayStatus::rested, DayStatus::gentle, DayStatus::paused, DayStatus::not_scheduled, DayStatus::pending,
                             DayStatus::future, DayStatus::not_started})
        if (to_text(status) == text) return status;
    return std::nullopt;
}

}  // namespace stretch
