#include "store/schema.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <set>
#include <string>
#include <tuple>
#include <vector>
#include <chrono>
#include <thread>

#include "core/error.h"
#include "store/sqlite_errors.h"

namespace stretch {

namespace {

/// Migration N (1-based) brings a database from version N-1 to N. Append
/// only: never edit a migration that has shipped.
constexpr std::array<const char*, 4> kMigrations = {
    R"sql(
CREATE TABLE entries (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    logged_at    TEXT NOT NULL,  -- UTC instant, 2026-11-22T08:00:00Z
    day          TEXT NOT NULL,  -- local calendar day it counts for, 2026-11-22
    kind         TEXT NOT NULL CHECK (kind IN ('stretch', 'pain')),
    exercise     TEXT,           -- exercise id; NULL for a pain score on its own
    routine      TEXT,
    reps         INTEGER CHECK (reps IS NULL OR reps > 0),
    hold_seconds INTEGER CHECK (hold_seconds IS NULL OR hold_seconds > 0),
    side         TEXT CHECK (side IS NULL OR side IN ('left', 'right', 'both')),
    pain         INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
    note         TEXT,
    CHECK ((kind = 'stretch') = (exercise IS NOT NULL))
);
CREATE INDEX entries_by_day ON entries (day);
CREATE INDEX entries_by_logged_at ON entries (logged_at);
)sql",
    // 2: the plan of record. What each day expected is kept, so that changing
    // a routine file, pausing or skipping never rewrites an earlier day.
    R"sql(
CREATE TABLE routine_versions (
    id          INTEGER PRIMARY KEY,
    routine     TEXT NOT NULL,   -- routine id
    effective   TEXT NOT NULL,   -- first day this definition is in force, 2026-11-22
    definition  TEXT NOT NULL,   -- JSON: name, description, days, steps with their doses
    recorded_at TEXT NOT NULL,   -- UTC instant
    UNIQUE (routine, effective)
);
CREATE TABLE pauses (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    exercise   TEXT NOT NULL,
    first_day  TEXT NOT NULL,    -- first day the stretch is paused
    resumed_on TEXT,             -- first day it is due again; NULL while paused
    reason     TEXT,
    created_at TEXT NOT NULL,    -- UTC instant
    CHECK (resumed_on IS NULL OR resumed_on > first_day)
);
CREATE INDEX pauses_by_exercise ON pauses (exercise);
CREATE TABLE skips (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    day        TEXT NOT NULL UNIQUE,  -- a day set aside: rest, illness, travel
    reason     TEXT,
    created_at TEXT NOT NULL
);
)sql",
    // 3: the journal. Every command that writes opens an operation; triggers
    // copy each row it inserts, changes or deletes into `changes`, in the
    // same transaction, so `undo` can revert the whole command. changed_at
    // lets `import` keep the most recently changed side of a conflict.
    R"sql(
ALTER TABLE entries ADD COLUMN changed_at TEXT;  -- UTC instant of the last edit; NULL: as logged
ALTER TABLE pauses ADD COLUMN changed_at TEXT;   -- UTC instant of the last change; NULL: as created
CREATE TABLE operations (
    id           INTEGER PRIMARY KEY,
    performed_at TEXT NOT NULL,                 -- UTC instant
    command      TEXT NOT NULL,                 -- the command line, as typed
    name         TEXT NOT NULL,                 -- the subcommand: log, import, ...
    open         INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1))  -- 1 while its transaction runs
);
CREATE TABLE changes (
    id         INTEGER PRIMARY KEY,
    operation  INTEGER NOT NULL REFERENCES operations (id),
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    before     TEXT,  -- the row as JSON before the change; NULL for an insert
    after      TEXT   -- the row as JSON after it; NULL for a delete
);
CREATE INDEX changes_by_operation ON changes (operation);
-- The last time each stretch was done, found without reading the whole log.
CREATE INDEX entries_by_exercise ON entries (exercise, day, logged_at);

CREATE TRIGGER journal_entries_insert AFTER INSERT ON entries
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'entries', NEW.id, NULL, json_object('id', NEW.id, 'uuid', NEW.uuid, 'logged_at', NEW.logged_at,
    'day', NEW.day, 'kind', NEW.kind, 'exercise', NEW.exercise, 'routine', NEW.routine, 'reps', NEW.reps,
    'hold_seconds', NEW.hold_seconds, 'side', NEW.side, 'pain', NEW.pain, 'note', NEW.note,
    'changed_at', NEW.changed_at));
