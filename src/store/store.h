#pragma once
/// The log on disk: a SQLite database of entries. WAL mode, a busy timeout
/// set before anything else, every write in one BEGIN IMMEDIATE transaction,
/// and ordered migrations recorded in PRAGMA user_version.

#include <chrono>
#include <functional>
#include <map>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/archive.h"
#include "core/date_range.h"
#include "core/entry.h"
#include "core/pain.h"
#include "core/progression.h"
#include "core/record.h"
#include "core/report.h"
#include "store/migrations.h"
#include "store/schema.h"

namespace SQLite {
class Database;
class Statement;
}

namespace stretch {

namespace sql {
class Reused;
}

/// What import did, record by record.
struct MergeReport {
    struct Conflict {
        std::string what;  ///< "entry 3f2a9c1e (bridge on 2026-11-22)"
        bool took_theirs;  ///< the imported side changed later and replaced this log's
    };
    int added = 0;
    int present = 0;
    std::vector<Conflict> conflicts;
};

/// One row a command inserted, changed or deleted, as the journal keeps it.
struct JournalChange {
    std::string table;   ///< "entries", "pauses", "skips" or "routine_versions"
    std::string before;  ///< the row as a JSON object; empty for an insert
    std::string after;   ///< the row as a JSON object; empty for a delete
};

/// One command that wrote to the log, with everything it changed in order.
struct JournalCommand {
    std::string command;       ///< the command line as typed
    std::string name;          ///< its subcommand: "log", "import", ...
    std::string performed_at;  ///< UTC instant
    std::vector<JournalChange> changes;
};

class Store;
class Journal;

/// Merges records into a log as they arrive, each as Store::merge does, and
/// refuses a record whose identity came earlier in the same merge (a data
/// Error), remembering identities in a temporary table rather than in
/// memory. Use it inside Store::atomically(), so that an error anywhere
/// rolls every record back.
class RecordMerger : public RecordSink {
public:
    /// What this machine's routine files say, against which another log's
    /// routine versions are weighed. Without it (Store::merge), every record
    /// is merged by the usual rule alone.
    struct LocalFiles {
        Date today;
        /// Today's definition (as recorded) of each routine the files define.
        std::map<std::string, std::string> definitions;
        /// The routines this log has judged days by already (it records
        /// versions of them), whether the files still define them or not.
        std::set<std::string> judged;
        /// This log's first day with anything on it (Store::first_day), taken
        /// before the merge: the days before it were never judged here.
        std::optional<Date> first_day;
    };
    /// Some of another log's routine versions are kept out, as conflicts
    /// this log won. One in force from today or tomorrow that the files
    /// define otherwise: those days follow this machine's files (a routine
    /// they lack is retired). And, for a routine this log has judged days
    /// by, one from an earlier day that differs from the version this log
    /// had in force that day, or that starts before this log's first
    /// version of it (a retirement among them, when the files here define
    /// the routine): that was a fact about the other machine's files, and
    /// taking it would rewrite days this log judged. (A log rebuilt from an
    /// export judged nothing yet, and takes them all.) The days before this
    /// log's first day were judged by the other log alone, so its versions
    /// from before then are taken, for a routine this log had in force on
    /// that day: this log's version in force then is first recorded again
    /// from that day, so that its own days keep it.
    RecordMerger(Store& store, std::optional<LocalFiles> local);
    ~RecordMerger() override;
    RecordMerger(const RecordMerger&) = delete;
    RecordMerger& operator=(const RecordMerger&) = delete;

    void entry(Entry entry) override;
    void pause(PauseRecord pause) override;
    void skip(SkipRecord skip) override;
    void version(VersionRecord version) override;

    const MergeReport& report() const { return report_; }

private:
    struct Statements;
    void first_time(const std::string& identity, const std::string& what);
    Store& store_;
    std::optional<LocalFiles> local_;
    /// Why `theirs` stays out of this log (see the constructor); empty when it may come in.
    std::string kept_out(const VersionRecord& theirs) const;
    /// The first of this log's own days, when `theirs` starts before it, for
    /// a routine this log had a version of in force that day; else nullopt.
    std::optional<Date> own_days_after(const VersionRecord& theirs) const;
    /// Merges `theirs`, which starts before this log's first day (`from`).
    void merge_before_own_days(const VersionRecord* ours, const VersionRecord& theirs, const std::string& what,
                               Date from);
    /// Records the version of `routine` in force on `from` again from that
    /// day, so that this log's days keep it; false when one starts that day
    /// already (an earlier merge recorded it, or the files changed then).
    bool keep_own_days(const std::string& routine, Date from);
    /// Each routine a version from before this log's first day came in for:
    /// whether this merge recorded its version from that day (keep_own_days).
    std::map<std::string, bool> own_days_kept_;
    std::unique_ptr<Statements> statements_;
    MergeReport report_;
};

class Store {
public:
    /// The schema version this program writes (one per migration); newer
    /// databases are refused.
    static constexpr int kSchemaVersion = kMigrationCount;

