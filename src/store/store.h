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

#include "core/date_range.h"
#include "core/entry.h"
#include "core/pain.h"
#include "core/record.h"

namespace SQLite {
class Database;
}

namespace stretch {

class Store {
public:
    /// The schema version this program writes; newer databases are refused.
    static constexpr int kSchemaVersion = 2;

    /// Opens an existing database to read it; nullopt when the file does not
    /// exist, so reading never creates one.
    static std::optional<Store> open_existing(const std::filesystem::path& path);
    /// Opens the database to write, creating it and its directory (mode 0700).
    static Store open_for_writing(const std::filesystem::path& path);
    /// A private database in memory, for tests.
    static Store in_memory();

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    /// Runs `body` in one BEGIN IMMEDIATE transaction: what it reads is what
    /// it writes over, and all of its writes happen or none. The write
    /// methods below join it, and otherwise make a transaction of their own.
    void atomically(const std::function<void()>& body);

    /// Adds all entries in one transaction: all are written or none.
    void add(const std::vector<Entry>& entries);

    /// Records each routine as a version effective `today` when it differs
    /// from the latest one recorded; the first version of a routine is
    /// effective from kEarliestDay, since nothing older is known.
    void record_routines(const std::vector<RoutineSnapshot>& routines, Date today, const std::string& recorded_at);
    void add_pause(const Pause& pause, const std::string& created_at);
    /// Ends the open pause of `exercise` so it is due from `day`; a pause
    /// that had not begun by then is removed. False when none was open.
    bool resume(const std::string& exercise, Date day);
    /// Marks `days` skipped; returns those that were not already.
    std::vector<Date> add_skips(const std::vector<Date>& days, const std::string& reason, const std::string& created_at);
    /// Removes the skips within `range`; returns the days unskipped.
    std::vector<Date> remove_skips(const DateRange& range);
    /// Removes the most recently logged entry and returns it; nullopt when empty.
    std::optional<Entry> remove_newest();

    /// Entries whose day is in `range`, oldest first.
    History entries_in(const DateRange& range) const;
    /// Exercise ids logged on `day`.
    std::set<std::string> exercises_done_on(Date day) const;
    /// The first day with an entry; nullopt when the log is empty.
    std::optional<Date> first_day() const;

    /// Routine versions, pauses and skips: everything expected_on() needs.
    PlanRecord plan_record() const;
    /// Stand-alone pain scores of the days in `range`.
    std::vector<DayScore> pain_scores_in(const DateRange& range) const;
    /// The pain given the last time each exercise was logged before `day`
    /// (nullopt when that entry gave none).
    std::map<std::string, std::pair<Date, std::optional<int>>> last_pain_before(Date day) const;

    /// True once this store has committed a change to the log (migrations
    /// aside), so a command whose answer cannot be written can still say its
    /// change was saved.
    bool changed() const;

private:
    Store(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
    std::unique_ptr<SQLite::Database> db_;
    std::filesystem::path path_;  ///< for error messages
    int changes_at_open_ = 0;     ///< sqlite3_total_changes() once the schema was ready
};

/// A fresh random (version 4) UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string new_uuid();

/// "2026-11-22T08:00:00Z".
std::string utc_timestamp(std::chrono::system_clock::time_point instant);

}  // namespace stretch
