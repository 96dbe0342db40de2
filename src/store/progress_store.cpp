/// The Store's part of progression: the days each stretch was done, and the
/// progress kept so that a plan reads only the days since.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

using namespace sql;

std::vector<DoneDay> Store::done_days(const std::string& exercise, const DateRange& range) const {
    return guarded(path_, [&] {
        // The day's pain is every pain given that day: a score on its own, one
        // after a session, and one given with any stretch (bridge at 8 is a
        // bad day for the back, for spine-stretch too).
        const auto select = reused("SELECT day, max(pain), max(reps), max(hold_seconds), "
                                   "(SELECT max(p.pain) FROM entries p WHERE p.day = s.day) "
                                   "FROM entries s WHERE exercise = ? AND kind = 'stretch' AND day BETWEEN ? AND ? "
                                   "GROUP BY day ORDER BY day");
        select->bind(1, exercise);
        select->bind(2, to_iso(range.first));
        select->bind(3, to_iso(range.last));
        std::vector<DoneDay> days;
        while (select->executeStep())
            days.push_back(DoneDay{day_of(select->getColumn(0), path_.string()), optional_int(select->getColumn(1)),
                                   optional_int(select->getColumn(2)), optional_int(select->getColumn(3)),
                                   optional_int(select->getColumn(4))});
        return days;
    });
}

std::optional<std::pair<Date, Progress>> Store::kept_progress(const std::string& exercise,
                                                              const std::string& rule) const {
    return guarded(path_, [&]() -> std::optional<std::pair<Date, Progress>> {
        const auto select = reused("SELECT through, steps, run FROM progress WHERE exercise = ? AND rule = ?");
        select->bind(1, exercise);
        select->bind(2, rule);
        if (!select->executeStep()) return std::nullopt;
        return std::pair(day_of(select->getColumn(0), path_.string()),
                         Progress{select->getColumn(1).getInt(), select->getColumn(2).getInt()});
    });
}

void Store::keep_progress(const std::string& exercise, const std::string& rule, Date through, Progress progress) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement upsert(*db_, "INSERT OR REPLACE INTO progress (exercise, rule, through, steps, run) "
                                           "VALUES (?, ?, ?, ?, ?)");
            upsert.bind(1, exercise);
            upsert.bind(2, rule);
            upsert.bind(3, to_iso(through));
            upsert.bind(4, progress.steps);
            upsert.bind(5, progress.run);
            upsert.exec();
            return 0;
        });
    });
}

}  // namespace stretch