    /// Opens an existing database to read it; nullopt when the file does not
    /// exist, so reading never creates one. All its reads see the log as it
    /// was at the first of them: the parts of a report agree with each other
    /// even while another process logs, and SQLite takes its locks once, not
    /// once a statement. It never sees a later write, so a command drops it
    /// before opening the log to write.
    /// `zones_until_now` is asked only when an older log is migrated
    /// (schema.h).
    static std::optional<Store> open_existing(const std::filesystem::path& path,
                                              const ZonesUntilNow& zones_until_now = {});
    /// Opens the database to write, creating it and its directory (mode 0700).
    static Store open_for_writing(const std::filesystem::path& path, const ZonesUntilNow& zones_until_now = {});
    /// A private database in memory, for tests.
    static Store in_memory();

    Store(Store&&) noexcept;
    /// Not assignable: a journal hooks the connection it was made for.
    Store& operator=(Store&&) = delete;
    ~Store();

    /// Runs `body` in one BEGIN IMMEDIATE transaction: what it reads is what
    /// it writes over, and all of its writes happen or none. The write
    /// methods below join it, and otherwise make a transaction of their own.
    /// Every row it changes is journalled, in the same transaction, as one
    /// command (named by journal_as) that undo_last() reverts as a whole.
    void atomically(const std::function<void()>& body);
    /// The command line, its subcommand and the UTC instant the journal
    /// records for the commands this store runs.
    void journal_as(std::string command, std::string name, std::string at) {
        command_ = std::move(command);
        command_name_ = std::move(name);
        command_at_ = std::move(at);
    }
    /// From now on, each atomically() goes on with the journal's operation
    /// of the one before, while no other command has been journalled in
    /// between: a guided session, which commits each stretch as it is
    /// logged, is one command for undo.
    void journal_as_one_command() { one_command_ = true; }
    /// Reverts the newest journalled command and forgets it; nullopt when the
    /// journal is empty (nothing since the log was created or upgraded). The
    /// before_commit hook runs in its transaction too, and so does `watch`:
    /// with the command about to be reverted, then again once it is (before
    /// the hook), so that the caller sees the log on both sides of the revert.
    std::optional<JournalCommand> undo_last(
        const std::function<void(const JournalCommand&, bool reverted)>& watch = {});
    /// The newest `limit` journalled commands, newest first: what the next
    /// undos would revert.
    std::vector<JournalCommand> recent_commands(int limit) const;
    /// How many commands the journal keeps; older ones can no longer be undone.
    static constexpr int kUndoDepth = 100;

    /// Adds all entries in one transaction: all are written or none.
    void add(const std::vector<Entry>& entries);

    /// Records each routine as a version effective `today` when it differs
    /// from the latest one recorded; the first version of a routine is
    /// effective from kEarliestDay, since nothing older is known. A routine
    /// recorded before and missing from `routines` (its file is gone) is
    /// recorded retired_version() from `today`, unless `retire_missing` is
    /// false (`routines` is then not every routine in the files). A change
    /// (a retirement included) for which `alters_settled_today` is true
    /// (change_alters_settled_today() in core/report.h) counts from the day
    /// after `today` instead. A change replaces any version that was waiting
    /// for a later day; a routine whose file is as the version in force
    /// today only loses those.
    void record_routines(const std::vector<RoutineSnapshot>& routines, Date today, const std::string& recorded_at,
                         bool retire_missing = true,
                         const std::function<bool(const RoutineSnapshot& changed)>& alters_settled_today = {});
    void add_pause(const Pause& pause, const std::string& created_at);
    /// Ends the open pause of `exercise` so it is due from `day`; a pause
    /// that had not begun by then is removed. False when none was open.
    /// `changed_at` (UTC instant) is kept with the pause for import.
    bool resume(const std::string& exercise, Date day, const std::string& changed_at);
    /// Marks `days` skipped; returns those that were not already.
    std::vector<Date> add_skips(const std::vector<Date>& days, const std::string& reason, const std::string& created_at);
    /// Removes the skips within `range`; returns the days unskipped.
    std::vector<Date> remove_skips(const DateRange& range);

