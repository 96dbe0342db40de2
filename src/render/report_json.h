#pragma once
/// The report as JSON (every number the text shows, documented in the README)
/// and as CSV, one row per day.

#include <string>

#include <nlohmann/json.hpp>

#include "core/report.h"

namespace stretch {

/// `stretch` names the program in the command to rest (see routine_command()).
nlohmann::ordered_json report_json(const Report& report, std::string_view stretch);

/// date,weekday,status,planned,done,pain with a header row (RFC 4180, CRLF).
std::string render_report_csv(const Report& report);

/// Rounds to one decimal place, the precision every report shows.
double one_decimal(double value);
/// "3.5": one decimal place, as text.
std::string decimal_text(double value);

}  // namespace stretch
