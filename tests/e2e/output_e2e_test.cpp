// --output FILE on plan and report: the answer goes to a file replaced whole,
// as a cron job refreshing a printed sheet needs.

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

TEST_CASE("plan and report write to --output FILE what they print, without colour", "[e2e][output]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "2"}).exit_code == 0);
    const auto printed = sandbox.run({"plan"});
    const auto written = sandbox.run({"plan", "--output", "sheet.txt", "--color", "auto"});
    CHECK(written.exit_code == 0);
    CHECK(written.out.empty());
    CHECK(read_file(sandbox.home() / "sheet.txt") == printed.out);
    CHECK(read_file(sandbox.home() / "sheet.txt").find('\x1b') == std::string::npos);

    REQUIRE(sandbox.run({"report", "--format", "json", "-o", "week.json"}).exit_code == 0);
    const auto report = nlohmann::json::parse(read_file(sandbox.home() / "week.json"));
    CHECK(report["days"][6]["date"] == "2026-11-22");
    CHECK(report["days"][6]["done"] == 1);
    // "-" is standard output.
    CHECK(sandbox.run({"plan", "--output", "-"}).out == printed.out);
}

TEST_CASE("an output file is replaced whole and leaves nothing else behind", "[e2e][output]") {
    Sandbox sandbox;
    sandbox.write("out/sheet.txt", std::string(100000, 'x'));
    REQUIRE(sandbox.run({"plan", "-o", "out/sheet.txt"}).exit_code == 0);
    const std::string sheet = read_file(sandbox.home() / "out/sheet.txt");
    CHECK_THAT(sheet, Contains("Stretch plan for Sunday 22 November 2026"));
    CHECK(sheet.find('x' + std::string(20, 'x')) == std::string::npos);
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(sandbox.home() / "out")) ++files;
    CHECK(files == 1);
}

