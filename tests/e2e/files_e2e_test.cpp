// End-to-end: routine and config files that are not what they seem. Only
// regular files are read, never past a size limit, and a routines directory
// that cannot be read is an error that names it.

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("a FIFO named like a routine or config file is refused at once, not waited on", "[e2e][files]") {
    // It used to hang every command, cron's remind included.
    Sandbox sandbox;
    std::filesystem::create_directories(sandbox.user_routines());
    const auto fifo = sandbox.user_routines() / "pipe.toml";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const auto remind = sandbox.run({"remind"});
    CHECK(remind.exit_code == 66);
    CHECK_THAT(remind.err, Contains("pipe.toml is not a regular file"));
    std::filesystem::remove(fifo);

    const auto config = sandbox.home() / ".config/stretch/config.toml";
    REQUIRE(mkfifo(config.c_str(), 0600) == 0);
    CHECK(sandbox.run({"plan"}).exit_code == 66);
}

TEST_CASE("check refuses a device and a huge file instead of reading without end", "[e2e][files]") {
    Sandbox sandbox;
    const auto zero = sandbox.run({"check", "/dev/zero"});
    CHECK(zero.exit_code == 66);
    CHECK_THAT(zero.err, Contains("/dev/zero is not a regular file"));
    const auto huge = sandbox.write("huge.toml", "# " + std::string(2 << 20, 'x') + "\n");
    const auto result = sandbox.run({"check", huge.string()});
    CHECK(result.exit_code == 65);
    CHECK_THAT(result.err, Contains("larger than 1 MiB"));
}

TEST_CASE("a routines directory that cannot be read is an error naming it", "[e2e][files]") {
    // Root reads every directory, so the command runs as nobody when the tests run as root.
    Sandbox sandbox;
    const auto mine = sandbox.home() / "mine";
    sandbox.write("mine/mine.toml", "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n");
    std::filesystem::permissions(sandbox.home(), std::filesystem::perms(0711));
    std::filesystem::permissions(mine, std::filesystem::perms::none);
    std::vector<std::string> prefix;
    if (geteuid() == 0) prefix = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    for (const std::vector<std::string>& args : {std::vector<std::string>{"check"}, {"plan", "-r", "mine"}}) {
        std::vector<std::string> argv = prefix;
        argv.push_back(STRETCH_BINARY);
        argv.insert(argv.end(), {"--routines", mine.string()});
        argv.insert(argv.end(), args.begin(), args.end());
        const auto result = Sandbox::finish(sandbox.start(argv));
        INFO(args.front());
        CHECK(result.exit_code == 74);
        CHECK_THAT(result.err, Contains(mine.string() + ": this routines directory cannot be read"));
        CHECK(result.out.empty());
    }
    std::filesystem::permissions(mine, std::filesystem::perms::owner_all);
}

TEST_CASE("a log that is a directory, or that may not be read or written, is called that", "[e2e][files]") {
    Sandbox sandbox;
    std::filesystem::create_directories(sandbox.home() / "logs");
    for (const std::vector<std::string>& args : {std::vector<std::string>{"status"}, {"pain", "3"}, {"report"}}) {
        std::vector<std::string> argv{"--db", (sandbox.home() / "logs").string()};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto result = sandbox.run(argv);
        INFO(args.front());
        CHECK(result.exit_code == 73);
        CHECK_THAT(result.err, Contains("logs is a directory, not a log; name a file, such as " +
                                        (sandbox.home() / "logs/stretch.db").string()));
    }
    CHECK(std::filesystem::is_empty(sandbox.home() / "logs"));

    // Root reads and writes every file, so the commands run as nobody then.
    std::filesystem::permissions(sandbox.home(), std::filesystem::perms(0711));
    const std::string log = (sandbox.home() / "mine.db").string();
    REQUIRE(sandbox.run({"--db", log, "pain", "2"}).exit_code == 0);
    std::vector<std::string> prefix;
    if (geteuid() == 0) prefix = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    const auto as_other = [&](std::vector<std::string> args) {
        std::vector<std::string> argv = prefix;
        argv.insert(argv.end(), {STRETCH_BINARY, "--db", log});
        argv.insert(argv.end(), args.begin(), args.end());
        return Sandbox::finish(sandbox.start(argv));
    };
    std::filesystem::permissions(log, std::filesystem::perms::none);
    const auto unread = as_other({"status"});
    CHECK(unread.exit_code == 74);
    CHECK_THAT(unread.err, Contains("cannot read " + log + ": Permission denied; check the file's owner"));
    std::filesystem::permissions(log, std::filesystem::perms(0444));
    const auto unwritten = as_other({"pain", "3"});
    CHECK(unwritten.exit_code == 74);
    CHECK_THAT(unwritten.err, Contains("cannot write " + log + ": Permission denied"));
    std::filesystem::permissions(log, std::filesystem::perms(0600));
    // Nothing was written by the refused pain score.
    CHECK(Sandbox::finish(sandbox.start({"sqlite3", log, "SELECT pain FROM entries"})).out == "2\n");
}

