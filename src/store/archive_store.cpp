/// The Store's part of records by id, export, import and backup.

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/entry_rows.h"
#include "store/journal.h"
#include "store/snapshot_json.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"
#include "store/temporary_files.h"

namespace stretch {

namespace fs = std::filesystem;
using namespace sql;

namespace {

constexpr const char* kPauseColumns = "uuid, exercise, first_day, resumed_on, reason, created_at, changed_at";

PauseRecord read_pause(SQLite::Statement& row, const std::string& path) {
    PauseRecord record{row.getColumn(0).getString(),
                       Pause{row.getColumn(1).getString(), day_of(row.getColumn(2), path), std::nullopt,
                             text_or_empty(row.getColumn(4))},
                       row.getColumn(5).getString(), text_or_empty(row.getColumn(6))};
    if (!row.getColumn(3).isNull()) record.pause.resumed_on = day_of(row.getColumn(3), path);
    return record;
}

void bind_pause(SQLite::Statement& statement, const PauseRecord& record) {
    statement.bind(1, record.uuid);
    statement.bind(2, record.pause.exercise);
    statement.bind(3, to_iso(record.pause.first_day));
    bind_optional(statement, 4,
                  record.pause.resumed_on ? std::optional(to_iso(*record.pause.resumed_on)) : std::nullopt);
    bind_text_or_null(statement, 5, record.pause.reason);
    statement.bind(6, record.created_at);
    bind_text_or_null(statement, 7, record.changed_at);
}

std::vector<PauseRecord> read_pauses(SQLite::Database& db, const std::string& path, const std::string& where,
                                     const std::vector<std::string>& arguments) {
    SQLite::Statement select(db, std::string("SELECT ") + kPauseColumns + " FROM pauses " + where +
                                     " ORDER BY first_day, id");
    for (size_t i = 0; i < arguments.size(); ++i) select.bind(static_cast<int>(i + 1), arguments[i]);
    std::vector<PauseRecord> pauses;
    while (select.executeStep()) pauses.push_back(read_pause(select, path));
    return pauses;
}

std::vector<SkipRecord> read_skips(SQLite::Database& db, const std::string& path, const std::string& where,
                                   const std::vector<std::string>& arguments) {
    SQLite::Statement select(db, "SELECT uuid, day, reason, created_at FROM skips " + where + " ORDER BY day");
    for (size_t i = 0; i < arguments.size(); ++i) select.bind(static_cast<int>(i + 1), arguments[i]);
    std::vector<SkipRecord> skips;
    while (select.executeStep())
        skips.push_back(SkipRecord{select.getColumn(0).getString(), day_of(select.getColumn(1), path),
                                   text_or_empty(select.getColumn(2)), select.getColumn(3).getString()});
    return skips;
}

/// The routine versions `where` selects. With `exported`, each must be
/// one stretch can read (see below); a merge only compares their text.
std::vector<VersionRecord> read_versions(SQLite::Database& db, const std::string& path, const std::string& where,
                                         const std::vector<std::string>& arguments, bool exported) {
    SQLite::Statement select(db, "SELECT routine, effective, definition, recorded_at FROM routine_versions " + where +
                                     " ORDER BY routine, effective");
    for (size_t i = 0; i < arguments.size(); ++i) select.bind(static_cast<int>(i + 1), arguments[i]);
    std::vector<VersionRecord> versions;
    while (select.executeStep()) {
        versions.push_back(VersionRecord{select.getColumn(0).getString(), day_of(select.getColumn(1), path),
                                         select.getColumn(2).getString(), select.getColumn(3).getString()});
        // A damaged row is refused here, with the fix, as every reader of
        // versions refuses it: an export must not carry it into a file that
        // import then rejects, nor stop on it with a bare parse error.
        if (exported) snapshot_from_json(versions.back().definition, path);
    }
    return versions;
}

/// Inserts or replaces one record with a prepared statement, ready for the next.
template <typename Record>
void write_record(SQLite::Statement& write, const Record& record, void (*bind)(SQLite::Statement&, const Record&)) {
    bind(write, record);
    write.exec();
    write.reset();
}

/// Counts one merge decision, and carries it out when it writes.
template <typename Record>
void settle(MergeReport& report, MergeAction action, const Record& record, const std::string& what,
            SQLite::Statement& insert, SQLite::Statement& replace,
            void (*bind)(SQLite::Statement&, const Record&)) {
    SQLite::Statement* write = nullptr;
    switch (action) {
    case MergeAction::add: ++report.added; write = &insert; break;
    case MergeAction::present: ++report.present; break;
    case MergeAction::keep_ours: report.conflicts.push_back({what, false}); break;
    case MergeAction::take_theirs: report.conflicts.push_back({what, true}); write = &replace; break;
    case MergeAction::take_theirs_quietly: ++report.present; write = &replace; break;
    }
    if (write) write_record(*write, record, bind);
}

void bind_skip(SQLite::Statement& statement, const SkipRecord& skip) {
    statement.bind(1, skip.uuid);
    statement.bind(2, to_iso(skip.day));
    bind_text_or_null(statement, 3, skip.reason);
    statement.bind(4, skip.created_at);
}

void bind_version(SQLite::Statement& statement, const VersionRecord& version) {
    statement.bind(1, version.routine);
    statement.bind(2, to_iso(version.effective));
    statement.bind(3, version.definition);
    statement.bind(4, version.recorded_at);
}

std::string entry_label(const Entry& entry) {
    return "entry " + short_id(entry) + " (" + subject(entry) + " on " + to_iso(entry.day) + ")";
}

}  // namespace

History Store::entries_with_prefix(const std::string& prefix) const {
    return query_entries(*db_, path_, "WHERE substr(uuid, 1, ?) = ?", {std::to_string(prefix.size()), prefix});
}

void Store::remove_entries(const std::vector<std::string>& uuids) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement remove(*db_, "DELETE FROM entries WHERE uuid = ?");
            for (const auto& uuid : uuids) {
                remove.bind(1, uuid);
                remove.exec();
                remove.reset();
            }
            return 0;
        });
    });
}

