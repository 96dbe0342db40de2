/// The Store's part of reports: the days of a range added up in SQL order,
/// and the per-day summaries that let a report skip the days before it.

#include <sqlite3.h>

#include <limits>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "store/day_log_codec.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

using namespace sql;

namespace {

/// The text of a result column, "" for NULL.
std::string_view text_at(sqlite3_stmt* row, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(row, column))) : std::string_view();
}

std::optional<int> int_at(sqlite3_stmt* row, int column) {
    if (sqlite3_column_type(row, column) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_int(row, column);
}

/// Room for a day's stretches from the start: the routines shipped have ten.
constexpr size_t kStretchesADay = 16;

/// A query over a range of days, prepared and stepped through SQLite's own
/// interface: a year report reads hundreds of rows, and SQLiteCpp's columns
/// each cost a shared pointer's atomic count. `sql` binds the range's first
/// and last day to its two parameters.
class DayRangeQuery {
public:
    DayRangeQuery(SQLite::Database& db, const std::filesystem::path& path, const char* sql, const DateRange& range)
        : db_(db.getHandle()), path_(path) {
        sqlite3_stmt* prepared = nullptr;
        check(sqlite3_prepare_v2(db_, sql, -1, &prepared, nullptr));
        select_.reset(prepared);
        for (const auto& [index, day] : {std::pair(1, to_iso(range.first)), std::pair(2, to_iso(range.last))})
            check(sqlite3_bind_text(select_.get(), index, day.data(), static_cast<int>(day.size()), SQLITE_TRANSIENT));
    }

    /// Moves to the next row; false after the last.
    bool step() {
        return guarded(path_, [&] {
            const int result = sqlite3_step(select_.get());
            if (result == SQLITE_ROW) return true;
            if (result == SQLITE_DONE) return false;
            throw SQLite::Exception(db_, result);
        });
    }

    sqlite3_stmt* row() const { return select_.get(); }
    const std::filesystem::path& path() const { return path_; }

private:
    void check(int result) const {
        if (result != SQLITE_OK) throw SQLite::Exception(db_, result);
    }

    sqlite3* db_;
    std::filesystem::path path_;
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> select_{nullptr, sqlite3_finalize};
};

/// Reads entries_by_day (day, kind, exercise, reps, pain, moment), a covering index,
/// in its own order and adds each day up: no sort, no row lookups, and only
/// one day in memory at a time.
class StoreDayLogs final : public DayLogCursor {
public:
    StoreDayLogs(SQLite::Database& db, const std::filesystem::path& path, const DateRange& range)
        : query_(db, path,
                 "SELECT day, kind, exercise, reps, pain, moment FROM entries INDEXED BY entries_by_day "
                 "WHERE day BETWEEN ? AND ? ORDER BY day, kind, exercise",
                 range),
          has_row_(query_.step()) {}

    bool next(DayLog& log) override {
        if (!has_row_) return false;
        const std::string day_text(text_at(query_.row(), 0));
        log.clear(day_of(day_text, query_.path().string()));
        log.stretches.reserve(kStretchesADay);
        while (has_row_ && day_text == text_at(query_.row(), 0)) {
            add_row(log);
            has_row_ = query_.step();
        }
        return true;
    }

private:
    void add_row(DayLog& log) {
        sqlite3_stmt* row = query_.row();
        const std::optional<int> pain = int_at(row, 4);
        if (text_at(row, 1) == "pain") {
            const std::string_view moment = text_at(row, 5);
            if (!pain) return;
            if (moment == kAfterSession) return log.after_session.push_back(*pain);
            log.pain_scores.push_back(*pain);
            if (moment == kBeforeSession) log.before_session.push_back(*pain);
            return;
        }
        const std::string_view exercise = text_at(row, 2);
        if (log.stretches.empty() || log.stretches.back().exercise != exercise)
            log.stretches.push_back(StretchDay{std::string(exercise)});
        StretchDay& stretch = log.stretches.back();
        stretch.reps += int_at(row, 3).value_or(0);
        if (pain) add_pain(stretch, *pain);
    }

    DayRangeQuery query_;
    bool has_row_;
};

/// The day logs of a range read from day_logs, one row per day (see
/// migration 6), then from the entries: from the end of the kept rows, or
/// from the first day whose row is missing or does not decode. So a report
/// is right whatever state the rows are in, and fast when they are all
/// there.
class KeptDayLogs final : public DayLogCursor {
public:
    /// Rows are expected for every day of `kept`; `range` is all that is read.
    KeptDayLogs(SQLite::Database& db, const std::filesystem::path& path, const DateRange& range,
                const DateRange& kept)
        : db_(db), query_(db, path, "SELECT day, log FROM day_logs WHERE day BETWEEN ? AND ? ORDER BY day", kept),
          last_(range.last), kept_last_(kept.last), expected_(kept.first) {}

    bool next(DayLog& log) override {
        while (!entries_) {
            if (!next_kept(log)) {
                if (expected_ > last_) return false;
                entries_ = guarded(query_.path(), [&] {
                    return std::make_unique<StoreDayLogs>(db_, query_.path(), DateRange{expected_, last_});
                });
                break;
            }
            expected_ = add_days(expected_, 1);
            if (!log.empty()) return true;
        }
        return entries_->next(log);
    }

private:
    /// Puts the kept log of expected_ into `log`; false past the kept days,
    /// or when its row is missing or damaged.
    bool next_kept(DayLog& log) {
        if (expected_ > kept_last_ || !query_.step() || text_at(query_.row(), 0) != to_iso(expected_)) return false;
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(query_.row(), 1));
        const auto size = static_cast<size_t>(sqlite3_column_bytes(query_.row(), 1));
        return decode_day_log(expected_, bytes ? std::string_view(bytes, size) : std::string_view(), log);
    }

    SQLite::Database& db_;
    DayRangeQuery query_;
    Date last_, kept_last_;
    Date expected_;  ///< the day the next kept row must be for
    std::unique_ptr<StoreDayLogs> entries_;
};