TEST_CASE("without HOME only the log needs naming: no config and no routines of one's own", "[e2e][files]") {
    Sandbox sandbox;
    sandbox.env.erase("HOME");  // as some cron daemons start a job
    const auto unnamed = sandbox.run({"log", "bridge"});
    CHECK(unnamed.exit_code == 73);
    CHECK_THAT(unnamed.err, Contains("HOME is not set, so there is nowhere to keep your log; set HOME, or name "
                                     "the log with STRETCH_DB or --db"));
    sandbox.env["STRETCH_DB"] = (sandbox.home() / "log.db").string();
    const auto logged = sandbox.run({"log", "bridge", "--reps", "10"});
    CHECK(logged.exit_code == 0);
    CHECK_THAT(logged.out, Contains("bridge: 10 reps logged."));
    const auto status = sandbox.run({"status"});
    CHECK(status.exit_code == 1);
    CHECK_THAT(status.out, Contains("9 of 10 stretches left today"));
    CHECK(sandbox.run({"check"}).exit_code == 0);
    // A config file named outright is still read, and must be there.
    sandbox.env["STRETCH_CONFIG"] = (sandbox.home() / "nowhere.toml").string();
    CHECK(sandbox.run({"status"}).exit_code == 66);
    // pain and skip, which go on past a broken file, stop at one named and missing too.
    CHECK(sandbox.run({"pain", "2"}).exit_code == 66);
    CHECK(sandbox.run({"skip"}).exit_code == 66);
    sandbox.env.erase("STRETCH_CONFIG");

    // Debian's HOME=/nonexistent, or a relative HOME, is no place either:
    // one was created (as root), the other put the log where the command ran.
    sandbox.env.erase("STRETCH_DB");
    for (const std::string& home : {(sandbox.home() / "nonexistent" / "x").string(), std::string("relative")}) {
        sandbox.env["HOME"] = home;
        const auto refused = sandbox.run({"log", "bridge"});
        CHECK(refused.exit_code == 73);
        CHECK_THAT(refused.err, Contains("HOME (" + home + ") is not"));
        CHECK_FALSE(std::filesystem::exists(sandbox.home() / "nonexistent"));
        CHECK_FALSE(std::filesystem::exists(sandbox.home() / "relative"));
    }
}

TEST_CASE("a command run without HOME puts nothing of the bundled routines on record", "[e2e][files]") {
    // It cannot see the user's routines, so recording the bundled files
    // replaced the user's lower-back from that day and retired their own
    // routines: a cron `remind` judged the day just logged as partial.
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/lower-back.toml",
                  "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    sandbox.write(".config/stretch/routines/evening.toml",
                  "[routine]\nname = \"Evening\"\nsteps = [{ exercise = \"bridge\" }]\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const std::string recorded = sandbox.sql("SELECT routine, effective, definition FROM routine_versions");

    const auto with_home = sandbox.env;
    sandbox.env.erase("HOME");
    sandbox.env["STRETCH_DB"] = (sandbox.home() / ".local/share/stretch/stretch.db").string();
    sandbox.env["STRETCH_NOW"] = "2026-11-25T19:00:00";
    CHECK(sandbox.run({"remind"}).exit_code == 0);
    CHECK(sandbox.run({"status"}).exit_code == 1);  // the bundled ten, as the README says
    CHECK(sandbox.run({"pain", "2"}).exit_code == 0);
    sandbox.env = with_home;
    CHECK(sandbox.sql("SELECT routine, effective, definition FROM routine_versions") == recorded);

    sandbox.env["STRETCH_NOW"] = "2026-11-26T08:00:00";
    const auto report = sandbox.run({"report", "--week", "--format", "csv"});
    CHECK_THAT(report.out, Contains("2026-11-25,wed,complete,2,2"));
}

