// End-to-end: the database survives concurrent writers and refuses files it
// must not touch.

#include <catch2/catch.hpp>

#include <fstream>

#include <unistd.h>

#include "support/report_json.h"
#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::read_file;
using stretch::testing::Result;
using stretch::testing::Sandbox;
using stretch::testing::json_report;
using stretch::testing::stretch_in;

TEST_CASE("the database is WAL, versioned, private and readable with the sqlite3 shell", "[e2e][store]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK(sandbox.sql("PRAGMA journal_mode") == "wal\n");
    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
    CHECK(sandbox.sql("SELECT exercise, reps FROM entries") == "bridge|8\n");
    const auto permissions = std::filesystem::status(sandbox.database().parent_path()).permissions();
    CHECK((permissions & std::filesystem::perms::all) == std::filesystem::perms::owner_all);
}

TEST_CASE("the --db option and STRETCH_DB choose the database file", "[e2e][store]") {
    Sandbox sandbox;
    const auto by_option = sandbox.home() / "a" / "one.db";
    REQUIRE(sandbox.run({"--db", by_option.string(), "log", "bridge"}).exit_code == 0);
    CHECK(std::filesystem::exists(by_option));
    sandbox.env["STRETCH_DB"] = (sandbox.home() / "two.db").string();
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    CHECK(std::filesystem::exists(sandbox.home() / "two.db"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
}

TEST_CASE("two processes logging 200 entries each at once keep all 400", "[e2e][store][concurrency]") {
    Sandbox sandbox;
    const std::string loop = "for i in $(seq 200); do \"$0\" log bridge --reps 1 --quiet || exit 1; done";
    auto first = sandbox.start({"sh", "-c", loop, STRETCH_BINARY});
    auto second = sandbox.start({"sh", "-c", loop, STRETCH_BINARY});
    const Result a = Sandbox::finish(first);
    const Result b = Sandbox::finish(second);
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    CHECK(a.err == "");
    CHECK(b.err == "");
    CHECK(sandbox.sql("SELECT count(*), count(DISTINCT uuid) FROM entries") == "400|400\n");
}

TEST_CASE("a file that is not a database is refused and left byte-for-byte unchanged", "[e2e][store]") {
    Sandbox sandbox;
    std::string garbage = "these are my notes, not a database\n";
    for (int i = 0; i < 200; ++i) garbage += "line " + std::to_string(i) + "\n";
    const auto path = sandbox.write(".local/share/stretch/stretch.db", garbage);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "bridge"}, {"pain", "3"}, {"history"}, {"status"}, {"undo"}, {"plan"}}) {
        const auto result = sandbox.run(args);
        INFO(args.front());
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains("is not a stretch database"));
        CHECK(read_file(path) == garbage);
    }
}

TEST_CASE("a database from a newer stretch is refused and left unchanged", "[e2e][store]") {
    Sandbox sandbox;
    std::filesystem::create_directories(sandbox.database().parent_path());
    sandbox.sql("CREATE TABLE entries (id INTEGER PRIMARY KEY, future TEXT); PRAGMA user_version = 99;");
    const std::string before = read_file(sandbox.database());
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"log", "bridge"}, {"history"}, {"undo"}}) {
        const auto result = sandbox.run(args);
        INFO(args.front());
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains("schema version 99"));
        CHECK_THAT(result.err, Contains("upgrade stretch"));
        CHECK(read_file(sandbox.database()) == before);
    }
}

TEST_CASE("a log whose schema version was changed by hand is refused as damaged, and left unchanged",
          "[e2e][store]") {
    // Migrating again stopped at "table day_summaries already exists; check
    // the disk and the file's permissions", exit 74.
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    for (const int version : {-1, 1, 2, 3, 4, 5}) {  // 6 and 7 add no table: migrating again is harmless
        INFO(version);
        sandbox.sql("PRAGMA user_version = " + std::to_string(version));
        const std::string before = sandbox.sql(".dump");
        const auto result = sandbox.run({"status"});
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains("user_version was changed outside stretch"));
        CHECK(sandbox.sql(".dump") == before);
    }
}

