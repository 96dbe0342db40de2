#pragma once
/// Reading entries, shared by the store's files.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/entry.h"

namespace SQLite {
class Database;
class Statement;
}

namespace stretch {

/// The entries table's columns in the order bind_entry binds them (1-13).
extern const char* const kEntryColumns;
void bind_entry(SQLite::Statement& statement, const Entry& entry);
/// The entry in a row of those columns, in that order.
Entry read_entry(const SQLite::Statement& row, const std::filesystem::path& path);

/// The entries matching `where` ("WHERE day = ?", with `arguments` bound in
/// order), in the order they were logged.
void each_entry_where(SQLite::Database& db, const std::filesystem::path& path, const std::string& where,
                      const std::vector<std::string>& arguments, const std::function<void(const Entry&)>& visit);
History query_entries(SQLite::Database& db, const std::filesystem::path& path, const std::string& where,
                      const std::vector<std::string>& arguments);

}  // namespace stretch
