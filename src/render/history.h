#pragma once
/// The log as text, JSON and CSV, newest last.

#include <string>

#include <nlohmann/json.hpp>

#include "core/entry.h"

namespace stretch {

std::string render_history_text(const History& history);
/// What render_history_text says of an empty history.
constexpr const char* kNoHistory = "No entries in this range.\n";
/// One entry's line of render_history_text.
std::string history_text_line(const Entry& entry);
/// One entry as every JSON document shows it (history, export).
nlohmann::ordered_json entry_json(const Entry& entry);
/// {"entries": [...]}, oldest first.
nlohmann::ordered_json history_json(const History& history);
/// RFC 4180 CSV with a header row.
std::string render_history_csv(const History& history);
/// render_history_csv's header row, and one entry's row (CRLF ended).
constexpr const char* kHistoryCsvHeader = "id,logged_at,day,kind,exercise,routine,reps,hold_seconds,side,pain,note\r\n";
std::string history_csv_row(const Entry& entry);

/// One CSV field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& text);

}  // namespace stretch
