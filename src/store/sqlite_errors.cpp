#include "store/sqlite_errors.h"

namespace stretch {

void rethrow_sqlite(const SQLite::Exception& error, const std::filesystem::path& path) {
    const std::string name = path.string();
    switch (error.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorKind::busy, name + " is busy: another stretch is writing to it",
                    "try again in a moment");
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw Error(ErrorKind::data, name + " is not a stretch database (" + error.what() + ")",
                    "move it aside or name another with --db; it was not changed");
    case SQLITE_CANTOPEN:
        throw Error(ErrorKind::cant_create, name + " cannot be opened (" + error.what() + ")",
                    "check the directory exists and is writable, or use --db");
    case SQLITE_CONSTRAINT:
        throw Error(ErrorKind::data, name + ": " + error.what(), "the entry was not written");
    case SQLITE_READONLY:
        throw Error(ErrorKind::io, name + " cannot be written (" + error.what() + ")",
                    "make the file and its directory writable, or use --db");
    case SQLITE_PERM:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    default:
        throw Error(ErrorKind::io, name + ": " + error.what(), "check the disk and the file's permissions");
    }
}

}  // namespace stretch