TEST_CASE("a replaced output file keeps its permissions: a private report stays private", "[e2e][output]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--note", "sciatica worse after the drive"}).exit_code == 0);
    namespace fs = std::filesystem;
    sandbox.write("report.md", "old");
    fs::permissions(sandbox.home() / "report.md", fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(sandbox.run({"report", "--format", "markdown", "-o", "report.md"}).exit_code == 0);
    CHECK_THAT(read_file(sandbox.home() / "report.md"), Contains("sciatica worse"));
    CHECK((fs::status(sandbox.home() / "report.md").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    // Bits the umask would not give stay as they were too.
    sandbox.write("sheet.txt", "old");
    fs::permissions(sandbox.home() / "sheet.txt", fs::perms(0664));
    REQUIRE(sandbox.run({"plan", "-o", "sheet.txt"}).exit_code == 0);
    CHECK((fs::status(sandbox.home() / "sheet.txt").permissions() & fs::perms::all) == fs::perms(0664));
    // Root refreshing another user's report leaves it theirs.
    if (geteuid() == 0) {
        const auto theirs = sandbox.home() / "theirs.md";
        sandbox.write("theirs.md", "old");
        REQUIRE(::chown(theirs.c_str(), 65534, 65534) == 0);
        REQUIRE(sandbox.run({"report", "-o", theirs.string()}).exit_code == 0);
        struct stat replaced {};
        REQUIRE(::stat(theirs.c_str(), &replaced) == 0);
        CHECK(replaced.st_uid == 65534);
        CHECK(replaced.st_gid == 65534);
        CHECK_THAT(read_file(theirs), Contains("Stretch report"));
    }
}

TEST_CASE("output follows a symbolic link and writes through a FIFO, replacing neither", "[e2e][output]") {
    Sandbox sandbox;
    const std::string printed = sandbox.run({"plan"}).out;
    sandbox.write("sheets/real.txt", "");
    std::filesystem::create_symlink("sheets/real.txt", sandbox.home() / "link.txt");
    REQUIRE(sandbox.run({"plan", "-o", "link.txt"}).exit_code == 0);
    CHECK(std::filesystem::is_symlink(sandbox.home() / "link.txt"));
    CHECK(read_file(sandbox.home() / "sheets/real.txt") == printed);

    // As root, a rename over a device such as /dev/null would replace it.
    const auto fifo = sandbox.home() / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto reader = sandbox.start({"cat", fifo.string()});
    const auto written = sandbox.run({"plan", "-o", "pipe"});
    CHECK(written.exit_code == 0);
    CHECK(Sandbox::finish(reader).out == printed);
    CHECK(std::filesystem::is_fifo(fifo));
    // /dev/stdout is standard output, whatever it is (a pipe; a file opened to append).
    const auto to_stdout = sandbox.run({"plan", "-o", "/dev/stdout"});
    CHECK(to_stdout.exit_code == 0);
    CHECK(to_stdout.out == printed);
}

TEST_CASE("output to one of our own descriptors writes to it as the shell opened it, appending", "[e2e][output]") {
    Sandbox sandbox;
    const std::string printed = sandbox.run({"plan"}).out;
    const std::string script =
        "printf 'kept\\n' > out.txt; printf 'kept\\n' > err.txt;"
        "\"$0\" plan -o /proc/self/fd/1 >> out.txt && \"$0\" plan -o /dev/fd/1 >> out.txt &&"
        "\"$0\" plan -o /dev/stderr 2>> err.txt";
    CHECK(Sandbox::finish(sandbox.start({"sh", "-c", script, STRETCH_BINARY})).exit_code == 0);
    CHECK(read_file(sandbox.home() / "out.txt") == "kept\n" + printed + printed);
    CHECK(read_file(sandbox.home() / "err.txt") == "kept\n" + printed);
}

TEST_CASE("output and backup never write over the log or its own files, by any name", "[e2e][output]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10"}).exit_code == 0);
    const std::string log = sandbox.database().string();
    std::filesystem::create_symlink(log, sandbox.home() / "link.db");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"report", "--all", "-o", log}, {"plan", "-o", log + "-wal"},
          {"plan", "-o", "link.db"}, {"backup", log + "-wal", "--force"}, {"backup", log + "-shm", "--force"},
          {"plan", "-o", log + "-journal"}}) {
        INFO(args[0] << " " << args[args.size() - 2]);
        const auto refused = sandbox.run(args);
        CHECK(refused.exit_code == 64);
        CHECK_THAT(refused.err, Contains("is the log"));
        CHECK_THAT(refused.err, Contains("; name another file for "));
    }
    CHECK(sandbox.sql("SELECT exercise, reps FROM entries") == "bridge|10\n");
    CHECK_FALSE(std::filesystem::exists(log + "-journal"));
}

TEST_CASE("backup replaces neither a FIFO nor a device, even with --force", "[e2e][output]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const auto fifo = sandbox.home() / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto refused = sandbox.run({"backup", "pipe", "--force"});
    CHECK(refused.exit_code == 73);
    CHECK_THAT(refused.err, Contains("pipe is not a regular file; name a file for the backup"));
    CHECK(std::filesystem::is_fifo(fifo));
    CHECK(sandbox.run({"backup", "/dev/null", "--force"}).exit_code == 73);
    CHECK(std::filesystem::is_character_file("/dev/null"));
}