/// A summary row as the cursor's current row (day, status, planned, done,
/// streak, longest); nullopt for one that does not make sense. The table is
/// a cache of what the log says, so a row damaged by hand is passed over,
/// as if it were missing: the days are judged from the log, and the next
/// command that writes stores them again.
std::optional<DaySummary> summary_of(const SQLite::Statement& row) {
    const auto day = parse_iso_date(text_or_empty(row.getColumn(0)));
    const auto status = parse_day_status(text_or_empty(row.getColumn(1)));
    int numbers[4] = {};
    for (int column = 2; column < 6; ++column) {
        const SQLite::Column value = row.getColumn(column);
        if (value.getType() != SQLITE_INTEGER || value.getInt64() < 0 ||
            value.getInt64() > std::numeric_limits<int>::max())
            return std::nullopt;
        numbers[column - 2] = value.getInt();
    }
    const auto [planned, done, streak, longest] = numbers;
    if (!day || !status || done > planned || streak > longest) return std::nullopt;
    return DaySummary{*day, *status, planned, done, StreakState{*day, streak, longest}};
}

}  // namespace

std::unique_ptr<DayLogCursor> Store::day_logs(const DateRange& range) const {
    return guarded(path_, [&] { return std::make_unique<StoreDayLogs>(*db_, path_, range); });
}

std::unique_ptr<DayLogCursor> Store::kept_day_logs(const DateRange& range, Date first_used, Date today) const {
    // Nothing is logged before the first day of use, and days from today
    // on are never kept.
    const DateRange kept{std::max(range.first, first_used), std::min(range.last, add_days(today, -1))};
    if (kept.first > kept.last) return day_logs(range);
    return guarded(path_, [&] { return std::make_unique<KeptDayLogs>(*db_, path_, range, kept); });
}

std::optional<DateRange> Store::kept_day_log_span() const {
    return guarded(path_, [&]() -> std::optional<DateRange> {
        // Two subqueries, so that each is one seek in the primary key:
        // min() and max() together would scan the table.
        const auto select = reused("SELECT (SELECT min(day) FROM day_logs), (SELECT max(day) FROM day_logs)");
        if (!select->executeStep() || select->getColumn(0).isNull()) return std::nullopt;
        const auto first = parse_iso_date(text_or_empty(select->getColumn(0)));
        const auto last = parse_iso_date(text_or_empty(select->getColumn(1)));
        if (!first || !last) return std::nullopt;
        return DateRange{*first, *last};
    });
}

void Store::forget_day_logs() {
    guarded(path_, [&] { return db_->exec("DELETE FROM day_logs"); });
}

void Store::save_day_logs(const DateRange& days) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            StoreDayLogs logged(*db_, path_, days);
            SQLite::Statement insert(*db_, "INSERT OR REPLACE INTO day_logs (day, log) VALUES (?, ?)");
            DayFeed feed(logged);
            for (Date day = days.first; day <= days.last; day = add_days(day, 1)) {
                const std::string bytes = encode_day_log(feed.on(day));  // an empty log for a day without entries
                insert.bind(1, to_iso(day));
                insert.bind(2, bytes.data(), static_cast<int>(bytes.size()));
                insert.exec();
                insert.reset();
            }
            return 0;
        });
    });
}

std::optional<DaySummary> Store::day_summary_until(const std::string& routine, bool with_gentle, Date day) const {
    return guarded(path_, [&]() -> std::optional<DaySummary> {
        const auto select = reused("SELECT day, status, planned, done, streak, longest FROM day_summaries "
                                   "WHERE routine = ? AND with_gentle = ? AND day <= ? ORDER BY day DESC LIMIT 1");
        select->bind(1, routine);
        select->bind(2, with_gentle ? 1 : 0);
        select->bind(3, to_iso(day));
        if (!select->executeStep()) return std::nullopt;
        return summary_of(*select);
    });
}

void Store::save_day_summaries(const std::string& routine, bool with_gentle,
                               const std::function<void(const std::function<void(const DaySummary&)>&)>& fill) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement insert(*db_, "INSERT OR REPLACE INTO day_summaries "
                                           "(routine, with_gentle, day, status, planned, done, streak, longest) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            fill([&](const DaySummary& summary) {
                insert.bind(1, routine);
                insert.bind(2, with_gentle ? 1 : 0);
                insert.bind(3, to_iso(summary.day));
                insert.bind(4, to_text(summary.status));
                insert.bind(5, summary.planned);
                insert.bind(6, summary.done);
                insert.bind(7, summary.streak.current);
                insert.bind(8, summary.streak.longest);
                insert.exec();
                insert.reset();
            });
            return 0;
        });
    });
}

}  // namespace stretch
