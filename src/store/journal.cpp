// The pre-update hook is declared only for builds of SQLite that have it;
// Debian's (shared and static) does, and linking fails on one that does not.
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/journal.h"
#include "store/journal_row.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "core/error.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

namespace {

/// The columns the journal copies, table by table: Journal writes them into
/// `changes` and revert_change reads them back. A migration that adds a
/// column to one of these tables adds it here. Built on first use: only a
/// command that writes needs it.
using JournalledColumns = std::map<std::string, std::vector<std::string>>;
const JournalledColumns& journalled_columns() {
    static const JournalledColumns columns = {
        {"entries", {"id", "uuid", "logged_at", "day", "kind", "exercise", "routine", "reps", "hold_seconds", "side",
                     "pain", "note", "changed_at", "moment"}},
        {"pauses", {"id", "uuid", "exercise", "first_day", "resumed_on", "reason", "created_at", "changed_at"}},
        {"skips", {"id", "uuid", "day", "reason", "created_at"}},
        {"routine_versions", {"id", "routine", "effective", "definition", "recorded_at"}},
    };
    return columns;
}

const std::vector<std::string>& columns_of(const std::string& table) {
    const auto found = journalled_columns().find(table);
    if (found == journalled_columns().end())
        throw Error(ErrorKind::data, "the journal names an unknown table '" + table + "'",
                    "the log may have been edited by hand; undo cannot revert this command");
    return found->second;
}

/// `text` as a JSON string, its bytes kept as they are (as SQLite's
/// json_object keeps them), control characters escaped.
void append_json_string(std::string& json, const unsigned char* text, int size) {
    static constexpr char kHex[] = "0123456789abcdef";
    json += '"';
    for (int i = 0; i < size; ++i) {
        const unsigned char c = text[i];
        if (c == '"' || c == '\\') {
            json += '\\';
            json += static_cast<char>(c);
        } else if (c < 0x20) {
            json += "\\u00";
            json += kHex[c >> 4];
            json += kHex[c & 0xf];
        } else {
            json += static_cast<char>(c);
        }
    }
    json += '"';
}

/// False for a BLOB, which JSON cannot hold (SQLite's json_object refuses
/// one too); stretch never writes one, only a hand edit can.
bool append_json_value(std::string& json, sqlite3_value* value) {
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: json += std::to_string(sqlite3_value_int64(value)); break;
    case SQLITE_FLOAT: {
        char number[32];
        std::snprintf(number, sizeof number, "%.17g", sqlite3_value_double(value));
        json += number;
        break;
    }
    case SQLITE_NULL: json += "null"; break;
    case SQLITE_TEXT: append_json_string(json, sqlite3_value_text(value), sqlite3_value_bytes(value)); break;
    default: return false;
    }
    return true;
}

using Layout = Journal::Layout;

/// Each journalled table's columns with their positions in its rows: the
/// hook reads values by position.
std::vector<std::pair<std::string, Layout>> read_layouts(SQLite::Database& db) {
    std::vector<std::pair<std::string, Layout>> layouts;
    SQLite::Statement columns(db, "SELECT name, cid FROM pragma_table_info(?)");
    for (const auto& [table, names] : journalled_columns()) {
        std::map<std::string, int> positions;
        columns.bind(1, table);
        while (columns.executeStep()) positions[columns.getColumn(0).getString()] = columns.getColumn(1).getInt();
        columns.reset();
        Layout layout;
        for (const auto& column : names)
            if (const auto found = positions.find(column); found != positions.end())
                layout.emplace_back(column, found->second);
        layouts.emplace_back(table, std::move(layout));
    }
    return layouts;
}

/// {"id":1,"uuid":"...",...}: the journalled columns of the row the hook
/// reports, before the change (`old_values`) or after it; nullopt when a
/// column holds a BLOB.
std::optional<std::string> row_json(sqlite3* connection, const Layout& layout, bool old_values) {
    std::string json = "{";
    for (const auto& [name, position] : layout) {
        sqlite3_value* value = nullptr;
        const int read = old_values ? sqlite3_preupdate_old(connection, position, &value)
                                    : sqlite3_preupdate_new(connection, position, &value);
        if (json.size() > 1) json += ',';
        append_json_string(json, reinterpret_cast<const unsigned char*>(name.data()), static_cast<int>(name.size()));
        json += ':';
        if (read != SQLITE_OK || !value) json += "null";
        else if (!append_json_value(json, value)) return std::nullopt;
    }
    return json + "}";
}

}  // namespace

/// A row change seen by the hook, waiting for flush(); empty `before`: an
/// insert, empty `after`: a delete.
struct Journal::RowChange {
    std::string table;
    int64_t row_id = 0;
    std::string before;
    std::string after;
    bool copied = true;  ///< false: a column held a BLOB, so the row cannot be journalled
};

