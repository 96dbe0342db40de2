/* The floor under every stretch command that reads the log: a program that
 * only opens a SQLite database read-only, has SQLite load its schema (as
 * the first query of any connection must), prints how many schema objects
 * it has, and exits. Like stretch, it opens an existing -shm file read-only
 * (ReadMode in src/store/store_open.cpp). bench/run.sh builds it the way
 * the release stretch is built (a static PIE with Debian's libsqlite3.a)
 * and times it on the same log beside bare timew, so that what remains for
 * stretch's own work is measured, not guessed.
 *
 * Usage: floor DATABASE */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* DATABASE as the SQLite URI stretch opens: readonly_shm=1 when its -shm
 * file exists. Returns 0 when the path is too long for the buffer. */
static int uri_of(const char* path, char* uri, size_t size) {
    char shm[4096];
    if (snprintf(shm, sizeof shm, "%s-shm", path) >= (int)sizeof shm) return 0;
    size_t n = (size_t)snprintf(uri, size, "file:");
    for (const char* c = path; *c; ++c) {
        const char* escaped = *c == '%' ? "%25" : *c == '?' ? "%3f" : *c == '#' ? "%23" : NULL;
        const size_t length = escaped ? 3 : 1;
        if (n + length >= size) return 0;
        if (escaped) memcpy(uri + n, escaped, 3);
        else uri[n] = *c;
        n += length;
    }
    const char* query = access(shm, F_OK) == 0 ? "?readonly_shm=1" : "";
    if (n + strlen(query) >= size) return 0;
    strcpy(uri + n, query);
    return 1;
}

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: floor DATABASE\n");
        return 2;
    }
    sqlite3* db = NULL;
    sqlite3_stmt* count = NULL;
    char uri[8192];
    if (!uri_of(argv[1], uri, sizeof uri)) {
        fprintf(stderr, "floor: the path is too long\n");
        return 2;
    }
    if (sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &count, NULL) != SQLITE_OK ||
        sqlite3_step(count) != SQLITE_ROW) {
        fprintf(stderr, "floor: %s\n", db ? sqlite3_errmsg(db) : "out of memory");
        return 1;
    }
    printf("%d\n", sqlite3_column_int(count, 0));
    sqlite3_finalize(count);
    sqlite3_close(db);
    return 0;
}
