/// The Store's opening of a log: connections set up once per process, a
/// new log born private, and a log in a directory it cannot write read
/// without leaving anything behind.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <sqlite3.h>

#include <SQLiteCpp/Database.h>

#include "store/journal.h"
#include "store/schema.h"
#include "store/sqlite_errors.h"
#include "store/store.h"

namespace stretch {

namespace fs = std::filesystem;

namespace {

/// stretch uses SQLite from one thread only, so SQLite need not lock a mutex
/// around every call (a tenth of a long report's time), and it never asks
/// SQLite how much memory it holds: without the statistics, each of the
/// 1,400 allocations of printing a plan is a plain malloc. sqlite3_config
/// must run before the first connection; should it fail, SQLite keeps its
/// defaults, which are only slower.
void configure_sqlite_once() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

/// A connection to `name` (a path, a URI with SQLite::OPEN_URI, or ":memory:").
std::unique_ptr<SQLite::Database> connect(const std::string& name, int flags) {
    configure_sqlite_once();
    return std::make_unique<SQLite::Database>(name, flags | SQLite::OPEN_NOMUTEX);
}

void create_private_directory(const fs::path& directory) {
    std::error_code error;
    if (directory.empty() || fs::is_directory(directory, error)) return;
    fs::create_directories(directory, error);
    if (error)
        throw Error(ErrorKind::cant_create, "cannot create " + directory.string() + ": " + error.message(),
                    "check the permissions of its parent, or use --db");
    ::chmod(directory.c_str(), 0700);
}

/// A pain diary is private, wherever --db puts it: a new database file is
/// born 0600 (SQLite then gives its -wal and -shm the same mode), so no
/// crash can leave it readable by others. An existing file is left alone.
void create_private_file(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno == EEXIST) return;
    throw Error(ErrorKind::cant_create, "cannot create " + path.string() + ": " + std::strerror(errno),
                "check the permissions of its directory, or use --db");
}

/// The path as a SQLite URI; only these characters would change its meaning.
std::string file_uri(const fs::path& path) {
    std::string uri = "file:";
    for (char c : path.string()) {
        if (c == '%') uri += "%25";
        else if (c == '?') uri += "%3f";
        else if (c == '#') uri += "%23";
        else uri += c;
    }
    return uri;
}

/// How a reader reaches the -shm file that indexes the write-ahead file.
enum class ReadMode {
    /// The existing -shm file, opened read-only, as SQLite opens it for a
    /// reader without write access. Alone, the reader keeps the index in
    /// its own memory, read from the -wal file it reads whole anyway;
    /// beside a writer, it reads the writer's index. A read-write opening
    /// would instead empty the file, grow it a page at a time, map it and
    /// unmap it again on every run (0.06 ms of `plan today`'s 1.8).
    read_only_shm,
    /// Creates the -shm file when there is none.
    shared,
    /// No locking files at all, for a directory the reader cannot write:
    /// nothing else writes to the log while a reader runs, so what it may
    /// miss is at most a write racing with it.
    immutable,
};

std::unique_ptr<SQLite::Database> open_read_only(const fs::path& path, ReadMode mode) {
    return guarded(path, [&] {
        auto db = mode == ReadMode::shared
                      ? connect(path.string(), SQLite::OPEN_READONLY)
                      : connect(file_uri(path) + (mode == ReadMode::immutable ? "?immutable=1" : "?readonly_shm=1"),
                                SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        db->setBusyTimeout(kBusyTimeoutMs);
        return db;
    });
}

/// Begins the command's one read transaction (see Store::open_existing) and
/// checks the schema version, the transaction's first read: its snapshot is
/// taken there. A reader of a read-only -shm can meet a writer's half-written
/// index only where it takes a snapshot (SQLite then says
/// SQLITE_READONLY_RECOVERY, as it cannot mend the index itself), so it
/// meets it here, where open_existing can fall back to a connection that can.
int begin_reading(SQLite::Database& db, const fs::path& path) {
    guarded(path, [&] { return db.exec("PRAGMA cache_size = -" + std::to_string(kReadCacheKiB) + "; BEGIN"); });
    return checked_schema_version(db, path, Store::kSchemaVersion);
}

/// The schema version, with reading begun, or nullopt when reading needs
/// write access: to make a WAL database's shared-memory file in a directory
/// that does not give it, or to mend that file's index where a writer left
/// it half written.
std::optional<int> readable_version(SQLite::Database& db, const fs::path& path) {
    try {
        return begin_reading(db, path);
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::io && error.kind() != ErrorKind::cant_create) throw;
        return std::nullopt;
    }
}

/// In a directory it cannot write, SQLite cannot make the -shm file it needs
/// to read a -wal, so the immutable fallback would silently miss the
/// entries still in it: a wrong answer with exit 0. Say so instead.
void refuse_unread_wal(const fs::path& path) {
    std::error_code error;
    const fs::path wal = path.string() + "-wal";
    if (fs::exists(wal, error) && fs::file_size(wal, error) > 0 && !error)
        throw Error(ErrorKind::io,
                    "the log cannot be read completely: its newest entries are in " + wal.string() +
                        ", and reading them needs write access to " + path.parent_path().string(),
                    "run stretch where that directory is writable, or copy the log with its -wal file elsewhere");
}

/// The -wal and -shm files SQLite keeps beside a database in WAL mode, in
/// that order (kShm is the -shm file's place).
constexpr size_t kShm = 1;
std::vector<fs::path> sidecar_files(const fs::path& path) {
    return {path.string() + "-wal", path.string() + "-shm"};
}

/// Removes the sidecar files that were not there before: a refused file is
/// left as it was found, with nothing new beside it.
void remove_new_sidecars(const fs::path& path, const std::vector<bool>& existed) {
    const auto files = sidecar_files(path);
    std::error_code ignored;
    for (size_t i = 0; i < files.size(); ++i)
        if (!existed[i]) fs::remove(files[i], ignored);
}

/// Whether the log at `path` exists, after refusing, in words about the
/// file, one that is a directory or that this user may not read (or,
/// `writing`, write): SQLite would only say that it cannot open it, or that
/// the disk failed.
bool usable_log_exists(const fs::path& path, bool writing) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);  // one stat, through links
    if (fs::is_directory(status))
        throw Error(ErrorKind::cant_create, path.string() + " is a directory, not a log",
                    "name a file, such as " + (path / "stretch.db").string());
    if (!fs::exists(status)) return false;
    for (const auto& [mode, verb] : {std::pair{R_OK, "read"}, std::pair{W_OK, "write"}}) {
        if (mode == W_OK && !writing) break;
        if (::access(path.c_str(), mode) != 0 && errno == EACCES)
            throw Error(ErrorKind::io, std::string("cannot ") + verb + " " + path.string() + ": " + std::strerror(EACCES),
                        "check the file's owner and permissions, or use --db");
    }
    return true;
}

}  // namespace