/// The pre-update hook. It may not run SQL, so it only takes copies; and
/// nothing may be thrown through SQLite, so a copy that fails is noted for
/// flush() to report.
struct JournalHook {
    static void on_row_change(void* context, sqlite3* connection, int operation, const char* database,
                              const char* table, sqlite3_int64 old_rowid, sqlite3_int64 new_rowid) noexcept {
        auto& journal = *static_cast<Journal*>(context);
        if (journal.operation_ == 0 || journal.paused_ || std::strcmp(database, "main") != 0) return;
        try {
            copy(journal, connection, operation, table, old_rowid, new_rowid);
        } catch (...) {
            journal.lost_ = true;
        }
    }

    static void copy(Journal& journal, sqlite3* connection, int operation, const char* table,
                     sqlite3_int64 old_rowid, sqlite3_int64 new_rowid) {
        for (const auto& [name, layout] : journal.layouts_) {
            if (name != table) continue;
            Journal::RowChange change{name, operation == SQLITE_INSERT ? new_rowid : old_rowid, "", "", true};
            for (const bool old_values : {true, false}) {
                if (old_values ? operation == SQLITE_INSERT : operation == SQLITE_DELETE) continue;
                const auto json = row_json(connection, layout, old_values);
                change.copied = change.copied && json.has_value();
                (old_values ? change.before : change.after) = json.value_or("");
            }
            journal.pending_.push_back(std::move(change));
            return;
        }
    }
};

Journal::Journal(SQLite::Database& db) : db_(db) {
    sqlite3_preupdate_hook(db_.getHandle(), &JournalHook::on_row_change, this);
}

Journal::~Journal() { sqlite3_preupdate_hook(db_.getHandle(), nullptr, nullptr); }

void Journal::open(const std::string& command, const std::string& name, const std::string& at) {
    if (layouts_.empty()) layouts_ = read_layouts(db_);
    SQLite::Statement insert(db_, "INSERT INTO operations (performed_at, command, name, open) "
                                  "VALUES (coalesce(?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?1, ?3, 1)");
    insert.bind(1, command);
    if (!at.empty()) insert.bind(2, at);
    insert.bind(3, name);
    insert.exec();
    operation_ = db_.getLastInsertRowid();
    pending_.clear();
    lost_ = false;
}

void Journal::reopen(const std::string& command, const std::string& name, const std::string& at) {
    if (last_closed_ != 0) {
        // The same row as written: an undo elsewhere may have removed it and
        // another command been given its id since.
        SQLite::Statement newest(db_, "UPDATE operations SET open = 1 WHERE id = ?1 AND command = ?2 AND name = ?3 "
                                      "AND (?4 IS NULL OR performed_at = ?4) "
                                      "AND id = (SELECT max(id) FROM operations)");
        newest.bind(1, last_closed_);
        newest.bind(2, command);
        newest.bind(3, name);
        if (!at.empty()) newest.bind(4, at);
        if (newest.exec() == 1) {
            operation_ = last_closed_;
            pending_.clear();
            lost_ = false;
            return;
        }
    }
    open(command, name, at);
}

