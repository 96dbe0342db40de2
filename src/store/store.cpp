/// The Store itself: its transactions, the entries table, and ids and time
/// stamps for new rows. Opening a log is in store_open.cpp.

#include "store/store.h"

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cstdio>
#include <ctime>
#include <random>
#include <stdexcept>

#include "store/journal.h"
#include "store/entry_rows.h"
#include "store/schema.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"

namespace stretch {

namespace fs = std::filesystem;
using namespace sql;

Entry read_entry(const SQLite::Statement& row, const fs::path& path) {
    Entry entry;
    entry.uuid = row.getColumn(0).getString();
    entry.logged_at = row.getColumn(1).getString();
    const auto day = parse_iso_date(row.getColumn(2).getString());
    if (!day)
        throw Error(ErrorKind::data, path.string() + ": entry " + entry.uuid + " has a bad day '" +
                                         row.getColumn(2).getString() + "'",
                    fix_by_hand("it"));
    entry.day = *day;
    entry.kind = row.getColumn(3).getString() == "pain" ? EntryKind::pain : EntryKind::stretch;
    entry.exercise = text_or_empty(row.getColumn(4));
    entry.routine = text_or_empty(row.getColumn(5));
    entry.reps = optional_int(row.getColumn(6));
    entry.hold_seconds = optional_int(row.getColumn(7));
    entry.side = parse_side(text_or_empty(row.getColumn(8)));
    entry.pain = optional_int(row.getColumn(9));
    entry.note = text_or_empty(row.getColumn(10));
    entry.changed_at = text_or_empty(row.getColumn(11));
    entry.moment = text_or_empty(row.getColumn(12));
    return entry;
}

const char* const kEntryColumns =
    "uuid, logged_at, day, kind, exercise, routine, reps, hold_seconds, side, pain, note, changed_at, moment";

void bind_entry(SQLite::Statement& statement, const Entry& entry) {
    statement.bind(1, entry.uuid);
    statement.bind(2, entry.logged_at);
    statement.bind(3, to_iso(entry.day));
    statement.bind(4, to_text(entry.kind));
    bind_text_or_null(statement, 5, entry.exercise);
    bind_text_or_null(statement, 6, entry.routine);
    bind_optional(statement, 7, entry.reps);
    bind_optional(statement, 8, entry.hold_seconds);
    bind_optional(statement, 9, entry.side ? std::optional(to_text(*entry.side)) : std::nullopt);
    bind_optional(statement, 10, entry.pain);
    bind_text_or_null(statement, 11, entry.note);
    bind_text_or_null(statement, 12, entry.changed_at);
    bind_text_or_null(statement, 13, entry.moment);
}

void each_entry_where(SQLite::Database& db, const fs::path& path, const std::string& where,
                      const std::vector<std::string>& arguments, const std::function<void(const Entry&)>& visit) {
    guarded(path, [&] {
        SQLite::Statement statement(db, std::string("SELECT ") + kEntryColumns + " FROM entries " + where +
                                            " ORDER BY logged_at, id");
        for (size_t i = 0; i < arguments.size(); ++i) statement.bind(static_cast<int>(i + 1), arguments[i]);
        while (statement.executeStep()) visit(read_entry(statement, path));
        return 0;
    });
}

History query_entries(SQLite::Database& db, const fs::path& path, const std::string& where,
                      const std::vector<std::string>& arguments) {
    History history;
    each_entry_where(db, path, where, arguments, [&](const Entry& entry) { history.push_back(entry); });
    return history;
}

Store::Store(std::unique_ptr<SQLite::Database> db, fs::path path)
    : db_(std::move(db)), path_(std::move(path)) {}

sql::Reused Store::reused(const char* sql) const {
    auto& kept = reused_[sql];
    if (!kept) kept = std::make_unique<SQLite::Statement>(*db_, sql);
    return sql::Reused(*kept);
}

bool Store::changed() const { return undid_ || committed_change_; }
Store::Store(Store&&) noexcept = default;
Store::~Store() {
    if (db_ && on_close_) on_close_(*this);  // before the journal it asks goes
    journal_.reset();  // it unhooks the connection, which must still be open
    if (db_ && writable_) trim_wal();
}

void Store::trim_wal() noexcept {
    // Every run starts by reading the whole -wal to index it, so it is kept
    // only while small; past that it is copied back and emptied here, which
    // is also where the disk is synced. A reader holding it (a history piped
    // to a pager) makes this a no-op at once, not a wait: the next writer
    // tries again. SQLite names the -wal beside the real file when the log
    // is a symbolic link.
    sqlite3* db = db_->getHandle();
    const char* wal = sqlite3_filename_wal(sqlite3_db_filename(db, "main"));
    std::error_code error;
    const auto size = wal ? fs::file_size(wal, error) : 0;
    if (error || size <= kWalKeepBytes) return;
    sqlite3_busy_timeout(db, 0);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
}

void Store::give_way() { sqlite3_busy_timeout(db_->getHandle(), 0); }

void Store::checkpoint() {
    guarded(path_, [&] { return db_->exec("PRAGMA wal_checkpoint(TRUNCATE)"); });
}

void Store::read_consistently(const std::function<void()>& body) const {
    if (!sqlite3_get_autocommit(db_->getHandle())) return body();
    guarded(path_, [&] { return db_->exec("BEGIN"); });
    try {
        body();
    } catch (...) {
        sqlite3_exec(db_->getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    guarded(path_, [&] { return db_->exec("COMMIT"); });
}

bool Store::attempt(const std::function<void()>& body) {
    sqlite3* db = db_->getHandle();
    guarded(path_, [&] { return db_->exec("SAVEPOINT attempt"); });
    const auto roll_back = [&] {
        return sqlite3_exec(db, "ROLLBACK TO attempt", nullptr, nullptr, nullptr) == SQLITE_OK &&
               sqlite3_exec(db, "RELEASE attempt", nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    try {
        body();
    } catch (const Error&) {
        if (!roll_back()) throw;
        return false;
    } catch (const std::filesystem::filesystem_error&) {
        if (!roll_back()) throw;
        return false;
    }
    guarded(path_, [&] { return db_->exec("RELEASE attempt"); });
    return true;
}

void Store::atomically(const std::function<void()>& body) {
    if (!journal_) throw std::logic_error("Store::atomically on a log opened only to read");
    guarded(path_, [&] {
        SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        if (one_command_) journal_->reopen(command_, command_name_, command_at_);
        else journal_->open(command_, command_name_, command_at_);
        try {
            body();
            if (before_commit_) before_commit_(*this);
            journal_->close(kUndoDepth);
        } catch (...) {
            journal_->abandon();
            throw;
        }
        transaction.commit();
        // Only now: the journal keeps the command before COMMIT, which may fail.
        committed_change_ = committed_change_ || journal_->kept_any();
        return 0;
    });
}

void Store::add(const std::vector<Entry>& entries) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
        SQLite::Statement insert(*db_, std::string("INSERT INTO entries (") + kEntryColumns +
                                           ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Entry& entry : entries) {
            bind_entry(insert, entry);
            insert.exec();
            insert.reset();
        }
        return 0;
        });
    });
}

