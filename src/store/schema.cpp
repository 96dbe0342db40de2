#include "store/schema.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <array>
#include <limits>
#include <set>
#include <string>
#include <tuple>
#include <vector>
#include <chrono>
#include <thread>

#include "core/error.h"
#include "core/record.h"
#include "store/migrations.h"
#include "store/snapshot_json.h"
#include "store/sqlite_errors.h"

namespace stretch {

namespace {

/// Switching to WAL needs a moment alone with the file, and SQLite does not
/// call the busy handler for it: when two first runs race to create the
/// database, the loser retries here until the timeout.
void enable_wal(SQLite::Database& db) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    while (true) {
        try {
            // The pragma answers with the mode now in force: "wal" once switched,
            // "memory" for an in-memory database (no WAL there), or the old
            // mode when another connection kept it from switching.
            const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
            if (mode == "wal" || mode == "memory") return;
        } catch (const SQLite::Exception& error) {
            if ((error.getErrorCode() & 0xff) != SQLITE_BUSY) throw;
        }
        if (std::chrono::steady_clock::now() > deadline)
            throw Error(ErrorKind::busy, "the database could not be switched to WAL: another stretch holds it",
                        "try again in a moment");
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

/// Durability as the README states it. In WAL mode with synchronous =
/// NORMAL a commit is written to the -wal file without waiting for the disk:
/// an acknowledged entry survives a crash of stretch (the operating system
/// still holds the write), and a power cut or kernel crash can lose the last
/// few commits but never corrupts the log. The WAL is kept when stretch
/// exits instead of being copied back at every close, until it passes
/// Store::kWalKeepBytes (see Store::trim_wal); that checkpoint is where the
/// disk is synced. Most writes then cost no fsync of their own.
void keep_wal_between_runs(SQLite::Database& db) {
    db.exec("PRAGMA synchronous = NORMAL");
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

/// What keeps the derived tables (day_summaries, day_logs, progress) true to
/// the records they are worked out from: a change to a day's entries,
/// pauses, skips or routine versions deletes their rows from that day on, in
/// the same statement; the command that wrote fills them in again. TEMP
/// triggers of the writing connection, made each time it opens the log, so
/// that a command that only reads never parses them (schema 11 took them out
/// of the file); only stretch's own writes fire them.
constexpr const char* kDerivedRowsTriggers = R"sql(
CREATE TEMP TRIGGER summaries_after_entry_insert AFTER INSERT ON main.entries BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.day;
  DELETE FROM progress WHERE through >= NEW.day;
  DELETE FROM day_logs WHERE day >= NEW.day;
END;
CREATE TEMP TRIGGER summaries_after_entry_update AFTER UPDATE ON main.entries BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.day, NEW.day);
  DELETE FROM progress WHERE through >= min(OLD.day, NEW.day);
  DELETE FROM day_logs WHERE day >= min(OLD.day, NEW.day);
END;
CREATE TEMP TRIGGER summaries_after_entry_delete AFTER DELETE ON main.entries BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.day;
  DELETE FROM progress WHERE through >= OLD.day;
  DELETE FROM day_logs WHERE day >= OLD.day;
END;
CREATE TEMP TRIGGER summaries_after_pause_insert AFTER INSERT ON main.pauses BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.first_day;
END;
CREATE TEMP TRIGGER summaries_after_pause_update AFTER UPDATE ON main.pauses BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.first_day, NEW.first_day,
    coalesce(OLD.resumed_on, OLD.first_day), coalesce(NEW.resumed_on, NEW.first_day));
END;
CREATE TEMP TRIGGER summaries_after_pause_delete AFTER DELETE ON main.pauses BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.first_day;
END;
CREATE TEMP TRIGGER summaries_after_skip_insert AFTER INSERT ON main.skips BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.day;
END;
CREATE TEMP TRIGGER summaries_after_skip_update AFTER UPDATE ON main.skips BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.day, NEW.day);
END;
CREATE TEMP TRIGGER summaries_after_skip_delete AFTER DELETE ON main.skips BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.day;
END;
CREATE TEMP TRIGGER summaries_after_version_insert AFTER INSERT ON main.routine_versions BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.effective;
END;
CREATE TEMP TRIGGER summaries_after_version_update AFTER UPDATE ON main.routine_versions BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.effective, NEW.effective);
END;
CREATE TEMP TRIGGER summaries_after_version_delete AFTER DELETE ON main.routine_versions BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.effective;
END;
)sql";

}  // namespace

