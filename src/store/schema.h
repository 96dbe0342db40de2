#pragma once
/// Opening a database safely and bringing its schema up to date.

#include <array>
#include <filesystem>
#include <functional>

#include "core/pain_zones.h"

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

/// config.toml's pain zones as they are when a log is migrated: earlier
/// releases judged every past day by them, and migration 10 records them
/// with the routine versions recorded before (pin_recorded_zones). Asked
/// only then; empty: the defaults.
using ZonesUntilNow = std::function<PainZones()>;

/// Sets the busy timeout, refuses a file that is not a database or whose
/// schema is newer than this release's (leaving it untouched), then
/// switches to WAL and runs the missing migrations, each in its own
/// IMMEDIATE transaction, up to the newest (kMigrationCount). Then makes
/// the TEMP triggers that keep the derived tables true to this connection's
/// writes (schema.cpp), which only the newest schema has tables for.
/// `path` names the file in errors.
void prepare_database(SQLite::Database& db, const std::filesystem::path& path,
                      const ZonesUntilNow& zones_until_now = {});

/// Migration 10's step that SQL cannot take: records `zones`, unless they are
/// the defaults, with every version of a routine that does not record zones
/// yet (a retired routine, which asks nothing, and a damaged row, which the
/// commands that read it name, are left as they are). The text is written as
/// snapshot_to_json writes it, so that the files' own definition still
/// compares equal.
void pin_recorded_zones(SQLite::Database& db, const std::filesystem::path& path, const PainZones& zones);

/// The database's schema version (PRAGMA user_version), checked against
/// `current` as above, without changing anything. 0 means an empty file.
int checked_schema_version(SQLite::Database& db, const std::filesystem::path& path, int current);

}  // namespace stretch
