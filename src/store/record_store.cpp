/// The Store's part of the plan of record: routine versions, pauses, skips,
/// and the pain the day-planning rules read.

#include <algorithm>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "core/error.h"
#include "store/journal.h"
#include "store/snapshot_json.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

using namespace sql;

namespace {

/// The latest recorded definition of each routine, as stored text.
std::map<std::string, std::string> latest_definitions(SQLite::Database& db) {
    std::map<std::string, std::string> latest;
    SQLite::Statement select(db, "SELECT routine, definition FROM routine_versions ORDER BY routine, effective");
    while (select.executeStep()) latest[select.getColumn(0).getString()] = select.getColumn(1).getString();
    return latest;
}

/// The routine as last recorded; a definition that cannot be read (edited
/// by hand) stands for a routine called by its id, so that a damaged old
/// version never stops a write, a pause or a skip among them.
RoutineSnapshot last_recorded(const std::string& id, const std::string& definition) {
    try {
        return snapshot_from_json(definition, {});
    } catch (const Error&) {
        RoutineSnapshot bare;
        bare.id = bare.name = id;
        return bare;
    }
}

}  // namespace

std::optional<std::string> Store::definition_in_force(const std::string& id, Date day) const {
    SQLite::Statement select(*db_, "SELECT definition FROM routine_versions WHERE routine = ? AND effective <= ? "
                                   "ORDER BY effective DESC LIMIT 1");
    select.bind(1, id);
    select.bind(2, to_iso(day));
    if (!select.executeStep()) return std::nullopt;
    return select.getColumn(0).getString();
}

void Store::record_routines(const std::vector<RoutineSnapshot>& routines, Date today, const std::string& recorded_at,
                            bool retire_missing, const std::function<bool(const RoutineSnapshot&)>& alters_settled_today) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            const Journal::Pause not_journalled(journal_.get());
            const auto latest = latest_definitions(*db_);
            // The routines of the first recording count from 2000: nothing
            // older is known, and entries made before versions were kept are
            // judged by them. A routine that appears in a log already in use
            // counts from today: the days before were not its days. A change
            // counts from today, unless it would judge a settled today
            // otherwise: then from tomorrow. Each is judged before anything is
            // written, by the plan of record as the day stood.
            const Date first_effective = latest.empty() ? kEarliestDay : today;
            // A change also replaces any change that was waiting for a later
            // day; a file put back as it is in force today only drops those.
            struct Change {
                std::string id;
                std::optional<std::string> definition;  ///< none: only drop what waits after `effective`
                Date effective;
            };
            std::vector<Change> changes;
            std::set<std::string> in_files;
            for (const RoutineSnapshot& routine : routines) {
                in_files.insert(routine.id);
                std::string definition = snapshot_to_json(routine);
                const auto known = latest.find(routine.id);
                if (known != latest.end() && known->second == definition) continue;
                if (known != latest.end() && definition_in_force(routine.id, today) == definition) {
                    changes.push_back({routine.id, std::nullopt, today});
                    continue;
                }
                const Date effective = known == latest.end()                        ? first_effective
                                       : alters_settled_today && alters_settled_today(routine) ? add_days(today, 1)
                                                                                     : today;
                changes.push_back({routine.id, std::move(definition), effective});
            }
            // A routine whose file is gone plans nothing from today on, or
            // from tomorrow when today was done by it.
            for (const auto& [id, definition] : latest) {
                if (!retire_missing || in_files.contains(id)) continue;
                const RoutineSnapshot retired = retired_version(last_recorded(id, definition));
                std::string gone = snapshot_to_json(retired);
                if (gone == definition) continue;
                const bool waits = alters_settled_today && alters_settled_today(retired);
                changes.push_back({id, std::move(gone), waits ? add_days(today, 1) : today});
            }
            SQLite::Statement insert(*db_,
                                     "INSERT INTO routine_versions (routine, effective, definition, recorded_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (routine, effective) DO UPDATE SET "
                                     "definition = excluded.definition, recorded_at = excluded.recorded_at");
            SQLite::Statement drop_later(*db_, "DELETE FROM routine_versions WHERE routine = ? AND effective > ?");
            for (const Change& change : changes) {
                drop_later.bind(1, change.id);
                drop_later.bind(2, to_iso(change.effective));
                drop_later.exec();
                drop_later.reset();
                if (!change.definition) continue;
                insert.bind(1, change.id);
                insert.bind(2, to_iso(change.effective));
                insert.bind(3, *change.definition);
                insert.bind(4, recorded_at);
                insert.exec();
                insert.reset();
            }
            return 0;
        });
    });
}