namespace {

/// The tables, and the columns of each, that every version up to N has;
/// index 0 is version 1. Later versions only add, so a database of version N
/// holds all of tables_of()[0..N-1]. Built on first use, not at start-up:
/// only a log not marked as stretch's is checked against it.
using TableColumns = std::vector<std::vector<std::pair<std::string, std::vector<std::string>>>>;
const TableColumns& tables_of() {
    static const TableColumns tables = {
        {{"entries", {"id", "uuid", "logged_at", "day", "kind", "exercise", "routine", "reps", "hold_seconds", "side",
                      "pain", "note"}}},
        {{"routine_versions", {"id", "routine", "effective", "definition", "recorded_at"}},
         {"pauses", {"id", "uuid", "exercise", "first_day", "resumed_on", "reason", "created_at"}},
         {"skips", {"id", "uuid", "day", "reason", "created_at"}}},
        {{"entries", {"changed_at"}},
         {"pauses", {"changed_at"}},
         {"operations", {"id", "performed_at", "command", "name", "open"}},
         {"changes", {"id", "operation", "table_name", "row_id", "before", "after"}}},
        {{"entries", {"moment"}},
         {"day_summaries", {"routine", "with_gentle", "day", "status", "planned", "done", "streak", "longest"}},
         {"progress", {"exercise", "rule", "through", "steps", "run"}}},
        {},
        {{"day_logs", {"day", "log"}}},
    };
    return tables;
}

/// PRAGMA application_id of a stretch log ("STRE"), set by migration 5.
constexpr int kApplicationId = 0x53545245;
/// The first schema version that sets it: a file marked so and at least
/// this new is stretch's without looking at its tables.
constexpr int kMarkedSince = 5;

/// Every "table.column" of the database, read in one statement: every
/// command opens the log, so one query here is worth saving.
std::set<std::string> all_columns(SQLite::Database& db) {
    std::set<std::string> columns;
    SQLite::Statement info(db, "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
                               "WHERE m.type = 'table'");
    while (info.executeStep()) columns.insert(info.getColumn(0).getString() + "." + info.getColumn(1).getString());
    return columns;
}

/// The "table.column" names that schema versions `first` to `last` hold.
std::set<std::string> columns_of_versions(int first, int last) {
    const TableColumns& tables = tables_of();
    std::set<std::string> names;
    for (int v = std::max(first, 1); v <= last && v <= static_cast<int>(tables.size()); ++v)
        for (const auto& [table, expected] : tables.at(static_cast<size_t>(v - 1)))
            for (const auto& column : expected) names.insert(table + "." + column);
    return names;
}

/// A stretch database is known by its schema, not by its version number:
/// another program's database may well say user_version = 1.
bool has_stretch_schema(SQLite::Database& db, int version) {
    if (version == 0) return true;
    const auto columns = all_columns(db);
    const auto expected = columns_of_versions(1, version);
    return std::includes(columns.begin(), columns.end(), expected.begin(), expected.end());
}

/// Whether the database has a table or column that only a version after
/// `version` adds: its user_version was set back by hand, and migrating it
/// again would stop part way.
bool has_later_schema(SQLite::Database& db, int version) {
    const auto columns = all_columns(db);
    const auto earlier = columns_of_versions(1, version);
    for (const std::string& name : columns_of_versions(version + 1, std::numeric_limits<int>::max()))
        if (!earlier.contains(name) && columns.contains(name)) return true;
    return false;
}

/// The fix for a user_version that the tables contradict.
constexpr const char* kVersionSetByHand = "its user_version was changed outside stretch; restore a backup, or set "
                                          "it back with the sqlite3 shell; the log was not changed";

}  // namespace