TEST_CASE("a symbolic link that leads back to itself is named, with how to fix it", "[e2e][files]") {
    // A routines directory named by --routines used to end in
    // "filesystem error: status: Too many levels of symbolic links [...]",
    // and a looping routine file was said to need its permissions checked.
    Sandbox sandbox;
    const auto loop = sandbox.home() / "loop";
    std::filesystem::create_directory_symlink(loop, loop);
    const auto named = sandbox.run({"--routines", loop.string(), "plan"});
    CHECK(named.exit_code == 74);
    CHECK_THAT(named.err, Contains(loop.string() + ": cannot be read (Too many levels of symbolic links)"));
    CHECK_THAT(named.err, Contains("leads back to itself; fix or remove that link"));
    CHECK(named.out.empty());

    std::filesystem::create_directories(sandbox.user_routines());
    const auto file = sandbox.user_routines() / "circle.toml";
    std::filesystem::create_symlink(file, file);
    const auto listed = sandbox.run({"list"});
    CHECK(listed.exit_code == 74);
    CHECK_THAT(listed.err, Contains(file.string() + ": cannot be read (Too many levels of symbolic links)"));
    CHECK_THAT(listed.err, Contains("leads back to itself"));
    CHECK_THAT(listed.err, !Contains("permissions"));
}

TEST_CASE("a log in a read-only directory with entries still in its -wal is not misread", "[e2e][files]") {
    // Reading fell back to the main file alone and answered without the -wal's entries, exit 0.
    Sandbox sandbox;
    const auto dir = sandbox.home() / "ro";
    const std::string db = (sandbox.home() / "a.db").string();
    REQUIRE(sandbox.run({"--db", db, "pain", "2"}).exit_code == 0);
    // An empty -wal to start from, so that the write below stays well under
    // the size at which a writer folds it into the file (Store::trim_wal).
    // A second connection stays open, so the writer's close does not fold the -wal into the file.
    const std::string script = "sqlite3 " + db + " 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null; (echo 'SELECT count(*) FROM entries;'; sleep 2) | sqlite3 " + db + " > /dev/null & sleep 0.5; " +
                               STRETCH_BINARY + " --db " + db + " log --all > /dev/null; mkdir " + dir.string() +
                               "; cp " + db + " " + db + "-wal " + dir.string() + "/; wait";
    REQUIRE(Sandbox::finish(sandbox.start({"sh", "-c", script})).exit_code == 0);
    REQUIRE(std::filesystem::file_size(dir / "a.db-wal") > 0);
    std::filesystem::permissions(sandbox.home(), std::filesystem::perms(0711));
    std::filesystem::permissions(dir / "a.db", std::filesystem::perms(0444));
    std::filesystem::permissions(dir / "a.db-wal", std::filesystem::perms(0444));
    std::filesystem::permissions(dir, std::filesystem::perms(0555));
    std::vector<std::string> argv;
    if (geteuid() == 0) argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    argv.insert(argv.end(), {STRETCH_BINARY, "--db", (dir / "a.db").string(), "history"});
    const auto result = Sandbox::finish(sandbox.start(argv));
    CHECK(result.exit_code == 74);
    CHECK_THAT(result.err, Contains("the log cannot be read completely: its newest entries are in"));
    CHECK(result.out.empty());
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
}

TEST_CASE("a log in a read-only directory with no -wal is read whole, and nothing is made beside it",
          "[e2e][files]") {
    // A copy on a read-only disk: SQLite cannot make the -shm a reader of a
    // WAL log needs, so stretch reads the file as it is, which is all of it.
    Sandbox sandbox;
    const std::string db = (sandbox.home() / "a.db").string();
    REQUIRE(sandbox.run({"--db", db, "log", "bridge", "--reps", "9"}).exit_code == 0);
    const auto dir = sandbox.home() / "ro";
    const std::string script = "sqlite3 " + db + " 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null && mkdir " +
                               dir.string() + " && cp " + db + " " + dir.string() + "/";
    REQUIRE(Sandbox::finish(sandbox.start({"sh", "-c", script})).exit_code == 0);
    std::filesystem::permissions(sandbox.home(), std::filesystem::perms(0711));
    std::filesystem::permissions(dir / "a.db", std::filesystem::perms(0444));
    std::filesystem::permissions(dir, std::filesystem::perms(0555));
    std::vector<std::string> argv;
    if (geteuid() == 0) argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    argv.insert(argv.end(), {STRETCH_BINARY, "--db", (dir / "a.db").string(), "history", "--all"});
    const auto read = Sandbox::finish(sandbox.start(argv));
    CHECK(read.exit_code == 0);
    CHECK_THAT(read.out, Contains("bridge") && Contains("9 reps"));
    CHECK(read.err.empty());
    CHECK_FALSE(std::filesystem::exists(dir / "a.db-shm"));  // nothing made beside it
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
}
