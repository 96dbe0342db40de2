#pragma once
/// The log on disk: a SQLite database of entries. WAL mode, a busy timeout
/// set before anything else, every write in one BEGIN IMMEDIATE transaction,
/// and ordered migrations recorded in PRAGMA user_version.

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date_range.h"
#include "core/entry.h"

namespace SQLite {
class Database;
}

namespace stretch {

class Store {
public:
    /// The schema version this program writes; newer databases are refused.
    static constexpr int kSchemaVersion = 1;

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

    /// Adds all entries in one transaction: all are written or none.
    void add(const std::vector<Entry>& entries);
    /// Removes the most recently logged entry and returns it; nullopt when empty.
    std::optional<Entry> remove_newest();

    /// Entries whose day is in `range`, oldest first.
    History entries_in(const DateRange& range) const;
    /// Exercise ids logged on `day`.
    std::set<std::string> exercises_done_on(Date day) const;
    /// The first day with an entry; nullopt when the log is empty.
    std::optional<Date> first_day() const;

private:
    Store(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
    std::unique_ptr<SQLite::Database> db_;
    std::filesystem::path path_;  ///< for error messages
};

/// A fresh random (version 4) UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string new_uuid();

/// "2026-11-22T08:00:00Z".
std::string utc_timestamp(std::chrono::system_clock::time_point instant);

}  // namespace stretch