int checked_schema_version(SQLite::Database& db, const std::filesystem::path& path, int current) {
    const auto [version, tables, recognised, later] = guarded(path, [&] {
        // One read transaction: another process creating or migrating the
        // database must not be seen half way (version 0 beside its tables).
        const bool own_transaction = sqlite3_get_autocommit(db.getHandle()) != 0;
        if (own_transaction) db.exec("BEGIN");
        // Plain pragmas, not the pragma_user_version table: preparing the
        // table-valued form declares a virtual table, which parses SQL of its
        // own and cost every command 0.11 million instructions.
        const int v = db.execAndGet("PRAGMA user_version").getInt();
        const bool marked = db.execAndGet("PRAGMA application_id").getInt() == kApplicationId;
        const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
        // Only an old log is looked at for later tables: a migration is coming.
        auto result = std::tuple(v, objects, v > current || (marked && v >= kMarkedSince) || has_stretch_schema(db, v),
                                 v > 0 && v < current && has_later_schema(db, v));
        if (own_transaction) db.exec("COMMIT");
        return result;
    });
    // Version 0 is a new, empty file; with tables in it, it belongs to someone else.
    if (version < 0)
        throw Error(ErrorKind::data,
                    path.string() + " has schema version " + std::to_string(version) + ", which no stretch writes",
                    kVersionSetByHand);
    if (later)
        throw Error(ErrorKind::data,
                    path.string() + " says it has schema version " + std::to_string(version) +
                        ", but it has tables of a later one",
                    kVersionSetByHand);
    if ((version == 0 && tables > 0) || !recognised)
        throw Error(ErrorKind::data, path.string() + " is not a stretch database (its tables are not stretch's)",
                    "name another file with --db; it was not changed");
    if (version > current)
        throw Error(ErrorKind::data,
                    path.string() + " has schema version " + std::to_string(version) +
                        ", newer than this stretch understands (" + std::to_string(current) + ")",
                    "upgrade stretch; the database was not changed");
    return version;
}

void pin_recorded_zones(SQLite::Database& db, const std::filesystem::path& path, const PainZones& zones) {
    if (zones == PainZones{}) return;
    SQLite::Statement select(db, "SELECT id, definition FROM routine_versions");
    SQLite::Statement update(db, "UPDATE routine_versions SET definition = ? WHERE id = ?");
    while (select.executeStep()) {
        RoutineSnapshot version;
        try {
            version = snapshot_from_json(select.getColumn(1).getString(), path);
        } catch (const Error&) {
            continue;  // left as it is, for the command that reads it to name (README: routine_versions)
        }
        if (version.pain_zones || is_retired(version)) continue;
        version.pain_zones = zones;
        update.bind(1, snapshot_to_json(version));
        update.bind(2, select.getColumn(0).getInt64());
        update.exec();
        update.reset();
    }
}

void prepare_database(SQLite::Database& db, const std::filesystem::path& path, const ZonesUntilNow& zones_until_now) {
    constexpr int current = kMigrationCount;
    db.setBusyTimeout(kBusyTimeoutMs);
    checked_schema_version(db, path, current);
    guarded(path, [&] {
        enable_wal(db);
        keep_wal_between_runs(db);
        db.exec("PRAGMA foreign_keys = ON");
        // Up to date (nearly always): no write lock needed to find that out.
        if (db.execAndGet("PRAGMA user_version").getInt() >= current) return 0;
        for (int target = 1; target <= current; ++target) {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            // Another process may have migrated while this one waited for the lock.
            if (db.execAndGet("PRAGMA user_version").getInt() >= target) continue;
            db.exec(kMigrations.at(static_cast<size_t>(target - 1)));
            if (target == kZonesMigration)
                pin_recorded_zones(db, path, zones_until_now ? zones_until_now() : PainZones{});
            db.exec("PRAGMA user_version = " + std::to_string(target));
            transaction.commit();
        }
        return 0;
    });
    guarded(path, [&] { db.exec(kDerivedRowsTriggers); });
}

}  // namespace stretch
