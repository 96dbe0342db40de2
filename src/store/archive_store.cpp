/// The Store's part of records by id, export and backup (import: record_merger.cpp).

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/archive_rows.h"
#include "store/entry_rows.h"
#include "store/sql_helpers.h"
#include "store/sqlite_errors.h"
#include "store/store.h"
#include "store/temporary_files.h"

namespace stretch {

namespace fs = std::filesystem;
using namespace sql;

History Store::entries_with_prefix(const std::string& prefix) const {
    return query_entries(*db_, path_, "WHERE substr(uuid, 1, ?) = ?", {std::to_string(prefix.size()), prefix});
}

void Store::remove_entries(const std::vector<std::string>& uuids) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement remove(*db_, "DELETE FROM entries WHERE uuid = ?");
            for (const auto& uuid : uuids) {
                remove.bind(1, uuid);
                remove.exec();
                remove.reset();
            }
            return 0;
        });
    });
}

void Store::update_entry(const Entry& entry) {
    guarded(path_, [&] {
        return in_write_transaction(*db_, [&] {
            SQLite::Statement update(*db_, std::string("UPDATE entries SET (") + kEntryColumns +
                                               ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE uuid = ?1");
            bind_entry(update, entry);
            return update.exec();
        });
    });
}

Archive Store::archive(const std::optional<DateRange>& range, bool with_entries) const {
    return guarded(path_, [&] {
        Archive archive;
        archive.range = range;
        const std::string path = path_.string();
        if (!range) {
            if (with_entries) archive.entries = query_entries(*db_, path_, "", {});
            archive.pauses = read_pauses(*db_, path, "", {});
            archive.skips = read_skips(*db_, path, "", {});
            archive.versions = read_versions(*db_, path, "", {}, true);
            return archive;
        }
        const std::string first = to_iso(range->first), last = to_iso(range->last);
        if (with_entries) archive.entries = entries_in(*range);
        archive.pauses = read_pauses(*db_, path, "WHERE first_day <= ?1 AND (resumed_on IS NULL OR resumed_on > ?2)",
                                     {last, first});
        archive.skips = read_skips(*db_, path, "WHERE day BETWEEN ? AND ?", {first, last});
        archive.versions = read_versions(*db_, path, "WHERE effective <= ?", {last}, true);
        return archive;
    });
}

void Store::backup_to(const fs::path& target) const {
    // A new name beside the target, so the rename is atomic and a failed
    // backup never leaves a half-written file under the target's name.
    const fs::path partial = target.parent_path() / ("." + target.filename().string() + ".partial-" +
                                                     std::to_string(::getpid()));
    const TemporaryFileGuard removed_if_stopped(partial);  // before it exists: no moment unwatched
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        // Named as the user gave it: the temporary name is ours, not theirs.
        throw Error(ErrorKind::cant_create, "cannot create " + target.string() + ": " + std::strerror(errno),
                    "check that the directory exists and is writable");
    ::close(fd);
    try {
        guarded(path_, [&] {
            // VACUUM INTO refuses to run in a transaction, and reads a
            // snapshot of its own: the reader's snapshot ends here.
            if (!sqlite3_get_autocommit(db_->getHandle())) db_->exec("COMMIT");
            SQLite::Statement vacuum(*db_, "VACUUM INTO ?");
            vacuum.bind(1, partial.string());
            return vacuum.exec();
        });
        // SQLite does not sync what VACUUM INTO wrote; a backup must survive a crash.
        const int written = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
        if (written < 0 || ::fsync(written) != 0 || ::close(written) != 0 ||
            ::rename(partial.c_str(), target.c_str()) != 0)
            throw Error(ErrorKind::io, "cannot write " + target.string() + ": " + std::strerror(errno),
                        "check the disk and the directory's permissions");
    } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw;
    }
    const int directory = ::open(target.parent_path().empty() ? "." : target.parent_path().c_str(),
                                 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        ::fsync(directory);
        ::close(directory);
    }
}

}  // namespace stretch