void Journal::flush() {
    if (lost_)
        throw Error(ErrorKind::io, "there was not enough memory to keep the journal behind undo, so nothing was changed",
                    "try again");
    if (pending_.empty()) return;
    std::vector<RowChange> changes;
    changes.swap(pending_);
    // Kept prepared: an import flushes after every record.
    if (!insert_)
        insert_ = std::make_unique<SQLite::Statement>(db_, "INSERT INTO changes (operation, table_name, row_id, "
                                                           "before, after) VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement& insert = *insert_;
    for (const RowChange& change : changes) {
        if (!change.copied)
            throw Error(ErrorKind::data,
                        "row " + std::to_string(change.row_id) + " of " + change.table +
                            " holds binary data, which undo could not put back, so nothing was changed",
                        sql::fix_by_hand("the row"));
        insert.bind(1, operation_);
        insert.bind(2, change.table);
        insert.bind(3, change.row_id);
        sql::bind_text_or_null(insert, 4, change.before);
        sql::bind_text_or_null(insert, 5, change.after);
        insert.exec();
        insert.reset();
    }
}

void Journal::close(int keep) {
    flush();
    const int64_t operation = operation_;
    operation_ = 0;
    SQLite::Statement close(db_, "UPDATE operations SET open = 0 WHERE id = ?");
    close.bind(1, operation);
    close.exec();
    SQLite::Statement empty(db_, "DELETE FROM operations WHERE id = ?1 AND NOT EXISTS "
                                 "(SELECT 1 FROM changes WHERE operation = ?1)");
    empty.bind(1, operation);
    last_closed_ = empty.exec() == 0 ? operation : 0;
    kept_any_ = kept_any_ || last_closed_ != 0;
    SQLite::Statement oldest_kept(db_, "SELECT id FROM operations ORDER BY id DESC LIMIT 1 OFFSET ?");
    oldest_kept.bind(1, keep - 1);
    if (!oldest_kept.executeStep()) return;
    const int64_t first = oldest_kept.getColumn(0).getInt64();
    for (const char* sql : {"DELETE FROM changes WHERE operation < ?", "DELETE FROM operations WHERE id < ?"}) {
        SQLite::Statement prune(db_, sql);
        prune.bind(1, first);
        prune.exec();
    }
}

void Journal::abandon() {
    operation_ = 0;
    pending_.clear();
    lost_ = false;
}

Journal::Pause::Pause(Journal* journal) : journal_(journal) {
    if (!journal_) return;
    was_paused_ = journal_->paused_;
    journal_->paused_ = true;
}

Journal::Pause::~Pause() {
    if (journal_) journal_->paused_ = was_paused_;
}

namespace {

void bind_value(SQLite::Statement& statement, int index, const JournalValue& value) {
    if (const auto* integer = std::get_if<int64_t>(&value)) return statement.bind(index, *integer);
    if (const auto* real = std::get_if<double>(&value)) return statement.bind(index, *real);
    if (const auto* text = std::get_if<std::string>(&value)) return statement.bind(index, *text);
    statement.bind(index);
}

}  // namespace

void revert_change(SQLite::Database& db, const std::string& table, int64_t row_id, const std::string& before,
                   const std::string& after) {
    const auto& columns = columns_of(table);
    if (before.empty()) {
        SQLite::Statement remove(db, "DELETE FROM " + table + " WHERE id = ?");
        remove.bind(1, row_id);
        remove.exec();
        return;
    }
    const auto row = parse_journal_row(before);
    if (!row)
        throw Error(ErrorKind::data,
                    "the journal's copy of row " + std::to_string(row_id) + " of " + table + " is damaged",
                    "the log may have been edited by hand; undo cannot revert this command");
    // Column i is parameter i + 1; the row's id comes after them.
    const std::string row_id_parameter = "?" + std::to_string(columns.size() + 1);
    std::string sql;
    if (after.empty()) {
        std::string names, values;
        for (size_t i = 0; i < columns.size(); ++i) {
            names += (i ? ", " : "") + columns[i];
            values += (i ? ", ?" : "?") + std::to_string(i + 1);
        }
        sql = "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")";
    } else {
        std::string assignments;
        for (size_t i = 0; i < columns.size(); ++i)
            if (columns[i] != "id")
                assignments += (assignments.empty() ? "" : ", ") + columns[i] + " = ?" + std::to_string(i + 1);
        sql = "UPDATE " + table + " SET " + assignments + " WHERE id = " + row_id_parameter;
    }
    SQLite::Statement restore(db, sql);
    for (size_t i = 0; i < columns.size(); ++i) {
        const auto found = row->find(columns[i]);
        // A column the copy lacks (added by a later migration) goes back as NULL.
        bind_value(restore, static_cast<int>(i + 1), found == row->end() ? JournalValue() : found->second);
    }
    if (!after.empty()) restore.bind(static_cast<int>(columns.size() + 1), row_id);
    restore.exec();
}

std::optional<JournalCommand> Store::undo_last(const std::function<void(const JournalCommand&, bool)>& watch) {
    auto undone = guarded(path_, [&]() -> std::optional<JournalCommand> {
        return sql::in_write_transaction(*db_, [&]() -> std::optional<JournalCommand> {
            auto newest = recent_commands(1);
            if (newest.empty()) return std::nullopt;
            if (watch) watch(newest.front(), false);
            SQLite::Statement changes(*db_, "SELECT c.table_name, c.row_id, c.before, c.after FROM changes c "
                                            "WHERE c.operation = (SELECT max(id) FROM operations) ORDER BY c.id DESC");
            while (changes.executeStep())
                revert_change(*db_, changes.getColumn(0).getString(), changes.getColumn(1).getInt64(),
                              sql::text_or_empty(changes.getColumn(2)), sql::text_or_empty(changes.getColumn(3)));
            db_->exec("DELETE FROM changes WHERE operation = (SELECT max(id) FROM operations)");
            db_->exec("DELETE FROM operations WHERE id = (SELECT max(id) FROM operations)");
            if (watch) watch(newest.front(), true);
            if (before_commit_) before_commit_(*this);
            return newest.front();
        });
    });
    undid_ = undid_ || undone.has_value();
    return undone;
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
