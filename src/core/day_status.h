#pragma once
/// How the report judges a day (see core/report.h for the vocabulary), in a
/// header of its own so that a day's plan can carry it without the report.

#include <optional>
#include <string>
#include <string_view>

namespace stretch {

/// `rested`: a past scheduled day whose plan was not complete and which had a
/// pain of kSeverePain or more, on its own or with a stretch (rest_advised):
/// the rest stretch advised that day, kept like a skip without one asked for.
enum class DayStatus { complete, partial, missed, skipped, rested, gentle, paused, not_scheduled, pending, future, not_started };

/// "complete", "partial", "missed", "skipped", "rested", "gentle", "paused", "not-scheduled", "pending",
/// "future", "not-started".
std::string to_text(DayStatus status);
/// The inverse of to_text; nullopt for any other word.
std::optional<DayStatus> parse_day_status(std::string_view text);

}  // namespace stretch