void Store::update_entry(const Entry& entry) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement update(*db_, std::string("UPDATE entries SET (") + kEntryColumns +
                                               ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE uuid = ?1");
            bind_entry(update, entry);
            return update.exec();
        });
    });
}

Archive Store::archive(const std::optional<DateRange>& range, bool with_entries) const {
    return guarded(path_, [&] {
        Archive archive;
        archive.range = range;
        const std::string path = path_.string();
        if (!range) {
            if (with_entries) archive.entries = query_entries(*db_, path_, "", {});
            archive.pauses = read_pauses(*db_, path, "", {});
            archive.skips = read_skips(*db_, path, "", {});
            archive.versions = read_versions(*db_, path, "", {}, true);
            return archive;
        }
        const std::string first = to_iso(range->first), last = to_iso(range->last);
        if (with_entries) archive.entries = entries_in(*range);
        archive.pauses = read_pauses(*db_, path, "WHERE first_day <= ?1 AND (resumed_on IS NULL OR resumed_on > ?2)",
                                     {last, first});
        archive.skips = read_skips(*db_, path, "WHERE day BETWEEN ? AND ?", {first, last});
        archive.versions = read_versions(*db_, path, "WHERE effective <= ?", {last}, true);
        return archive;
    });
}

struct RecordMerger::Statements {
    explicit Statements(SQLite::Database& db)
        : find_entry(db, std::string("SELECT ") + kEntryColumns + " FROM entries WHERE uuid = ?"),
          add_entry(db, std::string("INSERT INTO entries (") + kEntryColumns +
                            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          replace_entry(db, std::string("UPDATE entries SET (") + kEntryColumns +
                                ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE uuid = ?1"),
          add_pause(db, std::string("INSERT INTO pauses (") + kPauseColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?)"),
          replace_pause(db, std::string("UPDATE pauses SET (") + kPauseColumns + ") = (?, ?, ?, ?, ?, ?, ?) WHERE uuid = ?1"),
          add_skip(db, "INSERT INTO skips (uuid, day, reason, created_at) VALUES (?, ?, ?, ?)"),
          replace_skip(db, "UPDATE skips SET (uuid, day, reason, created_at) = (?, ?2, ?, ?) WHERE day = ?2"),
          add_version(db, "INSERT INTO routine_versions (routine, effective, definition, recorded_at) VALUES (?, ?, ?, ?)"),
          replace_version(db, "UPDATE routine_versions SET (routine, effective, definition, recorded_at) = "
                              "(?1, ?2, ?3, ?4) WHERE routine = ?1 AND effective = ?2"),
          seen(db, "INSERT OR IGNORE INTO temp.merge_seen (identity) VALUES (?)") {}

    SQLite::Statement find_entry, add_entry, replace_entry, add_pause, replace_pause, add_skip, replace_skip,
        add_version, replace_version, seen;
};

namespace {

/// The temporary table of identities merged so far, emptied: it lives on
/// SQLite's temporary storage, so a merge of any size takes little memory.
SQLite::Database& with_empty_seen_table(SQLite::Database& db) {
    db.exec("PRAGMA temp.cache_size = -256");
    db.exec("PRAGMA main.cache_size = -512");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS merge_seen (identity TEXT PRIMARY KEY) WITHOUT ROWID");
    db.exec("DELETE FROM temp.merge_seen");
    return db;
}

}  // namespace

RecordMerger::RecordMerger(Store& store, std::optional<LocalFiles> local)
    : store_(store),
      local_(std::move(local)),
      statements_(guarded(store.path_, [&] { return std::make_unique<Statements>(with_empty_seen_table(*store.db_)); })) {}

RecordMerger::~RecordMerger() = default;

void RecordMerger::first_time(const std::string& identity, const std::string& what) {
    // The previous record's journal copies go to the log now: an import of
    // any size holds no more than one record's in memory.
    if (store_.journal_) store_.journal_->flush();
    SQLite::Statement& seen = statements_->seen;
    seen.bind(1, identity);
    const int inserted = seen.exec();
    seen.reset();
    if (inserted == 0)
        throw RepeatedRecord(ErrorKind::data, what + " appears twice in the file", "fix the file; nothing was imported");
}

void RecordMerger::entry(Entry theirs) {
    guarded(store_.path_, [&] {
        first_time(theirs.uuid, "entry " + theirs.uuid);
        SQLite::Statement& find = statements_->find_entry;
        find.bind(1, theirs.uuid);
        std::optional<Entry> ours;
        if (find.executeStep()) ours = read_entry(find, store_.path_);
        find.reset();
        settle(report_, merge_action(ours ? &*ours : nullptr, theirs), theirs, entry_label(theirs),
               statements_->add_entry, statements_->replace_entry, &bind_entry);
        return 0;
    });
}

void RecordMerger::pause(PauseRecord theirs) {
    guarded(store_.path_, [&] {
        first_time(theirs.uuid, "pause " + theirs.uuid);
        const auto ours = read_pauses(*store_.db_, store_.path_.string(), "WHERE uuid = ?", {theirs.uuid});
        settle(report_, merge_action(ours.empty() ? nullptr : &ours.front(), theirs), theirs,
               "pause of " + theirs.pause.exercise + " from " + to_iso(theirs.pause.first_day), statements_->add_pause,
               statements_->replace_pause, &bind_pause);
        return 0;
    });
}

void RecordMerger::skip(SkipRecord theirs) {
    guarded(store_.path_, [&] {
        first_time("skip " + to_iso(theirs.day), "the skip of " + to_iso(theirs.day));
        // Skips meet by day; one id on two days would fail as a bare UNIQUE constraint.
        const auto other = read_skips(*store_.db_, store_.path_.string(), "WHERE uuid = ? AND day <> ?",
                                      {theirs.uuid, to_iso(theirs.day)});
        if (!other.empty())
            throw Error(ErrorKind::data,
                        "the skip of " + to_iso(theirs.day) + " has the id " + theirs.uuid + ", which this log's skip of " +
                            to_iso(other.front().day) + " has",
                        "fix the file; nothing was imported");
        const auto ours = read_skips(*store_.db_, store_.path_.string(), "WHERE day = ?", {to_iso(theirs.day)});
        settle(report_, merge_action(ours.empty() ? nullptr : &ours.front(), theirs), theirs,
               "skip of " + to_iso(theirs.day), statements_->add_skip, statements_->replace_skip, &bind_skip);
        return 0;
    });
}

void RecordMerger::version(VersionRecord theirs) {
    guarded(store_.path_, [&] {
        const std::string what = "routine " + theirs.routine + " from " + to_iso(theirs.effective);
        first_time("routine " + theirs.routine + " " + to_iso(theirs.effective), what);
        const auto ours = read_versions(*store_.db_, store_.path_.string(), "WHERE routine = ? AND effective = ?",
                                        {theirs.routine, to_iso(theirs.effective)}, false);
        // An export made before schema 10 has no zones where this log's
        // version has those migration 10 gave it: the same version.
        if (!ours.empty() && same_but_recorded_zones(theirs.definition, ours.front().definition, store_.path_))
            theirs.definition = ours.front().definition;
        if (const auto from = own_days_after(theirs)) {
            merge_before_own_days(ours.empty() ? nullptr : &ours.front(), theirs, what, *from);
            return 0;
        }
        const MergeAction action = merge_action(ours.empty() ? nullptr : &ours.front(), theirs);
        const bool takes = action == MergeAction::add || action == MergeAction::take_theirs;
        if (const std::string why = takes ? kept_out(theirs) : ""; !why.empty()) {
            report_.conflicts.push_back({what + " (" + why + ")", false});
            return 0;
        }
        settle(report_, action, theirs, what, statements_->add_version, statements_->replace_version, &bind_version);
        return 0;
    });
}

std::string RecordMerger::kept_out(const VersionRecord& theirs) const {
    if (!local_) return {};
    const auto in_files = local_->definitions.find(theirs.routine);
    const bool defined = in_files != local_->definitions.end();
    const bool judged = local_->judged.contains(theirs.routine);
    // What this log has in force that day, for a routine it has judged days by.
    const std::optional<std::string> ours =
        judged && theirs.effective <= local_->today ? store_.definition_in_force(theirs.routine, theirs.effective)
                                                    : std::nullopt;
    if (theirs.effective == local_->today && ours) {
        // Today keeps the version this log has in force: the files' own, or
        // the one a change made once today was settled must wait for.
        if (*ours == theirs.definition) return {};
        return defined && *ours == in_files->second
                   ? "today follows your routine files"
                   : "today keeps the version this log has in force, as a change here waits for tomorrow";
    }
    if (theirs.effective >= local_->today) {
        // A routine the files here lack, and this log has no version of, is
        // taken, to be retired from today with the others the files lack.
        const bool differs = defined ? theirs.definition != in_files->second
                                     : judged && !is_retired(snapshot_from_json(theirs.definition, store_.path_));
        if (!differs) return {};
        return theirs.effective == local_->today ? "today follows your routine files"
                                                 : "tomorrow follows your routine files";
    }
    if (!judged) return {};
    if (defined && is_retired(snapshot_from_json(theirs.definition, store_.path_)))
        return "retired in the other log; your routine files define it";
    // Another machine's files said otherwise from that day; this log judged
    // those days by the version it had (or as not yet the routine's days,
    // before its first), and keeps them so.
    if (!ours) return "before this log's first version of it; this log judged those days without it";
    if (*ours != theirs.definition) return "the other log's version; this log judged those days by its own";
    return {};
}

std::optional<Date> RecordMerger::own_days_after(const VersionRecord& theirs) const {
    if (!local_ || !local_->first_day || !local_->judged.contains(theirs.routine)) return std::nullopt;
    // Today is always this machine's to judge: its files say what today asks.
    const Date from = std::min(*local_->first_day, local_->today);
    if (theirs.effective >= from || !store_.definition_in_force(theirs.routine, from)) return std::nullopt;
    return from;
}

bool RecordMerger::keep_own_days(const std::string& routine, Date from) {
    const auto versions = read_versions(*store_.db_, store_.path_.string(), "WHERE routine = ? AND effective <= ?",
                                        {routine, to_iso(from)}, false);
    VersionRecord kept = versions.back();
    if (kept.effective == from) return false;
    kept.effective = from;
    write_record(statements_->add_version, kept, &bind_version);  // this log's own: no record the file brought
    return true;
}

void RecordMerger::merge_before_own_days(const VersionRecord* ours, const VersionRecord& theirs,
                                         const std::string& what, Date from) {
    if (ours && ours->definition == theirs.definition) {
        ++report_.present;
        return;
    }
    // Before anything of the other log's comes in for this routine.
    if (!own_days_kept_.contains(theirs.routine))
        own_days_kept_[theirs.routine] = keep_own_days(theirs.routine, from);
    // What this log had before its first day judged nothing, and gives way;
    // once another log's versions hold those days (an earlier import kept
    // them), a third log's meet them by the usual rule, so that importing
    // the same files again changes nothing.
    const MergeAction action = !ours                                   ? MergeAction::add
                               : own_days_kept_.at(theirs.routine) ? MergeAction::take_theirs
                                                                     : merge_action(ours, theirs);
    settle(report_, action, theirs, what + " (before this log's first day, " + to_iso(from) + ")",
           statements_->add_version, statements_->replace_version, &bind_version);
}

MergeReport Store::merge(const Archive& archive) {
    return guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            RecordMerger merger(*this, std::nullopt);
            for (const Entry& entry : archive.entries) merger.entry(entry);
            for (const PauseRecord& pause : archive.pauses) merger.pause(pause);
            for (const SkipRecord& skip : archive.skips) merger.skip(skip);
            for (const VersionRecord& version : archive.versions) merger.version(version);
            return merger.report();
        });
    });
}

