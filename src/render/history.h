#pragma once
/// The log as text, JSON and CSV, newest last.

#include <string>

#include <nlohmann/json.hpp>

#include "core/entry.h"

namespace stretch {

std::string render_history_text(const History& history);
/// One entry as every JSON document shows it (history, export).
nlohmann::ordered_json entry_json(const Entry& entry);
/// {"entries": [...]}, oldest first.
nlohmann::ordered_json history_json(const History& history);
/// RFC 4180 CSV with a header row.
std::string render_history_csv(const History& history);

/// One CSV field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& text);

}  // namespace stretch