void Store::add_pause(const Pause& pause, const std::string& created_at) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement insert(*db_,
                                     "INSERT INTO pauses (uuid, exercise, first_day, resumed_on, reason, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)");
            insert.bind(1, new_uuid());
            insert.bind(2, pause.exercise);
            insert.bind(3, to_iso(pause.first_day));
            bind_optional(insert, 4, pause.resumed_on ? std::optional(to_iso(*pause.resumed_on)) : std::nullopt);
            bind_text_or_null(insert, 5, pause.reason);
            insert.bind(6, created_at);
            return insert.exec();
        });
    });
}

bool Store::resume(const std::string& exercise, Date day, const std::string& changed_at) {
    return guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement remove(*db_, "DELETE FROM pauses WHERE exercise = ? AND resumed_on IS NULL AND first_day >= ?");
            remove.bind(1, exercise);
            remove.bind(2, to_iso(day));
            SQLite::Statement end(*db_, "UPDATE pauses SET resumed_on = ?, changed_at = ? "
                                        "WHERE exercise = ? AND resumed_on IS NULL");
            end.bind(1, to_iso(day));
            end.bind(2, changed_at);
            end.bind(3, exercise);
            return remove.exec() + end.exec() > 0;
        });
    });
}

std::vector<Date> Store::add_skips(const std::vector<Date>& days, const std::string& reason,
                                   const std::string& created_at) {
    return guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement insert(*db_, "INSERT INTO skips (uuid, day, reason, created_at) VALUES (?, ?, ?, ?) "
                                           "ON CONFLICT (day) DO NOTHING");
            std::vector<Date> added;
            for (const Date day : days) {
                insert.bind(1, new_uuid());
                insert.bind(2, to_iso(day));
                bind_text_or_null(insert, 3, reason);
                insert.bind(4, created_at);
                if (insert.exec() > 0) added.push_back(day);
                insert.reset();
            }
            return added;
        });
    });
}

std::vector<Date> Store::remove_skips(const DateRange& range) {
    return guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement remove(*db_, "DELETE FROM skips WHERE day BETWEEN ? AND ? RETURNING day");
            remove.bind(1, to_iso(range.first));
            remove.bind(2, to_iso(range.last));
            std::vector<Date> removed;
            while (remove.executeStep()) removed.push_back(day_of(remove.getColumn(0), path_.string()));
            std::sort(removed.begin(), removed.end());
            return removed;
        });
    });
}

PlanRecord Store::plan_record() const {
    // A command asks for it several times (log: to plan, to check a pause,
    // to refresh the summaries); it is read again only when the log changed,
    // through this connection or another.
    const auto data_version = [&] {
        const auto pragma = reused("PRAGMA data_version");  // prepared once: it is asked on every call
        pragma->executeStep();
        return pragma->getColumn(0).getInt64();
    };
    const auto version =
        std::pair<int64_t, int64_t>(sqlite3_total_changes64(db_->getHandle()), guarded(path_, data_version));
    if (plan_record_ && plan_record_version_ == version) return *plan_record_;
    plan_record_ = read_plan_record();
    plan_record_version_ = version;
    return *plan_record_;
}

PlanRecord Store::read_plan_record() const {
    return guarded(path_, [&] {
        PlanRecord record;
        SQLite::Statement versions(*db_, "SELECT routine, effective, definition FROM routine_versions "
                                         "ORDER BY routine, effective");
        while (versions.executeStep())
            record.versions[versions.getColumn(0).getString()].emplace_back(
                day_of(versions.getColumn(1), path_.string()), versions.getColumn(2).getString(),
                [path = path_](const std::string& definition) { return snapshot_from_json(definition, path); });
        SQLite::Statement pauses(*db_, "SELECT exercise, first_day, resumed_on, reason FROM pauses ORDER BY first_day, id");
        while (pauses.executeStep()) {
            Pause pause{pauses.getColumn(0).getString(), day_of(pauses.getColumn(1), path_.string()), std::nullopt,
                        text_or_empty(pauses.getColumn(3))};
            if (!pauses.getColumn(2).isNull()) pause.resumed_on = day_of(pauses.getColumn(2), path_.string());
            record.pauses.push_back(std::move(pause));
        }
        SQLite::Statement skips(*db_, "SELECT day, reason FROM skips");
        while (skips.executeStep())
            record.skips[day_of(skips.getColumn(0), path_.string())] = text_or_empty(skips.getColumn(1));
        return record;
    });
}