TEST_CASE("a reader that has gone away gets exit 74, and only a change to the log is worth a message", "[e2e][output]") {
    Sandbox sandbox;
    // Standard output is a pipe whose reading end is already closed.
    const auto closed = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"perl", "-e",
                                   "pipe(my $r, my $w) or die; close $r; open(STDOUT, '>&', $w) or die; exec @ARGV",
                                   STRETCH_BINARY});
        return Sandbox::finish(sandbox.start(args));
    };
    const auto logged = closed({"log", "bridge", "--reps", "10"});
    CHECK(logged.exit_code == 74);
    CHECK_THAT(logged.err, Contains("the change to the log was saved, so do not run the command again"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    // A command that changed nothing ends as `history | head` expects: no
    // message, and the status for a script that asks.
    const auto read = closed({"plan"});
    CHECK(read.exit_code == 74);
    CHECK(read.err.empty());
}

TEST_CASE("output refuses a directory, a missing one and an empty name, and writes nothing", "[e2e][output]") {
    Sandbox sandbox;
    std::filesystem::create_directories(sandbox.home() / "sheets");
    const auto directory = sandbox.run({"plan", "--output", "sheets"});
    CHECK(directory.exit_code == 73);
    CHECK_THAT(directory.err, Contains("sheets is a directory; name a file in it, such as sheets/stretch.txt"));
    CHECK(std::filesystem::is_empty(sandbox.home() / "sheets"));

    const auto missing = sandbox.run({"report", "--output", "nowhere/report.txt"});
    CHECK(missing.exit_code == 73);
    // Named as given, not by the temporary name the file is written under first.
    CHECK_THAT(missing.err, Contains("cannot create nowhere/report.txt: No such file or directory"));
    CHECK_FALSE(std::filesystem::exists(sandbox.home() / "nowhere"));

    CHECK(sandbox.run({"plan", "--output", ""}).exit_code == 64);

    std::filesystem::create_symlink("loop", sandbox.home() / "loop");
    const auto loop = sandbox.run({"plan", "--output", "loop"});
    CHECK(loop.exit_code == 73);
    CHECK_THAT(loop.err, Contains("loop: too many levels of symbolic links"));
    CHECK(std::filesystem::is_symlink(sandbox.home() / "loop"));
}

TEST_CASE("an --output that cannot be written is refused before the log records a changed routine",
          "[e2e][output]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "--all", "--quiet"}).exit_code == 0);
    // The routine file changes; the next command that shows today records it.
    std::ifstream bundled(std::filesystem::path(STRETCH_ROUTINES_SOURCE) / "lower-back.toml");
    std::string shorter;
    for (std::string line; std::getline(bundled, line);)
        if (line.find("bird-dog") == std::string::npos) shorter += line + "\n";
    sandbox.write(".config/stretch/routines/lower-back.toml", shorter);
    sandbox.env["STRETCH_NOW"] = "2026-11-21T08:00:00";
    const std::string versions = "SELECT count(*) FROM routine_versions";
    const std::string before = sandbox.sql(versions);

    const auto missing = sandbox.run({"plan", "-o", "nowhere/sheet.txt"});
    CHECK(missing.exit_code == 73);
    CHECK_THAT(missing.err, Contains("cannot create nowhere/sheet.txt: No such file or directory"));
    const auto proc = sandbox.run({"report", "-o", "/proc/nowhere.txt"});
    CHECK(proc.exit_code == 73);
    CHECK_THAT(proc.err, Contains("cannot open /proc/nowhere.txt: No such file or directory; name a file you may write"));
    // A descriptor of our own that is not open, or open only to read (stdin).
    for (const auto& [path, why] : {std::pair<std::string, std::string>{"/dev/fd/9", "Bad file descriptor"},
                                    {"/dev/fd/0", "it is open only for reading"}}) {
        const auto refused = sandbox.run({"plan", "-o", path});
        CHECK(refused.exit_code == 73);
        CHECK_THAT(refused.err, Contains("cannot write " + path + ": " + why));
    }
    CHECK(sandbox.sql(versions) == before);

    // Where the answer can go, the same command records the new version.
    REQUIRE(sandbox.run({"plan", "-o", "sheet.txt"}).exit_code == 0);
    CHECK_THAT(read_file(sandbox.home() / "sheet.txt"), !Contains("Bird Dog"));
    CHECK(sandbox.sql(versions) != before);
}

TEST_CASE("an output file made read-only is not written over, as the shell's > would not", "[e2e][output]") {
    Sandbox sandbox;
    namespace fs = std::filesystem;
    fs::permissions(sandbox.home(), fs::perms(0777));
    const auto sheet = sandbox.write("sheet.txt", "keep me");
    fs::permissions(sheet, fs::perms(0444));
    // Root may write any file (as with `>`), so the check runs as nobody.
    std::vector<std::string> argv;
    if (geteuid() == 0) argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    argv.insert(argv.end(), {STRETCH_BINARY, "plan", "-o", sheet.string()});
    const auto refused = Sandbox::finish(sandbox.start(argv));
    CHECK(refused.exit_code == 73);
    CHECK_THAT(refused.err, Contains("cannot write " + sheet.string() + ": Permission denied; make it writable"));
    CHECK(read_file(sheet) == "keep me");
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(sandbox.home())) files += entry.is_regular_file();
    CHECK(files == 1);
}