History Store::entries_in(const DateRange& range) const {
    return query_entries(*db_, path_, "WHERE day BETWEEN ? AND ?", {to_iso(range.first), to_iso(range.last)});
}

void Store::each_entry(const std::optional<DateRange>& range, const std::function<void(const Entry&)>& visit) const {
    if (!range) return each_entry_where(*db_, path_, "", {}, visit);
    // A long range reads the log in the order it is printed and leaves out
    // the days outside it; a short one finds its days and sorts them. Either
    // way no more than one entry is held at a time, or a short range's worth.
    const char* where = range->days() > kLongRangeDays ? "INDEXED BY entries_by_logged_at WHERE day BETWEEN ? AND ?"
                                                       : "WHERE day BETWEEN ? AND ?";
    each_entry_where(*db_, path_, where, {to_iso(range->first), to_iso(range->last)}, visit);
}

std::set<std::string> Store::exercises_done_on(Date day) const {
    return guarded(path_, [&] {
        // The covering entries_by_day index answers this without the rows.
        SQLite::Statement select(*db_, "SELECT DISTINCT exercise FROM entries WHERE day = ? AND kind = 'stretch'");
        select.bind(1, to_iso(day));
        std::set<std::string> done;
        while (select.executeStep()) done.insert(select.getColumn(0).getString());
        return done;
    });
}

std::optional<Date> Store::first_day() const {
    return guarded(path_, [&]() -> std::optional<Date> {
        SQLite::Statement statement(*db_, "SELECT min(first) FROM (SELECT min(day) AS first FROM entries UNION ALL "
                                          "SELECT min(day) FROM skips UNION ALL SELECT min(first_day) FROM pauses)");
        if (!statement.executeStep() || statement.getColumn(0).isNull()) return std::nullopt;
        return parse_iso_date(statement.getColumn(0).getString());
    });
}

std::optional<Date> Store::last_entry_day() const {
    return guarded(path_, [&]() -> std::optional<Date> {
        // One seek to the end of entries_by_day.
        SQLite::Statement statement(*db_, "SELECT max(day) FROM entries");
        if (!statement.executeStep() || statement.getColumn(0).isNull()) return std::nullopt;
        return parse_iso_date(statement.getColumn(0).getString());
    });
}

std::string new_uuid() {
    static std::random_device device;
    static std::mt19937_64 engine(
        (static_cast<uint64_t>(device()) << 32) ^ device() ^
        static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    const uint64_t high = (engine() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    const uint64_t low = (engine() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xffff), static_cast<unsigned>(high & 0xffff),
                  static_cast<unsigned>(low >> 48),
                  static_cast<unsigned long long>(low & 0xffffffffffffULL));
    return text;
}

std::string utc_timestamp(std::chrono::system_clock::time_point instant) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(instant);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace stretch
