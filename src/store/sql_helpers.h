#pragma once
/// Small helpers the store's files share for binding and reading columns,
/// and for joining a transaction already open.

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/error.h"

namespace stretch::sql {

/// The hint of an error that names a row to fix with the sqlite3 shell. A
/// change made there fires none of the triggers that keep the derived
/// tables (schema.cpp, kDerivedRowsTriggers), so it ends by clearing them.
inline std::string fix_by_hand(const std::string& what) {
    return "fix " + what + " with the sqlite3 shell, then delete every row of day_summaries, day_logs and progress";
}

template <typename T>
void bind_optional(SQLite::Statement& statement, int index, const std::optional<T>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

/// A kept statement lent for one use: it comes with no bindings, and is
/// reset when the loan ends, so that it holds no read transaction open
/// between its uses.
class Reused {
public:
    explicit Reused(SQLite::Statement& statement) : statement_(statement) { statement_.clearBindings(); }
    ~Reused() {
        try {
            statement_.reset();
        } catch (...) {
            // Its last step already failed and was reported.
        }
    }
    Reused(const Reused&) = delete;
    Reused& operator=(const Reused&) = delete;

    SQLite::Statement* operator->() const { return &statement_; }
    SQLite::Statement& operator*() const { return statement_; }

private:
    SQLite::Statement& statement_;
};

inline void bind_text_or_null(SQLite::Statement& statement, int index, const std::string& text) {
    if (text.empty())
        statement.bind(index);
    else
        statement.bind(index, text);
}

inline std::optional<int> optional_int(const SQLite::Column& column) {
    if (column.isNull()) return std::nullopt;
    return column.getInt();
}

inline std::string text_or_empty(const SQLite::Column& column) {
    return column.isNull() ? std::string() : column.getString();
}

/// A day read from the log; a data Error naming the file when it is not YYYY-MM-DD.
inline Date day_of(std::string_view text, const std::string& path) {
    const auto day = parse_iso_date(text);
    if (!day)
        throw Error(ErrorKind::data, path + ": a row has a bad day '" + std::string(text) + "'",
                    fix_by_hand("it"));
    return *day;
}

inline Date day_of(const SQLite::Column& column, const std::string& path) {
    return day_of(text_or_empty(column), path);
}

/// Runs `body` in a BEGIN IMMEDIATE transaction of its own, or inside the
/// one already open (Store::atomically), so that writes compose.
template <typename F>
auto in_write_transaction(SQLite::Database& db, F&& body) {
    if (!sqlite3_get_autocommit(db.getHandle())) return body();
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    if constexpr (std::is_void_v<decltype(body())>) {
        body();
        transaction.commit();
    } else {
        auto result = body();
        transaction.commit();
        return result;
    }
}

}  // namespace stretch::sql
