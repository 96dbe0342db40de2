#pragma once
/// The journal's copy of a row, read back for undo. Journal writes each row
/// as a flat JSON object of its columns; releases before schema 5 had
/// SQLite's json_object write it. SQLite's json_extract cuts text at an
/// escaped NUL (\u0000), so undo would have shortened a note that held one;
/// this reads every value whole.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace stretch {

/// A column's value: NULL, an integer, a real or text (its bytes as stored).
using JournalValue = std::variant<std::monostate, int64_t, double, std::string>;

/// The columns of a journalled row by name; nullopt when `json` is not a
/// flat object of nulls, numbers and strings (a journal edited by hand).
std::optional<std::map<std::string, JournalValue>> parse_journal_row(std::string_view json);

}  // namespace stretch