END;
CREATE TRIGGER journal_entries_update AFTER UPDATE ON entries
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'entries', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'logged_at', OLD.logged_at,
    'day', OLD.day, 'kind', OLD.kind, 'exercise', OLD.exercise, 'routine', OLD.routine, 'reps', OLD.reps,
    'hold_seconds', OLD.hold_seconds, 'side', OLD.side, 'pain', OLD.pain, 'note', OLD.note,
    'changed_at', OLD.changed_at),
    json_object('id', NEW.id, 'uuid', NEW.uuid, 'logged_at', NEW.logged_at,
    'day', NEW.day, 'kind', NEW.kind, 'exercise', NEW.exercise, 'routine', NEW.routine, 'reps', NEW.reps,
    'hold_seconds', NEW.hold_seconds, 'side', NEW.side, 'pain', NEW.pain, 'note', NEW.note,
    'changed_at', NEW.changed_at));
END;
CREATE TRIGGER journal_entries_delete AFTER DELETE ON entries
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'entries', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'logged_at', OLD.logged_at,
    'day', OLD.day, 'kind', OLD.kind, 'exercise', OLD.exercise, 'routine', OLD.routine, 'reps', OLD.reps,
    'hold_seconds', OLD.hold_seconds, 'side', OLD.side, 'pain', OLD.pain, 'note', OLD.note,
    'changed_at', OLD.changed_at), NULL);
END;

CREATE TRIGGER journal_pauses_insert AFTER INSERT ON pauses
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'pauses', NEW.id, NULL, json_object('id', NEW.id, 'uuid', NEW.uuid, 'exercise', NEW.exercise,
    'first_day', NEW.first_day, 'resumed_on', NEW.resumed_on, 'reason', NEW.reason,
    'created_at', NEW.created_at, 'changed_at', NEW.changed_at));
END;
CREATE TRIGGER journal_pauses_update AFTER UPDATE ON pauses
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'pauses', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'exercise', OLD.exercise,
    'first_day', OLD.first_day, 'resumed_on', OLD.resumed_on, 'reason', OLD.reason,
    'created_at', OLD.created_at, 'changed_at', OLD.changed_at),
    json_object('id', NEW.id, 'uuid', NEW.uuid, 'exercise', NEW.exercise,
    'first_day', NEW.first_day, 'resumed_on', NEW.resumed_on, 'reason', NEW.reason,
    'created_at', NEW.created_at, 'changed_at', NEW.changed_at));
END;
CREATE TRIGGER journal_pauses_delete AFTER DELETE ON pauses
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'pauses', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'exercise', OLD.exercise,
    'first_day', OLD.first_day, 'resumed_on', OLD.resumed_on, 'reason', OLD.reason,
    'created_at', OLD.created_at, 'changed_at', OLD.changed_at), NULL);
END;

CREATE TRIGGER journal_skips_insert AFTER INSERT ON skips
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'skips', NEW.id, NULL, json_object('id', NEW.id, 'uuid', NEW.uuid, 'day', NEW.day, 'reason', NEW.reason,
    'created_at', NEW.created_at));
END;
CREATE TRIGGER journal_skips_update AFTER UPDATE ON skips
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'skips', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'day', OLD.day, 'reason', OLD.reason,
    'created_at', OLD.created_at),
    json_object('id', NEW.id, 'uuid', NEW.uuid, 'day', NEW.day, 'reason', NEW.reason,
    'created_at', NEW.created_at));
END;
CREATE TRIGGER journal_skips_delete AFTER DELETE ON skips
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'skips', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'day', OLD.day, 'reason', OLD.reason,
    'created_at', OLD.created_at), NULL);
END;

CREATE TRIGGER journal_routine_versions_insert AFTER INSERT ON routine_versions
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'routine_versions', NEW.id, NULL, json_object('id', NEW.id, 'routine', NEW.routine,
    'effective', NEW.effective, 'definition', NEW.definition, 'recorded_at', NEW.recorded_at));
END;
CREATE TRIGGER journal_routine_versions_update AFTER UPDATE ON routine_versions
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'routine_versions', OLD.id, json_object('id', OLD.id, 'routine', OLD.routine,
    'effective', OLD.effective, 'definition', OLD.definition, 'recorded_at', OLD.recorded_at),
    json_object('id', NEW.id, 'routine', NEW.routine,
    'effective', NEW.effective, 'definition', NEW.definition, 'recorded_at', NEW.recorded_at));