void Store::backup_to(const fs::path& target) const {
    // A new name beside the target, so the rename is atomic and a failed
    // backup never leaves a half-written file under the target's name.
    const fs::path partial = target.parent_path() / ("." + target.filename().string() + ".partial-" +
                                                     std::to_string(::getpid()));
    const TemporaryFileGuard removed_if_stopped(partial);  // before it exists: no moment unwatched
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        // Named as the user gave it: the temporary name is ours, not theirs.
        throw Error(ErrorKind::cant_create, "cannot create " + target.string() + ": " + std::strerror(errno),
                    "check that the directory exists and is writable");
    ::close(fd);
    try {
        guarded(path_, [&] {
            // VACUUM INTO refuses to run in a transaction, and reads a
            // snapshot of its own: the reader's snapshot ends here.
            if (!sqlite3_get_autocommit(db_->getHandle())) db_->exec("COMMIT");
            SQLite::Statement vacuum(*db_, "VACUUM INTO ?");
            vacuum.bind(1, partial.string());
            return vacuum.exec();
        });
        // SQLite does not sync what VACUUM INTO wrote; a backup must survive a crash.
        const int written = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
        if (written < 0 || ::fsync(written) != 0 || ::close(written) != 0 ||
            ::rename(partial.c_str(), target.c_str()) != 0)
            throw Error(ErrorKind::io, "cannot write " + target.string() + ": " + std::strerror(errno),
                        "check the disk and the directory's permissions");
    } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw;
    }
    const int directory = ::open(target.parent_path().empty() ? "." : target.parent_path().c_str(),
                                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        ::fsync(directory);
        ::close(directory);
    }
}

}  // namespace stretch