TEST_CASE("status, list, history and undo --list keep within 80 columns however long their lists and notes", "[e2e][output]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--note",
                         "tight at first, then easier; the left side more than the right, as it was last week too"})
                .exit_code == 0);
    // A held stretch done on both sides, with pain, made an 85-column history row.
    REQUIRE(sandbox.run({"log", "leg-stretch", "--pain", "1"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "spine-stretch"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "hip-stretch", "--reason",
                         "my physiotherapist asked me to leave it until the next appointment in two weeks"})
                .exit_code == 0);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"status"}, {"list"}, {"history"}, {"status", "--routine", "gentle"}, {"undo", "--list"}}) {
        const auto result = sandbox.run(args);
        INFO(args[0] << ":\n" << result.out);
        REQUIRE(result.exit_code <= 1);
        std::istringstream lines(result.out);
        for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 80);
    }
    // What wrapped is all still there, the note whole and in order.
    const auto history = sandbox.run({"history"}).out;
    CHECK_THAT(history, Contains("8 reps\n                      \"tight at first, then easier;"));
    CHECK_THAT(history, Contains("\n                      right, as it was last week too\"\n"));
    CHECK_THAT(history, Contains("leg-stretch            2 reps, hold 20 s, both sides,\n" + std::string(45, ' ') +
                                 "pain 1/10\n"));
    CHECK_THAT(sandbox.run({"status"}).out, Contains("Left: "));
    CHECK_THAT(sandbox.run({"status"}).out, Contains("\n      "));
}

TEST_CASE("skip over several days, and undo with nothing to undo, keep within 80 columns", "[e2e][output]") {
    Sandbox sandbox;
    for (const std::vector<std::string>& args : {std::vector<std::string>{"undo"}, {"undo", "--list"},
                                                 {"skip", "2026-12-24", "--until", "2026-12-27"}}) {
        const auto result = sandbox.run(args);
        INFO(args[0] << ":\n" << result.out);
        REQUIRE(result.exit_code == 0);
        CHECK_THAT(result.out, Contains("\n"));
        std::istringstream lines(result.out);
        for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 80);
    }
    // An import of every kind of record made an 82-column summary line.
    Sandbox other;
    for (const std::vector<std::string>& args : {std::vector<std::string>{"log", "--all"}, {"pause", "bridge"},
                                                 {"skip", "tomorrow", "--until", "2026-11-24"}})
        REQUIRE(other.run(args).exit_code == 0);
    Sandbox fresh;
    REQUIRE(fresh.run({"import", fresh.write("other.json", other.run({"export"}).out).string()}).exit_code == 0);
    const auto listed = fresh.run({"undo", "--list"}).out;
    INFO(listed);
    CHECK_THAT(listed, Contains("10 entries added, 1 pause added, 2 skipped days added, 2 routine versions\n"));
    std::istringstream lines(listed);
    for (std::string line; std::getline(lines, line);) CHECK(line.size() <= 80);
}