END;
CREATE TRIGGER journal_routine_versions_delete AFTER DELETE ON routine_versions
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'routine_versions', OLD.id, json_object('id', OLD.id, 'routine', OLD.routine,
    'effective', OLD.effective, 'definition', OLD.definition, 'recorded_at', OLD.recorded_at), NULL);
END;
)sql",
    // 4: per-day summaries, so that a report reads only the days it shows.
    // For each routine (and whether a gentle routine could stand in for it)
    // every past day's status under the plan of record, and the streaks at
    // its end. A cache of the other tables: any change to the entries,
    // pauses, skips or routine versions of a day deletes the summaries from
    // that day on, in the same transaction, and the next command that writes
    // fills them in again. The covering index lets a report add up its days
    // in one ordered scan.
    R"sql(
CREATE TABLE day_summaries (
    routine     TEXT NOT NULL,
    with_gentle INTEGER NOT NULL CHECK (with_gentle IN (0, 1)),
    day         TEXT NOT NULL,
    status      TEXT NOT NULL,
    planned     INTEGER NOT NULL,
    done        INTEGER NOT NULL,
    streak      INTEGER NOT NULL,  -- complete days in a row at the end of the day
    longest     INTEGER NOT NULL,  -- the longest such run up to then
    PRIMARY KEY (routine, with_gentle, day)
) WITHOUT ROWID;
CREATE INDEX day_summaries_by_day ON day_summaries (day);
-- Each stretch's progress up its dose's ranges (see core/progression.h)
-- after every day it was done up to `through`, for the dose and rule named
-- by `rule`. Derived from the entries like day_summaries, and cleared the
-- same way.
CREATE TABLE progress (
    exercise TEXT NOT NULL,
    rule     TEXT NOT NULL,
    through  TEXT NOT NULL,
    steps    INTEGER NOT NULL,
    run      INTEGER NOT NULL,
    PRIMARY KEY (exercise, rule)
) WITHOUT ROWID;
-- A pain score given in a guided session (stretch go) says whether it was
-- before or after the session; the journal's entry triggers are made anew
-- to copy the new column.
ALTER TABLE entries ADD COLUMN moment TEXT CHECK (moment IS NULL OR moment IN ('before', 'after'));
DROP TRIGGER journal_entries_insert;
DROP TRIGGER journal_entries_update;
DROP TRIGGER journal_entries_delete;
CREATE TRIGGER journal_entries_insert AFTER INSERT ON entries
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'entries', NEW.id, NULL, json_object('id', NEW.id, 'uuid', NEW.uuid, 'logged_at', NEW.logged_at, 'day', NEW.day,
    'kind', NEW.kind, 'exercise', NEW.exercise, 'routine', NEW.routine, 'reps', NEW.reps,
    'hold_seconds', NEW.hold_seconds, 'side', NEW.side, 'pain', NEW.pain,
    'note', NEW.note, 'changed_at', NEW.changed_at, 'moment', NEW.moment));
END;
CREATE TRIGGER journal_entries_update AFTER UPDATE ON entries
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'entries', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'logged_at', OLD.logged_at, 'day', OLD.day,
    'kind', OLD.kind, 'exercise', OLD.exercise, 'routine', OLD.routine, 'reps', OLD.reps,
    'hold_seconds', OLD.hold_seconds, 'side', OLD.side, 'pain', OLD.pain,
    'note', OLD.note, 'changed_at', OLD.changed_at, 'moment', OLD.moment),
    json_object('id', NEW.id, 'uuid', NEW.uuid, 'logged_at', NEW.logged_at, 'day', NEW.day,
    'kind', NEW.kind, 'exercise', NEW.exercise, 'routine', NEW.routine, 'reps', NEW.reps,
    'hold_seconds', NEW.hold_seconds, 'side', NEW.side, 'pain', NEW.pain,
    'note', NEW.note, 'changed_at', NEW.changed_at, 'moment', NEW.moment));
END;
CREATE TRIGGER journal_entries_delete AFTER DELETE ON entries
WHEN (SELECT open FROM operations ORDER BY id DESC LIMIT 1) = 1 BEGIN
  INSERT INTO changes (operation, table_name, row_id, before, after) VALUES ((SELECT max(id) FROM operations),
    'entries', OLD.id, json_object('id', OLD.id, 'uuid', OLD.uuid, 'logged_at', OLD.logged_at, 'day', OLD.day,
    'kind', OLD.kind, 'exercise', OLD.exercise, 'routine', OLD.routine, 'reps', OLD.reps,
    'hold_seconds', OLD.hold_seconds, 'side', OLD.side, 'pain', OLD.pain,
    'note', OLD.note, 'changed_at', OLD.changed_at, 'moment', OLD.moment), NULL);