    /// The entries whose uuid starts with `prefix` (lower-case hex and dashes).
    History entries_with_prefix(const std::string& prefix) const;
    /// Deletes the entries with these uuids, all or none.
    void remove_entries(const std::vector<std::string>& uuids);
    /// Writes `entry` over the stored entry with its uuid.
    void update_entry(const Entry& entry);

    /// Everything needed to rebuild the log: the entries, skips and pauses of
    /// `range` (all when nullopt) and the routine versions in force by its end.
    /// Without `with_entries` the entries are left out, for a caller that
    /// streams them with each_entry().
    Archive archive(const std::optional<DateRange>& range, bool with_entries = true) const;
    /// Merges `archive` in, record by record (see merge_action); joins the
    /// transaction of atomically() when there is one.
    MergeReport merge(const Archive& archive);
    /// Writes a consistent copy of the log to `target` (0600) while others
    /// may be writing: VACUUM INTO a new file beside it, then a rename.
    void backup_to(const std::filesystem::path& target) const;

    /// Runs `body`'s reads in one read transaction, so that they all see the
    /// log as it was at one moment while other commands write.
    void read_consistently(const std::function<void()>& body) const;
    /// Runs `body` inside a savepoint of the write transaction already open.
    /// Should it throw an Error or a filesystem error, what it wrote is
    /// rolled back to the savepoint and false returned, and the transaction
    /// goes on; anything else, or a transaction SQLite has itself rolled
    /// back, is thrown as it was.
    bool attempt(const std::function<void()>& body);

    /// From now on a write that finds another writer holding the log fails
    /// at once (an Error of kind busy) instead of waiting out the busy
    /// timeout: for a write the command can do without.
    void give_way();

    /// Copies everything in the -wal into the log file and empties the -wal,
    /// waiting for readers, so that the log file alone holds the log (before
    /// it is moved into place under another name).
    void checkpoint();

    /// Entries whose day is in `range`, oldest first.
    History entries_in(const DateRange& range) const;
    /// Calls `visit` with each entry of `range` (all when nullopt) in the
    /// order logged, one row at a time, so that nothing holds the whole log.
    void each_entry(const std::optional<DateRange>& range, const std::function<void(const Entry&)>& visit) const;
    /// Ranges longer than this are read in logged order instead of by day.
    static constexpr int kLongRangeDays = 400;
    /// The days of `range` with something logged, added up in order as the
    /// caller walks them; the cursor reads this store and must not outlive it.
    std::unique_ptr<DayLogCursor> day_logs(const DateRange& range) const;
    /// The same, read from the day logs kept in day_logs where they are all
    /// there (the days of `range` from `first_used` to the day before
    /// `today`), else from the entries: the same days either way.
    std::unique_ptr<DayLogCursor> kept_day_logs(const DateRange& range, Date first_used, Date today) const;
    /// The first and last day kept in day_logs; nullopt when none is, or
    /// when either is not a day. The days between are all kept (see
    /// migration 6) unless rows were changed by hand.
    std::optional<DateRange> kept_day_log_span() const;
    /// Empties day_logs (derived data: nothing is lost), unjournalled.
    void forget_day_logs();
    /// Keeps the log of every day of `days` (from the entries) in day_logs,
    /// in one transaction (joining atomically()'s), unjournalled.
    void save_day_logs(const DateRange& days);

    /// The newest per-day summary of `routine` on or before `day`; nullopt
    /// when none is kept. Summaries are kept from the first day of use
    /// without gaps (see migration 4).
    std::optional<DaySummary> day_summary_until(const std::string& routine, bool with_gentle, Date day) const;
    /// Stores the summaries `fill` hands to its argument, in one transaction
    /// (joining atomically()'s), unjournalled: they are derived data.
    void save_day_summaries(const std::string& routine, bool with_gentle,
                            const std::function<void(const std::function<void(const DaySummary&)>&)>& fill);
    /// The days `exercise` was done in `range`, oldest first, each with the
    /// highest pain given with it that day.
    std::vector<DoneDay> done_days(const std::string& exercise, const DateRange& range) const;
    /// The progress kept for `exercise` under `rule` (a progression_key) and
    /// the last day it takes into account; nullopt when none is kept.
    std::optional<std::pair<Date, Progress>> kept_progress(const std::string& exercise, const std::string& rule) const;
    void keep_progress(const std::string& exercise, const std::string& rule, Date through, Progress progress);

