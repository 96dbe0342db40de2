/// The Store's part of reports: the days of a range added up in SQL order,
/// and the per-day summaries that let a report skip the days before it.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

using namespace sql;

namespace {

/// Reads entries_by_day (day, kind, exercise, reps, pain, moment), a covering index,
/// in its own order and adds each day up: no sort, no row lookups, and only
/// one day in memory at a time.
class StoreDayLogs final : public DayLogCursor {
public:
    StoreDayLogs(SQLite::Database& db, std::filesystem::path path, const DateRange& range)
        : path_(std::move(path)),
          select_(db, "SELECT day, kind, exercise, reps, pain, moment FROM entries INDEXED BY entries_by_day "
                      "WHERE day BETWEEN ? AND ? ORDER BY day, kind, exercise") {
        select_.bind(1, to_iso(range.first));
        select_.bind(2, to_iso(range.last));
        has_row_ = step();
    }

    std::optional<DayLog> next() override {
        if (!has_row_) return std::nullopt;
        const std::string day_text = select_.getColumn(0).getString();
        DayLog log;
        log.day = day_of(select_.getColumn(0), path_.string());
        while (has_row_ && day_text == select_.getColumn(0).getText()) {
            add_row(log);
            has_row_ = step();
        }
        return log;
    }

private:
    bool step() {
        return guarded(path_, [&] { return select_.executeStep(); });
    }

    void add_row(DayLog& log) {
        const std::optional<int> pain = optional_int(select_.getColumn(4));
        if (select_.getColumn(1).getText() == std::string_view("pain")) {
            const std::string_view moment = select_.getColumn(5).getText();
            if (!pain) return;
            if (moment == kAfterSession) return log.after_session.push_back(*pain);
            log.pain_scores.push_back(*pain);
            if (moment == kBeforeSession) log.before_session.push_back(*pain);
            return;
        }
        const char* exercise = select_.getColumn(2).getText();
        if (log.stretches.empty() || log.stretches.back().exercise != exercise)
            log.stretches.push_back(StretchDay{exercise});
        StretchDay& stretch = log.stretches.back();
        stretch.reps += optional_int(select_.getColumn(3)).value_or(0);
        if (pain) add_pain(stretch, *pain);
    }

    std::filesystem::path path_;
    SQLite::Statement select_;
    bool has_row_ = false;
};

}  // namespace

std::unique_ptr<DayLogCursor> Store::day_logs(const DateRange& range) const {
    return guarded(path_, [&] { return std::make_unique<StoreDayLogs>(*db_, path_, range); });
}

std::optional<DaySummary> Store::day_summary_until(const std::string& routine, bool with_gentle, Date day) const {
    return guarded(path_, [&]() -> std::optional<DaySummary> {
        SQLite::Statement select(*db_, "SELECT day, status, planned, done, streak, longest FROM day_summaries "
                                       "WHERE routine = ? AND with_gentle = ? AND day <= ? ORDER BY day DESC LIMIT 1");
        select.bind(1, routine);
        select.bind(2, with_gentle ? 1 : 0);
        select.bind(3, to_iso(day));
        if (!select.executeStep()) return std::nullopt;
        const Date on = day_of(select.getColumn(0), path_.string());
        const auto status = parse_day_status(select.getColumn(1).getString());
        if (!status)
            throw Error(ErrorKind::data, path_.string() + ": a day summary has a bad status '" +
                                             select.getColumn(1).getString() + "'",
                        "delete the table's rows with the sqlite3 shell; stretch fills it in again");
        return DaySummary{on, *status, select.getColumn(2).getInt(), select.getColumn(3).getInt(),
                          StreakState{on, select.getColumn(4).getInt(), select.getColumn(5).getInt()}};
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
