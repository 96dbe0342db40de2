/// Merging another log's records into this one, record by record, as
/// import and Store::merge do.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/archive_rows.h"
#include "store/entry_rows.h"
#include "store/journal.h"
#include "store/snapshot_json.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

using namespace sql;

namespace {

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

std::string entry_label(const Entry& entry) {
    return "entry " + short_id(entry) + " (" + subject(entry) + " on " + to_iso(entry.day) + ")";
}

}  // namespace

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

}  // namespace stretch
