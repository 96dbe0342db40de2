#pragma once
/// The operation journal behind `undo`. While one of stretch's commands has
/// an operation open, every row it inserts, updates or deletes in the
/// journalled tables is copied, as it was before and after, into `changes`.
/// SQLite's pre-update hook reports each row change, a trigger's included,
/// so no write can slip past; until schema 5 the log held triggers that did
/// the copying, which every command, even one that only reads, had to parse.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
}

namespace stretch {

/// One writing connection's journal. Hooks the connection for its lifetime;
/// at most one per connection.
class Journal {
public:
    explicit Journal(SQLite::Database& db);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Starts journalling a command; call inside its transaction, before any
    /// write. `command` is the command line, `name` its subcommand ("log"),
    /// `at` a UTC instant (empty: now by SQLite's clock).
    void open(const std::string& command, const std::string& name, const std::string& at);
    /// The same, but going on with the operation this journal closed last
    /// while it is still the newest (no other command was journalled since):
    /// a command that commits as it goes is then one operation to undo.
    void reopen(const std::string& command, const std::string& name, const std::string& at);
    /// Writes the row changes seen so far into `changes`. close() does it
    /// too; a command that changes many rows calls it as it goes, so that
    /// they are not all held in memory. A change SQLite rolled back with a
    /// failed statement is still among them: a command that meets such a
    /// failure must fail as a whole, as every command does today. A data
    /// Error when a row held a BLOB, which JSON cannot hold.
    void flush();
    /// Stops journalling; forgets the operation when it changed nothing, and
    /// the commands older than the newest `keep`.
    void close(int keep);
    /// Whether close() has kept an operation: the command changed entries,
    /// pauses or skips, and not only what is derived from them.
    bool kept_any() const { return kept_any_; }
    /// Forgets the open operation without writing anything: its transaction
    /// is being rolled back.
    void abandon();

    /// While alive, the open operation's changes are not journalled: what the
    /// log records about routine files is a fact about the files, which no
    /// undo of the command that happened to notice it should take back.
    class Pause {
    public:
        explicit Pause(Journal* journal);
        ~Pause();
        Pause(const Pause&) = delete;
        Pause& operator=(const Pause&) = delete;

    private:
        Journal* journal_;
        bool was_paused_ = false;
    };

    /// Journalled columns with their positions in the table's rows.
    using Layout = std::vector<std::pair<std::string, int>>;

private:
    struct RowChange;
    friend struct JournalHook;
    SQLite::Database& db_;
    int64_t operation_ = 0;  ///< the open operation's id; 0 when none is open
    int64_t last_closed_ = 0;  ///< the operation close() kept last; 0 when none
    bool kept_any_ = false;    ///< see kept_any()
    bool paused_ = false;
    bool lost_ = false;  ///< a row change could not be copied; flush() refuses
    /// Each journalled table's columns, read at the first open().
    std::vector<std::pair<std::string, Layout>> layouts_;
    std::vector<RowChange> pending_;
    std::unique_ptr<SQLite::Statement> insert_;  ///< INSERT INTO changes, prepared at the first flush
};

/// Reverts one journalled row change: deletes an inserted row, re-inserts a
/// deleted one with its id, and puts back the columns of a changed one.
void revert_change(SQLite::Database& db, const std::string& table, int64_t row_id, const std::string& before,
                   const std::string& after);

}  // namespace stretch
