#pragma once
/// Opening a database safely and bringing its schema up to date.

#include <array>
#include <filesystem>

namespace SQLite {
class Database;
}

namespace stretch {

/// How long a command waits for another one's write before giving up (exit 75).
constexpr int kBusyTimeoutMs = 5000;
/// SQLite's page cache for reading, in KiB: stretch reads its log in ordered
/// scans that gain nothing from a larger cache, and every command's peak
/// memory counts. Writers keep SQLite's default (2 MiB) for imports.
constexpr int kReadCacheKiB = 512;

/// What a log's name is followed by in the names of its files: the log
/// itself, then the files SQLite keeps beside it while it is used.
constexpr std::array<const char*, 4> kLogFileSuffixes = {"", "-wal", "-shm", "-journal"};

/// Sets the busy timeout, refuses a file that is not a database or whose
/// schema is newer than `current` (leaving it untouched), then switches to
/// WAL and runs the missing migrations, each in its own IMMEDIATE
/// transaction. `path` names the file in errors.
void prepare_database(SQLite::Database& db, const std::filesystem::path& path, int current);

/// The database's schema version (PRAGMA user_version), checked against
/// `current` as above, without changing anything. 0 means an empty file.
int checked_schema_version(SQLite::Database& db, const std::filesystem::path& path, int current);

}  // namespace stretch
