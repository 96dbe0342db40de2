#pragma once
/// Reading and writing the rows of pauses, skipped days and routine
/// versions, shared by export (archive_store.cpp) and import
/// (record_merger.cpp). Entries have entry_rows.h.

#include <string>
#include <vector>

#include "core/archive.h"

namespace SQLite {
class Database;
class Statement;
}

namespace stretch {

/// The pauses table's columns in the order bind_pause binds them (1-7).
extern const char* const kPauseColumns;
void bind_pause(SQLite::Statement& statement, const PauseRecord& record);
/// `skip` bound as (uuid, day, reason, created_at).
void bind_skip(SQLite::Statement& statement, const SkipRecord& skip);
/// `version` bound as (routine, effective, definition, recorded_at).
void bind_version(SQLite::Statement& statement, const VersionRecord& version);

/// The rows `where` selects ("WHERE day = ?", with `arguments` bound in
/// order): pauses by first day, skips by day.
std::vector<PauseRecord> read_pauses(SQLite::Database& db, const std::string& path, const std::string& where,
                                     const std::vector<std::string>& arguments);
std::vector<SkipRecord> read_skips(SQLite::Database& db, const std::string& path, const std::string& where,
                                   const std::vector<std::string>& arguments);
/// The routine versions `where` selects, by routine and day. With
/// `exported`, each must be one stretch can read: a damaged row is refused,
/// with the fix, so that an export never carries it into a file that import
/// then rejects; a merge only compares their text.
std::vector<VersionRecord> read_versions(SQLite::Database& db, const std::string& path, const std::string& where,
                                         const std::vector<std::string>& arguments, bool exported);

}  // namespace stretch