END;
DROP INDEX entries_by_day;
CREATE INDEX entries_by_day ON entries (day, kind, exercise, reps, pain, moment);

CREATE TRIGGER summaries_after_entry_insert AFTER INSERT ON entries BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.day;
  DELETE FROM progress WHERE through >= NEW.day;
END;
CREATE TRIGGER summaries_after_entry_update AFTER UPDATE ON entries BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.day, NEW.day);
  DELETE FROM progress WHERE through >= min(OLD.day, NEW.day);
END;
CREATE TRIGGER summaries_after_entry_delete AFTER DELETE ON entries BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.day;
  DELETE FROM progress WHERE through >= OLD.day;
END;
CREATE TRIGGER summaries_after_pause_insert AFTER INSERT ON pauses BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.first_day;
END;
CREATE TRIGGER summaries_after_pause_update AFTER UPDATE ON pauses BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.first_day, NEW.first_day,
    coalesce(OLD.resumed_on, OLD.first_day), coalesce(NEW.resumed_on, NEW.first_day));
END;
CREATE TRIGGER summaries_after_pause_delete AFTER DELETE ON pauses BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.first_day;
END;
CREATE TRIGGER summaries_after_skip_insert AFTER INSERT ON skips BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.day;
END;
CREATE TRIGGER summaries_after_skip_update AFTER UPDATE ON skips BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.day, NEW.day);
END;
CREATE TRIGGER summaries_after_skip_delete AFTER DELETE ON skips BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.day;
END;
CREATE TRIGGER summaries_after_version_insert AFTER INSERT ON routine_versions BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.effective;
END;
CREATE TRIGGER summaries_after_version_update AFTER UPDATE ON routine_versions BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.effective, NEW.effective);
END;
CREATE TRIGGER summaries_after_version_delete AFTER DELETE ON routine_versions BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.effective;
END;
)sql",
};

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

}  // namespace

namespace {

/// The tables, and the columns of each, that every version up to N has;
/// index 0 is version 1. Later versions only add, so a database of version N
/// holds all of kTablesOf[0..N-1].
const std::vector<std::vector<std::pair<std::string, std::vector<std::string>>>> kTablesOf = {
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
};

/// Every "table.column" of the database, read in one statement: every
/// command opens the log, so one query here is worth saving.
std::set<std::string> all_columns(SQLite::Database& db) {
    std::set<std::string> columns;
    SQLite::Statement info(db, "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
                               "WHERE m.type = 'table'");
    while (info.executeStep()) columns.insert(info.getColumn(0).getString() + "." + info.getColumn(1).getString());
    return columns;
}

/// A stretch database is known by its schema, not by its version number:
/// another program's database may well say user_version = 1.
bool has_stretch_schema(SQLite::Database& db, int version) {
    if (version == 0) return true;
    const auto columns = all_columns(db);
    for (int v = 1; v <= version && v <= static_cast<int>(kTablesOf.size()); ++v)
        for (const auto& [table, expected] : kTablesOf.at(static_cast<size_t>(v - 1)))
            for (const auto& column : expected)
                if (!columns.contains(table + "." + column)) return false;
    return true;
}

}  // namespace

int checked_schema_version(SQLite::Database& db, const std::filesystem::path& path, int current) {
    const auto [version, tables, recognised] = guarded(path, [&] {
        // One read transaction: another process creating or migrating the
        // database must not be seen half way (version 0 beside its tables).
        const bool own_transaction = sqlite3_get_autocommit(db.getHandle()) != 0;
        if (own_transaction) db.exec("BEGIN");
        const int v = db.execAndGet("PRAGMA user_version").getInt();
        auto result = std::tuple(v, db.execAndGet("SELECT count(*) FROM sqlite_master").getInt(),
                                 v > current || has_stretch_schema(db, v));
        if (own_transaction) db.exec("COMMIT");
        return result;
    });
    // Version 0 is a new, empty file; with tables in it, it belongs to someone else.
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

void prepare_database(SQLite::Database& db, const std::filesystem::path& path, int current) {
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
            db.exec("PRAGMA user_version = " + std::to_string(target));
            transaction.commit();
        }
        return 0;
    });
}

}  // namespace stretch