    /// Runs `hook` inside the transaction of atomically() and undo_last(),
    /// after their change, so that derived data is brought up to date with it.
    void before_commit(std::function<void(Store&)> hook) { before_commit_ = std::move(hook); }
    /// Runs `hook` (which must not throw) when the store closes, however
    /// the command ends, a thrown error included: what it saw of changed().
    void on_close(std::function<void(const Store&)> hook) { on_close_ = std::move(hook); }
    /// Exercise ids logged on `day`.
    std::set<std::string> exercises_done_on(Date day) const;
    /// The first day of use: the first day with an entry, a skip or a
    /// pause; nullopt when there is none.
    std::optional<Date> first_day() const;
    /// The latest day with an entry (import takes entries up to tomorrow);
    /// nullopt when there is none.
    std::optional<Date> last_entry_day() const;

    /// Routine versions, pauses and skips: everything expected_on() needs.
    PlanRecord plan_record() const;
    /// Stand-alone pain scores of the days in `range`, in day order (several
    /// of one day in no particular order: not the order they were logged).
    std::vector<DayScore> pain_scores_in(const DateRange& range) const;
    /// Whether a stretch logged on `routine` in `range` was given a pain of
    /// kSeverePain or more: the gentle routine is no way back from such a
    /// pain it gave.
    bool severe_pain_on_routine(const DateRange& range, const std::string& routine) const;
    /// For each of `exercises` logged before `day`, the day it was last
    /// logged and the pain given then (nullopt when that entry gave none).
    std::map<std::string, std::pair<Date, std::optional<int>>> last_pain_before(
        Date day, const std::vector<std::string>& exercises) const;

    /// True once this store has committed a change a user made (an entry,
    /// pause or skip journalled, or an undo), so a command whose answer
    /// cannot be written can still say its change was saved. What is kept
    /// up to date on the side (routine versions, summaries, progress, a
    /// migration) is not one: a command that only did that changed nothing.
    bool changed() const;

private:
    friend class RecordMerger;
    Store(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
    /// The stored definition of routine `id` in force on `day`; none before
    /// its first version.
    std::optional<std::string> definition_in_force(const std::string& id, Date day) const;
    std::unique_ptr<SQLite::Database> db_;
    /// Hooks db_ (so declared after it, to go first); null when read-only.
    std::unique_ptr<Journal> journal_;
    std::filesystem::path path_;  ///< for error messages
    bool undid_ = false;          ///< undo_last() took a command back
    bool committed_change_ = false;  ///< an atomically() that the journal kept was committed
    std::string command_ = "stretch";  ///< see journal_as
    std::string command_name_;         ///< see journal_as
    std::string command_at_;           ///< see journal_as; empty: SQLite's clock
    bool one_command_ = false;         ///< see journal_as_one_command
    std::function<void(Store&)> before_commit_;  ///< see before_commit
    std::function<void(const Store&)> on_close_;  ///< see on_close
    mutable std::optional<PlanRecord> plan_record_;  ///< see plan_record()
    mutable std::pair<int64_t, int64_t> plan_record_version_{-1, -1};
    PlanRecord read_plan_record() const;
    bool writable_ = false;  ///< opened by open_for_writing: trims the WAL when closed
    /// A statement prepared once and kept, for a query asked once per
    /// stretch: preparing costs more than running such a query.
    sql::Reused reused(const char* sql) const;
    /// The newest entry of a stretch found in last_pain_before's scan.
    struct NewestEntry {
        std::string day;
        std::optional<int> pain;
        bool tied = false;  ///< another entry of that day too: their order needs logged_at
    };
    /// Of `exercises`, those logged in the week before `day`, found in one
    /// scan of entries_by_day; empty when fewer than two are asked about.
    std::map<std::string, NewestEntry, std::less<>> newest_in_week_before(
        Date day, const std::vector<std::string>& exercises) const;
    /// Keyed by the SQL's address: only string literals are passed. Declared
    /// last, so that they are finalized before the connection closes.
    mutable std::map<const char*, std::unique_ptr<SQLite::Statement>> reused_;
    /// The -wal file is kept between runs up to this size (see trim_wal).
    static constexpr std::uintmax_t kWalKeepBytes = 256 * 1024;
    void trim_wal() noexcept;
};

/// A fresh random (version 4) UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string new_uuid();

/// "2026-11-22T08:00:00Z".
std::string utc_timestamp(std::chrono::system_clock::time_point instant);

}  // namespace stretch