std::optional<Store> Store::open_existing(const fs::path& path, const ZonesUntilNow& zones_until_now) {
    if (!usable_log_exists(path, false)) return std::nullopt;
    std::error_code error;
    std::vector<bool> existed;
    for (const auto& file : sidecar_files(path)) existed.push_back(fs::exists(file, error));
    const bool shm_existed = existed[kShm];
    auto db = open_read_only(path, shm_existed ? ReadMode::read_only_shm : ReadMode::shared);
    std::optional<int> version;
    try {
        version = readable_version(*db, path);
        if (!version && shm_existed) {  // gone since we looked, or its index caught mid-write
            db = open_read_only(path, ReadMode::shared);
            version = readable_version(*db, path);
        }
        if (!version) {
            refuse_unread_wal(path);
            db = open_read_only(path, ReadMode::immutable);
            version = begin_reading(*db, path);
        }
    } catch (const Error& refused) {
        if (refused.kind() != ErrorKind::data) throw;
        db.reset();
        remove_new_sidecars(path, existed);
        throw;
    }
    if (*version == 0) return std::nullopt;  // an empty file: nothing logged yet
    if (*version < kSchemaVersion) {
        // An older database is migrated before it is read.
        db.reset();
        return open_for_writing(path, zones_until_now);
    }
    return Store(std::move(db), path);
}

Store Store::open_for_writing(const fs::path& path, const ZonesUntilNow& zones_until_now) {
    usable_log_exists(path, true);
    create_private_directory(path.parent_path());
    create_private_file(path);
    auto db = guarded(path, [&] {
        return connect(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    });
    prepare_database(*db, path, zones_until_now);
    Store store(std::move(db), path);
    store.journal_ = std::make_unique<Journal>(*store.db_);
    store.writable_ = true;
    return store;
}

Store Store::in_memory() {
    auto db = connect(":memory:", SQLite::OPEN_READWRITE);
    prepare_database(*db, ":memory:");
    Store store(std::move(db), ":memory:");
    store.journal_ = std::make_unique<Journal>(*store.db_);
    return store;
}

}  // namespace stretch