TEST_CASE("a database that cannot be created is exit 73", "[e2e][store]") {
    Sandbox sandbox;
    sandbox.write("blocker", "a file where a directory should be");
    const auto result = sandbox.run({"--db", (sandbox.home() / "blocker" / "stretch.db").string(), "log", "bridge"});
    CHECK(result.exit_code == 73);
    CHECK_THAT(result.err, Contains("cannot create"));
}

TEST_CASE("another program's SQLite file is refused and never migrated", "[e2e][store]") {
    Sandbox sandbox;
    std::filesystem::create_directories(sandbox.database().parent_path());
    sandbox.sql("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');");
    const std::string before = read_file(sandbox.database());
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"history"}, {"log", "bridge"}, {"status"}, {"report"}}) {
        const auto result = sandbox.run(args);
        INFO(args.front());
        CHECK(result.exit_code == 65);
        CHECK_THAT(result.err, Contains("is not a stretch database"));
        CHECK(read_file(sandbox.database()) == before);
    }
    CHECK(sandbox.sql("SELECT name FROM sqlite_master") == "notes\n");
}

TEST_CASE("another program's database that says user_version 1, or the current 5, is refused, with nothing "
          "left beside it",
          "[e2e][store]") {
    // Once switched to WAL, rewritten and answered "no such table: entries" (exit 74).
    // Version 5: only a file marked with stretch's application_id skips the look at its tables.
    Sandbox sandbox;
    std::filesystem::create_directories(sandbox.database().parent_path());
    for (const auto& [mode, version] : {std::pair("DELETE", "1"), std::pair("WAL", "1"), std::pair("WAL", "5")}) {
        INFO(mode << " " << version);
        std::filesystem::remove(sandbox.database());
        sandbox.sql(std::string("PRAGMA journal_mode = ") + mode +
                    "; CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine'); PRAGMA user_version = " +
                    version + ";");
        const std::string before = read_file(sandbox.database());
        for (const std::vector<std::string>& args : {std::vector<std::string>{"log", "bridge"}, {"history"},
                                                     {"pause", "bridge"}, {"report"}, {"skip"}}) {
            const auto result = sandbox.run(args);
            INFO(args.front());
            CHECK(result.exit_code == 65);
            CHECK_THAT(result.err, Contains("is not a stretch database"));
            CHECK(read_file(sandbox.database()) == before);
            CHECK_FALSE(std::filesystem::exists(sandbox.database().string() + "-wal"));
            CHECK_FALSE(std::filesystem::exists(sandbox.database().string() + "-shm"));
        }
    }
}

TEST_CASE("an empty file reads as an empty log, untouched, and becomes the log on the first write",
          "[e2e][store]") {
    Sandbox sandbox;
    const auto path = sandbox.write(".local/share/stretch/stretch.db", "");
    const auto history = sandbox.run({"history"});
    CHECK(history.exit_code == 0);
    CHECK(history.out == "No entries in this range.\n");
    CHECK(std::filesystem::file_size(path) == 0);
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT exercise FROM entries") == "bridge\n");
}

