#include "store/migrations.h"

namespace stretch {

const std::array<const char*, kMigrationCount> kMigrations = {
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
    // 5: the journal's triggers leave the file. They copied a row into
    // `changes` only while one of stretch's own commands had an operation
    // open, so no other program ever fired them, yet every command, even one
    // that only reads, paid for parsing them. A writing connection now copies
    // the rows from SQLite's pre-update hook (journal.cpp), from the same
    // column lists as undo reads back. The summaries' triggers stay: a change
    // made with another tool must still clear the summaries it invalidates.
    // The file is also marked as stretch's (application_id "STRE"), so that
    // opening it need not check every table's columns to know it.
    R"sql(
PRAGMA application_id = 1398035013;
DROP TRIGGER IF EXISTS journal_entries_insert;
DROP TRIGGER IF EXISTS journal_entries_update;
DROP TRIGGER IF EXISTS journal_entries_delete;
DROP TRIGGER IF EXISTS journal_pauses_insert;
DROP TRIGGER IF EXISTS journal_pauses_update;
DROP TRIGGER IF EXISTS journal_pauses_delete;
DROP TRIGGER IF EXISTS journal_skips_insert;
DROP TRIGGER IF EXISTS journal_skips_update;
DROP TRIGGER IF EXISTS journal_skips_delete;
DROP TRIGGER IF EXISTS journal_routine_versions_insert;
DROP TRIGGER IF EXISTS journal_routine_versions_update;
DROP TRIGGER IF EXISTS journal_routine_versions_delete;
)sql",
    // 6: each past day's entries, added up per stretch as a report reads them
    // (core/day_log.h), one row per day from the first day of use: a year's
    // report then reads 365 rows instead of some 4,000 entries. A cache of
    // the entries like day_summaries, and cleared the same way, from the
    // changed day on, so that the rows always run without a gap from the
    // first day of use; the next command that writes fills them in again.
    // `log` is an encoding of stretch's own (store/day_log_codec.h); a row
    // that does not decode is read from the entries instead.
    R"sql(
CREATE TABLE day_logs (
    day TEXT PRIMARY KEY NOT NULL,
    log BLOB NOT NULL
) WITHOUT ROWID;
DROP TRIGGER IF EXISTS summaries_after_entry_insert;
DROP TRIGGER IF EXISTS summaries_after_entry_update;
DROP TRIGGER IF EXISTS summaries_after_entry_delete;
CREATE TRIGGER summaries_after_entry_insert AFTER INSERT ON entries BEGIN
  DELETE FROM day_summaries WHERE day >= NEW.day;
  DELETE FROM progress WHERE through >= NEW.day;
  DELETE FROM day_logs WHERE day >= NEW.day;
END;
CREATE TRIGGER summaries_after_entry_update AFTER UPDATE ON entries BEGIN
  DELETE FROM day_summaries WHERE day >= min(OLD.day, NEW.day);
  DELETE FROM progress WHERE through >= min(OLD.day, NEW.day);
  DELETE FROM day_logs WHERE day >= min(OLD.day, NEW.day);
END;
CREATE TRIGGER summaries_after_entry_delete AFTER DELETE ON entries BEGIN
  DELETE FROM day_summaries WHERE day >= OLD.day;
  DELETE FROM progress WHERE through >= OLD.day;
  DELETE FROM day_logs WHERE day >= OLD.day;
END;
)sql",
    // 7: a past day whose plan was not done and that had a pain of 7 or more,
    // on its own or given with a stretch, is now "rested", not missed (core/report.h): stretch
    // told the user to rest that day. The summaries judged such days by the
    // old rule, so they are cleared, and the next command that writes fills
    // them in again; nothing else changes.
    R"sql(
DELETE FROM day_summaries;
)sql",
    // 8: a skip on a day a routine does not run leaves that day "not
    // scheduled" for it (core/record.h, expected_on): a skip is the day's,
    // for whichever routine runs then. The summaries judged such days
    // skipped for every routine, so they are cleared, as in 7.
    R"sql(
DELETE FROM day_summaries;
)sql",
    // 9: a pain of 7 or more given after a guided session (`stretch go`)
    // now asks for rest as any other does (core/day_log.h, severe_pain): a
    // past day it left unfinished is "rested", not partial. The summaries
    // judged such days by the old rule, so they are cleared, as in 7.
    R"sql(
DELETE FROM day_summaries;
)sql",
    // 10: a routine version records config.toml's pain zones when they are
    // not the defaults (store/snapshot_json.cpp), so that moving them changes
    // today's targets and later ones, never a past day's. Versions recorded
    // before were judged by config.toml's zones as they stand, so these get
    // them, in C++ (pin_recorded_zones in schema.cpp); its UPDATEs clear the
    // summaries from each version on, through the summaries' triggers.
    R"sql(
SELECT 1;
)sql",
    // 11: the summaries' triggers leave the file. Every command parses every
    // trigger in the file as it opens the log, and these twelve were a third
    // of the schema SQLite reads before a command's first query: 0.09 ms of
    // each `plan today`, which only reads. A writing connection now makes the
    // same triggers as TEMP ones when it opens the log (schema.cpp,
    // kDerivedRowsTriggers), so stretch's own writes clear what they
    // invalidate in the same statement, as before. A change made with another
    // tool no longer does: the README says to clear the three tables then.
    R"sql(
DROP TRIGGER IF EXISTS summaries_after_entry_insert;
DROP TRIGGER IF EXISTS summaries_after_entry_update;
DROP TRIGGER IF EXISTS summaries_after_entry_delete;
DROP TRIGGER IF EXISTS summaries_after_pause_insert;
DROP TRIGGER IF EXISTS summaries_after_pause_update;
DROP TRIGGER IF EXISTS summaries_after_pause_delete;
DROP TRIGGER IF EXISTS summaries_after_skip_insert;
DROP TRIGGER IF EXISTS summaries_after_skip_update;
DROP TRIGGER IF EXISTS summaries_after_skip_delete;
DROP TRIGGER IF EXISTS summaries_after_version_insert;
DROP TRIGGER IF EXISTS summaries_after_version_update;
DROP TRIGGER IF EXISTS summaries_after_version_delete;
)sql",
};

}  // namespace stretch
