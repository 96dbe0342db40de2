#pragma once
/// The operation journal behind `undo`: migration 3's triggers copy every row
/// a command changes into `changes` while that command's operation is open.
/// These helpers open and close operations and revert them.

#include <cstdint>
#include <string>

namespace SQLite {
class Database;
}

namespace stretch {

/// Starts journalling a command; call inside its transaction, before any write.
/// `command` is the command line, `name` its subcommand ("log"), `at` a UTC
/// instant (empty: now by SQLite's clock).
int64_t open_operation(SQLite::Database& db, const std::string& command, const std::string& name,
                       const std::string& at);
/// Stops journalling `operation`; forgets it when it changed nothing, and
/// forgets the commands older than the newest `keep`.
void close_operation(SQLite::Database& db, int64_t operation, int keep);

/// While alive, the open operation's changes are not journalled: what the
/// log records about routine files is a fact about the files, which no undo
/// of the command that happened to notice it should take back.
class JournalPause {
public:
    explicit JournalPause(SQLite::Database& db);
    ~JournalPause();
    JournalPause(const JournalPause&) = delete;
    JournalPause& operator=(const JournalPause&) = delete;

private:
    SQLite::Database& db_;
    int64_t paused_ = 0;  ///< the operation paused; 0 when none was open
};

/// Reverts one journalled row change: deletes an inserted row, re-inserts a
/// deleted one with its id, and puts back the columns of a changed one.
void revert_change(SQLite::Database& db, const std::string& table, int64_t row_id, const std::string& before,
                   const std::string& after);

}  // namespace stretch
