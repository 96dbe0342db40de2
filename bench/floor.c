/* The floor under every stretch command that reads the log: a program that
 * only opens a SQLite database read-only, has SQLite load its schema (as
 * the first query of any connection must), prints how many schema objects
 * it has, and exits. bench/run.sh builds it the way the release stretch is
 * built (a static PIE with Debian's libsqlite3.a) and times it on the same
 * log beside bare timew, so that what remains for stretch's own work is
 * measured, not guessed.
 *
 * Usage: floor DATABASE */
#include <sqlite3.h>
#include <stdio.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: floor DATABASE\n");
        return 2;
    }
    sqlite3* db = NULL;
    sqlite3_stmt* count = NULL;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
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