TEST_CASE("long ids and names of one's own, in any script, keep log, list, report and plan within 80 columns",
          "[e2e][output]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    const std::string name = "\xe8\x85\xb0\xe3\x81\xae\xe3\x82\xb9\xe3\x83\x88\xe3\x83\xac\xe3\x83\x83\xe3\x83\x81"
                             "\xef\xbc\x88\xe3\x82\x84\xe3\x81\x95\xe3\x81\x97\xe3\x81\x8f\xef\xbc\x89"
                             "\xe3\x81\xa8\xe3\x81\xa6\xe3\x82\x82\xe9\x95\xb7\xe3\x81\x84\xe5\x90\x8d\xe5\x89\x8d";
    sandbox.write(".config/stretch/routines/long.toml",
                  "[exercise.supine-figure-four-piriformis-stretch-with-strap]\nname = \"" + name +
                      "\"\nsummary = \"Hips.\"\nposition = \"on your back\"\ntargets = [\"hips\"]\nreps = 2\n"
                      "hold = 30\nsides = \"each\"\nsteps = [\"Pull gently.\"]\nbreathing = \"Breathe.\"\n"
                      "cautions = [\"Stop if it hurts.\"]\n\n[exercise.strap]\n"
                      "name = \"Supine-figure-four-piriformis-stretch-with-a-strap\"\nsummary = \"Hips.\"\n"
                      "position = \"on your back\"\ntargets = [\"hips\"]\nreps = 2\nsteps = [\"Pull.\"]\n"
                      "breathing = \"Breathe.\"\ncautions = [\"Stop if it hurts.\"]\n\n[routine]\nid = \"long\"\n"
                      "name = \"A routine with a rather long name that goes on and on for a while\"\ndays = \"daily\"\n"
                      "steps = [{ exercise = \"supine-figure-four-piriformis-stretch-with-strap\" }, { exercise = \"bridge\" },"
                      " { exercise = \"strap\" }]\n");
    const auto logged =
        sandbox.run({"log", "supine-figure-four-piriformis-stretch-with-strap", "--pain", "4", "-r", "long"});
    REQUIRE(logged.exit_code == 0);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"list"}, {"report", "-r", "long"},
                                                 {"plan", "-r", "long"}, {"status", "-r", "long"}, {"history"}}) {
        const auto result = sandbox.run(args);
        INFO(args[0] << ":\n" << result.out);
        REQUIRE(result.exit_code <= 1);
        std::istringstream lines(logged.out + result.out);
        for (std::string line; std::getline(lines, line);) CHECK(stretch::display_width(line) <= 80);
    }
    // The long name is still there whole, in the report's table and in the list.
    const auto report = sandbox.run({"report", "-r", "long"}).out;
    CHECK_THAT(report, Contains("1/1      2         4.0        -\n"));
    CHECK_THAT(report, Contains("  Supine-figure-four-piriformis-stretch-with-a-strap\n" + std::string(35, ' ') + "0/0"));
    CHECK_THAT(sandbox.run({"list"}).out,
               Contains("  supine-figure-four-piriformis-stretch-with-strap\n    " + name + ": 2 x each side, hold"));
}

TEST_CASE("control characters in the names of one's own routines and stretches are shown, not obeyed",
          "[e2e][output]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    sandbox.write(".config/stretch/routines/odd.toml",
                  "[exercise.odd]\nname = \"Odd \\u001b[2J one\"\nsummary = \"Hips.\"\nposition = \"on your back\"\n"
                  "targets = [\"hips\"]\nreps = 2\nsteps = [\"Pull.\"]\nbreathing = \"Breathe.\"\n"
                  "cautions = [\"Stop if it hurts.\"]\n\n[routine]\nid = \"odd\"\n"
                  "name = \"Clear \\u001b[2J screen\"\ndays = \"daily\"\nsteps = [{ exercise = \"odd\" }]\n");
    REQUIRE(sandbox.run({"log", "odd", "-r", "odd"}).exit_code == 0);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"report", "-r", "odd"}, {"list"}, {"plan", "-r", "odd"}, {"show", "odd"},
          {"status", "-r", "odd"}}) {
        const auto result = sandbox.run(args);
        INFO(args[0] << ":\n" << result.out);
        REQUIRE(result.exit_code <= 1);
        CHECK(result.out.find('\x1b') == std::string::npos);
        CHECK_THAT(result.out, Contains("^[[2J"));
    }
    CHECK_THAT(sandbox.run({"report", "-r", "odd"}).out, Contains("Stretch report: Clear ^[[2J screen (odd)"));
    CHECK_THAT(sandbox.run({"report", "-r", "odd"}).out, Contains("  Odd ^[[2J one "));
}
