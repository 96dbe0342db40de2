/// Reading and writing the rows of pauses, skipped days and routine
/// versions, as export and import carry them.

#include "store/archive_rows.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/snapshot_json.h"
#include "store/sql_helpers.h"

namespace stretch {

using namespace sql;

const char* const kPauseColumns = "uuid, exercise, first_day, resumed_on, reason, created_at, changed_at";

namespace {

PauseRecord read_pause(SQLite::Statement& row, const std::string& path) {
    PauseRecord record{row.getColumn(0).getString(),
                       Pause{row.getColumn(1).getString(), day_of(row.getColumn(2), path), std::nullopt,
                             text_or_empty(row.getColumn(4))},
                       row.getColumn(5).getString(), text_or_empty(row.getColumn(6))};
    if (!row.getColumn(3).isNull()) record.pause.resumed_on = day_of(row.getColumn(3), path);
    return record;
}

}  // namespace

void bind_pause(SQLite::Statement& statement, const PauseRecord& record) {
    statement.bind(1, record.uuid);
    statement.bind(2, record.pause.exercise);
    statement.bind(3, to_iso(record.pause.first_day));
    bind_optional(statement, 4,
                  record.pause.resumed_on ? std::optional(to_iso(*record.pause.resumed_on)) : std::nullopt);
    bind_text_or_null(statement, 5, record.pause.reason);
    statement.bind(6, record.created_at);
    bind_text_or_null(statement, 7, record.changed_at);
}

std::vector<PauseRecord> read_pauses(SQLite::Database& db, const std::string& path, const std::string& where,
                                     const std::vector<std::string>& arguments) {
    SQLite::Statement select(db, std::string("SELECT ") + kPauseColumns + " FROM pauses " + where +
                                     " ORDER BY first_day, id");
    for (size_t i = 0; i < arguments.size(); ++i) select.bind(static_cast<int>(i + 1), arguments[i]);
    std::vector<PauseRecord> pauses;
    while (select.executeStep()) pauses.push_back(read_pause(select, path));
    return pauses;
}

std::vector<SkipRecord> read_skips(SQLite::Database& db, const std::string& path, const std::string& where,
                                   const std::vector<std::string>& arguments) {
    SQLite::Statement select(db, "SELECT uuid, day, reason, created_at FROM skips " + where + " ORDER BY day");
    for (size_t i = 0; i < arguments.size(); ++i) select.bind(static_cast<int>(i + 1), arguments[i]);
    std::vector<SkipRecord> skips;
    while (select.executeStep())
        skips.push_back(SkipRecord{select.getColumn(0).getString(), day_of(select.getColumn(1), path),
                                   text_or_empty(select.getColumn(2)), select.getColumn(3).getString()});
    return skips;
}

std::vector<VersionRecord> read_versions(SQLite::Database& db, const std::string& path, const std::string& where,
                                         const std::vector<std::string>& arguments, bool exported) {
    SQLite::Statement select(db, "SELECT routine, effective, definition, recorded_at FROM routine_versions " + where +
                                     " ORDER BY routine, effective");
    for (size_t i = 0; i < arguments.size(); ++i) select.bind(static_cast<int>(i + 1), arguments[i]);
    std::vector<VersionRecord> versions;
    while (select.executeStep()) {
        versions.push_back(VersionRecord{select.getColumn(0).getString(), day_of(select.getColumn(1), path),
                                         select.getColumn(2).getString(), select.getColumn(3).getString()});
        // A damaged row is refused here, with the fix, as every reader of
        // versions refuses it: an export must not carry it into a file that
        // import then rejects, nor stop on it with a bare parse error.
        if (exported) snapshot_from_json(versions.back().definition, path);
    }
    return versions;
}

void bind_skip(SQLite::Statement& statement, const SkipRecord& skip) {
    statement.bind(1, skip.uuid);
    statement.bind(2, to_iso(skip.day));
    bind_text_or_null(statement, 3, skip.reason);
    statement.bind(4, skip.created_at);
}

void bind_version(SQLite::Statement& statement, const VersionRecord& version) {
    statement.bind(1, version.routine);
    statement.bind(2, to_iso(version.effective));
    statement.bind(3, version.definition);
    statement.bind(4, version.recorded_at);
}

}  // namespace stretch