TEST_CASE("a database stretch creates is readable by its owner only", "[e2e][store]") {
    Sandbox sandbox;
    const auto path = sandbox.home() / "shared" / "pain.db";
    std::filesystem::create_directories(path.parent_path());
    REQUIRE(sandbox.run({"--db", path.string(), "pain", "2"}).exit_code == 0);
    const auto permissions = std::filesystem::status(path).permissions() & std::filesystem::perms::all;
    CHECK(permissions == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    // Born private: even with a umask that lets everyone read.
    const auto open_umask = sandbox.home() / "open" / "pain.db";
    std::filesystem::create_directories(open_umask.parent_path());
    REQUIRE(Sandbox::finish(sandbox.start({"sh", "-c", "umask 000; " + std::string(STRETCH_BINARY) + " --db " +
                                                           open_umask.string() + " pain 2"}))
                .exit_code == 0);
    CHECK((std::filesystem::status(open_umask).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("a command whose answer cannot be written still says its change was saved", "[e2e][store]") {
    // A script that retries on failure would otherwise log twice.
    Sandbox sandbox;
    const auto to_full = [&](const std::string& args) {
        return Sandbox::finish(sandbox.start({"sh", "-c", std::string(STRETCH_BINARY) + " " + args + " > /dev/full"}));
    };
    for (const char* args : {"log bridge", "pain 3", "undo", "skip tomorrow", "pause hip"}) {
        INFO(args);
        const auto result = to_full(args);
        CHECK(result.exit_code == 74);
        CHECK(result.err ==
              "stretch: error: could not write the output; the change to the log was saved, so do not run the "
              "command again\n");
    }
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");  // bridge; pain 3 was undone
    // A command that changed nothing a user made says so, though a write
    // may have kept the log's own bookkeeping up to date on the way.
    const std::string id = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries");
    for (const std::string& args : std::vector<std::string>{"plan", "resume spine", "unskip 2026-12-25",
                                                             "edit " + id.substr(0, 8) + " --reps 8", "--version",
                                                             "plan --help"}) {
        INFO(args);
        const auto unchanged = to_full(args);
        CHECK(unchanged.exit_code == 74);
        CHECK(unchanged.err ==
              "stretch: error: could not write the output; check where the output goes: a full disk, or a pipe "
              "closed early\n");
    }
    // A backup written is as much a change: running it again would be refused, as the file exists.
    const auto backup = to_full("backup " + (sandbox.home() / "b.db").string());
    CHECK(backup.exit_code == 74);
    CHECK_THAT(backup.err, Catch::Matchers::EndsWith("b.db was written, so do not run the command again\n"));
    CHECK(std::filesystem::exists(sandbox.home() / "b.db"));
}

TEST_CASE("three log --all at once log each stretch once", "[e2e][store]") {
    // The plan used to be read outside the write transaction: 20 rows instead of 10, once in 20 trials.
    for (int trial = 0; trial < 20; ++trial) {
        Sandbox sandbox;
        REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);  // the database exists before the race
        std::vector<Sandbox::Running> running;
        for (int i = 0; i < 3; ++i) running.push_back(sandbox.start({STRETCH_BINARY, "log", "--all"}));
        for (const auto& each : running) CHECK(Sandbox::finish(each).exit_code == 0);
        INFO("trial " << trial);
        CHECK(sandbox.sql("SELECT count(*), count(DISTINCT exercise) FROM entries WHERE kind = 'stretch'") == "10|10\n");
    }
}

TEST_CASE("a large write leaves the -wal emptied, also through a symbolic link to the log", "[e2e][store]") {
    // Every run reads the whole -wal before its first query, so the log keeps
    // it only while small; a large import must fold it into the database.
    Sandbox sandbox;
    std::string csv = "day,exercise,reps\n";
    for (int d = 1; d <= 28; ++d)
        for (const char* exercise : {"spine", "hip", "bottom", "leg", "pelvic", "bridge", "bird", "deep"})
            for (int rep = 6; rep <= 12; ++rep)
                csv += "2026-10-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "," + exercise + "," +
                       std::to_string(rep) + "\n";
    const auto file = sandbox.write("big.csv", csv);
    std::filesystem::create_directories(sandbox.home() / "real");
    std::filesystem::create_symlink(sandbox.home() / "real/log.db", sandbox.home() / "link.db");
    for (const std::string& db : {sandbox.database().string(), (sandbox.home() / "link.db").string()}) {
        INFO(db);
        // A log that exists already: an import that starts a log moves it into place whole, without a -wal.
        REQUIRE(sandbox.run({"--db", db, "log", "bridge"}).exit_code == 0);
        REQUIRE(sandbox.run({"--db", db, "import", file.string()}).exit_code == 0);
        const std::filesystem::path real =
            std::filesystem::canonical(db).string() + "-wal";  // SQLite keeps it beside the real file
        REQUIRE(std::filesystem::exists(real));
        CHECK(std::filesystem::file_size(real) == 0);
    }
    CHECK(std::stoi(Sandbox::finish(sandbox.start({"sqlite3", (sandbox.home() / "real/log.db").string(),
                                                   "SELECT count(*) FROM entries"}))
                        .out) == 28 * 8 * 7 + 1);
}

TEST_CASE("commands that only read leave the log's files as they were", "[e2e][store]") {
    // A reader opens the -shm index read-only: alone, it keeps the index in
    // its own memory rather than emptying and rebuilding the file.
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10"}).exit_code == 0);
    const std::filesystem::path shm = sandbox.database().string() + "-shm";
    const std::filesystem::path wal = sandbox.database().string() + "-wal";
    REQUIRE(std::filesystem::exists(shm));
    const auto shm_bytes = read_file(shm);
    const auto wal_bytes = read_file(wal);
    const auto shm_time = std::filesystem::last_write_time(shm);
    for (const std::vector<std::string>& reading :
         {std::vector<std::string>{"plan", "today"}, {"status", "--quiet"}, {"report", "--week"}, {"history"}}) {
        INFO(reading.front());
        CHECK(sandbox.run(reading).exit_code <= 1);  // status: 1 while stretches are left
        CHECK(read_file(shm) == shm_bytes);
        CHECK(read_file(wal) == wal_bytes);
        CHECK(std::filesystem::last_write_time(shm) == shm_time);
    }
    CHECK(stretch_in(json_report(sandbox, {"--week"}), "bridge")["total_reps"] == 10);
}

TEST_CASE("a reader that meets the -shm index half written by a writer reads the log all the same",
          "[e2e][store][concurrency]") {
    // A writer writes the index header twice, copy after copy. A reader that
    // maps the index read-only beside a writer and finds the copies differ
    // cannot mend it (SQLite says SQLITE_READONLY_RECOVERY); it must then
    // read the way a writer would, not call the log unwritable.
    Sandbox sandbox;
    // The first write makes the log, whose migrations fill the -wal past
    // what is kept; the second leaves frames in it for the reader to read.
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10"}).exit_code == 0);
    const std::filesystem::path shm = sandbox.database().string() + "-shm";
    const std::filesystem::path ready = sandbox.home() / "writer-ready", done = sandbox.home() / "reader-done";
    REQUIRE(std::filesystem::file_size(sandbox.database().string() + "-wal") > 0);
    // A connection that could write keeps the index open, as a `log` does while it runs.
    const auto writer = sandbox.start(
        {"sh", "-c", "{ echo 'SELECT count(*) FROM entries;'; echo \".output $1\"; echo 'SELECT 1;'; "
         "while [ ! -e \"$2\" ]; do sleep 0.05; done; } | sqlite3 \"$0\"",
         sandbox.database().string(), ready.string(), done.string()});
    for (int waited = 0; waited < 1000 && !std::filesystem::exists(ready); ++waited) usleep(10'000);
    REQUIRE(std::filesystem::exists(ready));
    {
        constexpr std::streamoff kSecondHeaderCopy = 48, kItsLastFrame = 16;
        std::fstream index(shm, std::ios::in | std::ios::out | std::ios::binary);
        index.seekp(kSecondHeaderCopy + kItsLastFrame);
        index.put('\x7f');
        REQUIRE(index.good());
    }
    const Result read = sandbox.run({"report", "--week", "--format", "json"});
    sandbox.write("reader-done", "");
    CHECK(Sandbox::finish(writer).exit_code == 0);
    CHECK(read.exit_code == 0);
    CHECK(read.err == "");
    CHECK(stretch_in(nlohmann::json::parse(read.out), "bridge")["total_reps"] == 10);
}

TEST_CASE("reports read while two processes log all succeed, and the log keeps every entry",
          "[e2e][store][concurrency]") {
    // Readers meet the writers' -shm index (mapped read-only) and, between
    // writers, read alone from their own copy of it.
    Sandbox sandbox;
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    const std::string write = "for i in $(seq 100); do \"$0\" log bridge --reps 1 --quiet || exit 1; done";
    const std::string read =
        "for i in $(seq 100); do \"$0\" report --week --format json >/dev/null || exit 1; "
        "\"$0\" status --quiet >/dev/null; [ $? -le 1 ] || exit 1; done";
    std::vector<Sandbox::Running> running;
    for (const std::string& loop : {write, read, write, read}) running.push_back(sandbox.start({"sh", "-c", loop, STRETCH_BINARY}));
    for (const auto& each : running) {
        const Result result = Sandbox::finish(each);
        CHECK(result.exit_code == 0);
        CHECK(result.err == "");
    }
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE kind = 'stretch'") == "200\n");
}
