#include "store/journal.h"

#include <map>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "core/error.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

namespace {

/// The columns the journal's triggers copy (migration 3's, and migration 4's
/// for entries), table by table. A migration that
/// adds a column to one of these tables must recreate its triggers and add
/// the column here.
const std::map<std::string, std::vector<std::string>> kJournalledColumns = {
    {"entries", {"id", "uuid", "logged_at", "day", "kind", "exercise", "routine", "reps", "hold_seconds", "side",
                 "pain", "note", "changed_at", "moment"}},
    {"pauses", {"id", "uuid", "exercise", "first_day", "resumed_on", "reason", "created_at", "changed_at"}},
    {"skips", {"id", "uuid", "day", "reason", "created_at"}},
    {"routine_versions", {"id", "routine", "effective", "definition", "recorded_at"}},
};

const std::vector<std::string>& columns_of(const std::string& table) {
    const auto found = kJournalledColumns.find(table);
    if (found == kJournalledColumns.end())
        throw Error(ErrorKind::data, "the journal names an unknown table '" + table + "'",
                    "the log may have been edited by hand; undo cannot revert this command");
    return found->second;
}

std::string extracted(const std::string& column) { return "json_extract(?1, '$." + column + "')"; }

}  // namespace

int64_t open_operation(SQLite::Database& db, const std::string& command, const std::string& name,
                       const std::string& at) {
    SQLite::Statement insert(db, "INSERT INTO operations (performed_at, command, name, open) "
                                 "VALUES (coalesce(?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?1, ?3, 1)");
    insert.bind(1, command);
    if (!at.empty()) insert.bind(2, at);
    insert.bind(3, name);
    insert.exec();
    return db.getLastInsertRowid();
}

void close_operation(SQLite::Database& db, int64_t operation, int keep) {
    SQLite::Statement close(db, "UPDATE operations SET open = 0 WHERE id = ?");
    close.bind(1, operation);
    close.exec();
    SQLite::Statement empty(db, "DELETE FROM operations WHERE id = ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM changes WHERE operation = ?1)");
    empty.bind(1, operation);
    empty.exec();
    SQLite::Statement oldest_kept(db, "SELECT id FROM operations ORDER BY id DESC LIMIT 1 OFFSET ?");
    oldest_kept.bind(1, keep - 1);
    if (!oldest_kept.executeStep()) return;
    const int64_t first = oldest_kept.getColumn(0).getInt64();
    for (const char* sql : {"DELETE FROM changes WHERE operation < ?", "DELETE FROM operations WHERE id < ?"}) {
        SQLite::Statement prune(db, sql);
        prune.bind(1, first);
        prune.exec();
    }
}

JournalPause::JournalPause(SQLite::Database& db) : db_(db) {
    SQLite::Statement open(db_, "SELECT id FROM operations WHERE open = 1 ORDER BY id DESC LIMIT 1");
    if (!open.executeStep()) return;
    paused_ = open.getColumn(0).getInt64();
    db_.exec("UPDATE operations SET open = 0 WHERE id = " + std::to_string(paused_));
}

JournalPause::~JournalPause() {
    if (paused_ == 0) return;
    try {
        db_.exec("UPDATE operations SET open = 1 WHERE id = " + std::to_string(paused_));
    } catch (...) {
        // The transaction is failing already; it rolls back as a whole.
    }
}

void revert_change(SQLite::Database& db, const std::string& table, int64_t row_id, const std::string& before,
                   const std::string& after) {
    const auto& columns = columns_of(table);
    if (before.empty()) {
        SQLite::Statement remove(db, "DELETE FROM " + table + " WHERE id = ?");
        remove.bind(1, row_id);
        remove.exec();
        return;
    }
    std::string sql;
    if (after.empty()) {
        std::string names, values;
        for (const auto& column : columns) {
            names += (names.empty() ? "" : ", ") + column;
            values += (values.empty() ? "" : ", ") + extracted(column);
        }
        sql = "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")";
    } else {
        std::string assignments;
        for (const auto& column : columns)
            if (column != "id") assignments += (assignments.empty() ? "" : ", ") + column + " = " + extracted(column);
        sql = "UPDATE " + table + " SET " + assignments + " WHERE id = ?2";
    }
    SQLite::Statement restore(db, sql);
    restore.bind(1, before);
    if (!after.empty()) restore.bind(2, row_id);
    restore.exec();
}

std::optional<JournalCommand> Store::undo_last() {
    return guarded(path_, [&]() -> std::optional<JournalCommand> {
        return sql::in_write_transaction(*db_, [&]() -> std::optional<JournalCommand> {
            auto newest = recent_commands(1);
            if (newest.empty()) return std::nullopt;
            SQLite::Statement changes(*db_, "SELECT c.table_name, c.row_id, c.before, c.after FROM changes c "
                                            "WHERE c.operation = (SELECT max(id) FROM operations) ORDER BY c.id DESC");
            while (changes.executeStep())
                revert_change(*db_, changes.getColumn(0).getString(), changes.getColumn(1).getInt64(),
                              sql::text_or_empty(changes.getColumn(2)), sql::text_or_empty(changes.getColumn(3)));
            db_->exec("DELETE FROM changes WHERE operation = (SELECT max(id) FROM operations)");
            db_->exec("DELETE FROM operations WHERE id = (SELECT max(id) FROM operations)");
            return newest.front();
        });
    });
}

std::vector<JournalCommand> Store::recent_commands(int limit) const {
    return guarded(path_, [&] {
        std::vector<JournalCommand> commands;
        SQLite::Statement operations(*db_, "SELECT id, command, performed_at, name FROM operations WHERE open = 0 "
                                           "ORDER BY id DESC LIMIT ?");
        operations.bind(1, limit);
        SQLite::Statement changes(*db_, "SELECT table_name, before, after FROM changes WHERE operation = ? "
                                        "ORDER BY id");
        while (operations.executeStep()) {
            JournalCommand command{operations.getColumn(1).getString(), operations.getColumn(3).getString(),
                                   operations.getColumn(2).getString(), {}};
            changes.bind(1, operations.getColumn(0).getInt64());
            while (changes.executeStep())
                command.changes.push_back(JournalChange{changes.getColumn(0).getString(),
                                                        sql::text_or_empty(changes.getColumn(1)),
                                                        sql::text_or_empty(changes.getColumn(2))});
            changes.reset();
            commands.push_back(std::move(command));
        }
        return commands;
    });
}

}  // namespace stretch