std::vector<DayScore> Store::pain_scores_in(const DateRange& range) const {
    return guarded(path_, [&] {
        // A score given after a guided session is about the session, not the day.
        // entries_by_day holds every column asked for, so the range is read
        // from its few leaf pages (today's plan reads them too), stretches and
        // all; found through entries_by_exercise (exercise IS NULL) instead,
        // each day's score cost a table page of its own for its pain.
        SQLite::Statement select(*db_, "SELECT day, pain FROM entries INDEXED BY entries_by_day "
                                       "WHERE day BETWEEN ? AND ? AND kind = 'pain' AND exercise IS NULL "
                                       "AND pain IS NOT NULL AND moment IS NOT 'after' ORDER BY day");
        select.bind(1, to_iso(range.first));
        select.bind(2, to_iso(range.last));
        std::vector<DayScore> scores;
        while (select.executeStep())
            scores.push_back(DayScore{day_of(select.getColumn(0), path_.string()), select.getColumn(1).getInt()});
        return scores;
    });
}

bool Store::severe_pain_on_routine(const DateRange& range, const std::string& routine) const {
    return guarded(path_, [&] {
        SQLite::Statement select(*db_, "SELECT EXISTS (SELECT 1 FROM entries INDEXED BY entries_by_day "
                                       "WHERE day BETWEEN ? AND ? AND kind = 'stretch' AND pain >= ? AND routine = ?)");
        select.bind(1, to_iso(range.first));
        select.bind(2, to_iso(range.last));
        select.bind(3, kSeverePain);
        select.bind(4, routine);
        return select.executeStep() && select.getColumn(0).getInt() == 1;
    });
}

namespace {

/// How far back last_pain_before scans all stretches at once: a week holds
/// the last time of every stretch of a routine kept daily or weekly.
constexpr int kLastPainScanDays = 7;

}  // namespace

std::map<std::string, std::pair<Date, std::optional<int>>> Store::last_pain_before(
    Date day, const std::vector<std::string>& exercises) const {
    return guarded(path_, [&] {
        std::map<std::string, std::pair<Date, std::optional<int>>> last;
        const auto recent = newest_in_week_before(day, exercises);
        // The newest entry of each other stretch before `day`, by day, time
        // and order: one lookup in entries_by_exercise (exercise, day,
        // logged_at), whatever the age of the log.
        const char* const newest = "SELECT day, pain FROM entries WHERE exercise = ?1 AND day < ?2 "
                                   "ORDER BY day DESC, logged_at DESC, id DESC LIMIT 1";
        for (const std::string& exercise : exercises) {
            if (const auto seen = recent.find(exercise); seen != recent.end() && !seen->second.tied) {
                last[exercise] = {day_of(seen->second.day, path_.string()), seen->second.pain};
                continue;
            }
            const auto select = reused(newest);
            select->bind(1, exercise);
            select->bind(2, to_iso(day));
            if (select->executeStep())
                last[exercise] = {day_of(select->getColumn(0), path_.string()), optional_int(select->getColumn(1))};
        }
        return last;
    });
}

std::map<std::string, Store::NewestEntry, std::less<>> Store::newest_in_week_before(
    Date day, const std::vector<std::string>& exercises) const {
    std::map<std::string, NewestEntry, std::less<>> recent;
    // For one stretch alone the lookup is as cheap as the scan.
    const size_t wanted = std::set<std::string_view>(exercises.begin(), exercises.end()).size();
    if (wanted < 2) return recent;
    const auto scan = reused("SELECT day, exercise, pain FROM entries INDEXED BY entries_by_day "
                             "WHERE day >= ?1 AND day < ?2 AND kind = 'stretch' ORDER BY day DESC");
    scan->bind(1, to_iso(add_days(day, -kLastPainScanDays)));
    scan->bind(2, to_iso(day));
    std::string oldest_found;  // the newest day of the stretch found last
    while (scan->executeStep()) {
        std::string logged_on = scan->getColumn(0).getString();
        // Newest day first: once all are found, an older day has nothing to add.
        if (recent.size() == wanted && logged_on != oldest_found) break;
        const char* exercise = scan->getColumn(1).getText();
        if (std::find(exercises.begin(), exercises.end(), exercise) == exercises.end()) continue;
        const auto [found, first] =
            recent.try_emplace(exercise, NewestEntry{logged_on, optional_int(scan->getColumn(2))});
        if (first) oldest_found = std::move(logged_on);
        else if (found->second.day == logged_on) found->second.tied = true;
    }
    return recent;
}

}  // namespace stretch
