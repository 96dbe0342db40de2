// End-to-end: which commands put a routine on record, and when. A write
// records every routine the files hold; plan, status, remind and report
// record the one they show, the day they first show it changed, and never
// wait for the log to do so; a trial directory (--routines) or a run
// without HOME records nothing.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::read_file;
using stretch::testing::Sandbox;

TEST_CASE("a routine edited is put on record by the first command that shows it, from that day", "[e2e][record]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.write(".config/stretch/routines/lower-back.toml",
                  "[routine]\nname = \"Lower back relief\"\nsteps = [{ exercise = \"bridge\" }]\n");
    // The first command to show the new file (a report, which otherwise only
    // reads) records it from that day; the days before keep the old one.
    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
    const auto r = nlohmann::json::parse(sandbox.run({"report", "--days", "3", "--format", "json"}).out);
    CHECK(r["days"][0]["planned"] == 10);
    CHECK(r["days"][1]["planned"] == 10);
    CHECK(r["days"][2]["planned"] == 1);  // today: the files
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'lower-back' ORDER BY effective") ==
          "2000-01-01\n2026-11-22\n");
    CHECK(sandbox.sql("SELECT count(*) FROM operations") == "1\n");  // nothing for undo: only the log above
    // Shown again, nothing more is recorded.
    REQUIRE(sandbox.run({"status", "--quiet"}).exit_code == 1);
    CHECK(sandbox.sql("SELECT count(*) FROM routine_versions WHERE routine = 'lower-back'") == "2\n");
}

TEST_CASE("a day a changed routine showed with nothing due stays so after the next write", "[e2e][record]") {
    // Monday and Tuesday done on a daily routine; on Wednesday its file drops
    // Wednesdays, and plan says nothing is due. Thursday's log used to record
    // the change from Thursday, turning Wednesday missed and the streak to 1.
    Sandbox sandbox("2026-11-16T08:00:00");
    const std::string steps = "steps = [{ exercise = \"bridge\" }, { exercise = \"pelvic-tilts\" }]\n";
    sandbox.write(".config/stretch/routines/mine.toml", "[routine]\nname = \"Mine\"\ndays = \"daily\"\n" + steps);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    for (const char* day : {"2026-11-16", "2026-11-17"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = [\"mon\", \"tue\", \"thu\", \"fri\", \"sat\", \"sun\"]\n" + steps);
    sandbox.env["STRETCH_NOW"] = "2026-11-18T19:00:00";
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("Nothing is scheduled"));
    sandbox.env["STRETCH_NOW"] = "2026-11-19T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto r = nlohmann::json::parse(sandbox.run({"report", "--week", "--format", "json"}).out);
    CHECK(r["days"][2]["status"] == "not-scheduled");
    CHECK(r["consistency"]["missed_days"] == 0);
    CHECK(r["consistency"]["current_streak"] == 3);
    CHECK_THAT(sandbox.run({"plan", "2026-11-18"}).out, Contains("Nothing is scheduled"));
}

TEST_CASE("only a command showing today's plan or a later day's from the usual files puts a routine on record",
          "[e2e][record]") {
    Sandbox sandbox("2026-11-18T08:00:00");
    const std::string steps = "steps = [{ exercise = \"bridge\" }]\n";
    sandbox.write(".config/stretch/routines/mine.toml", "[routine]\nname = \"Mine\"\n" + steps);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    REQUIRE(sandbox.run({"log", "--all", "--date", "2026-11-16"}).exit_code == 0);
    const std::string versions = "SELECT routine, effective, definition FROM routine_versions ORDER BY routine, effective";
    const std::string before = sandbox.sql(versions);
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = [\"mon\"]\n" + steps);
    // A past day's plan, or a range before today, shows the plan of record, not the files.
    REQUIRE(sandbox.run({"plan", "2026-11-17"}).exit_code == 0);
    REQUIRE(sandbox.run({"report", "--last-week"}).exit_code == 0);
    // A trial directory named for the run records nothing, and retires nothing.
    const auto trial = sandbox.write("trial/trial.toml", "[routine]\nname = \"Trial\"\n" + steps);
    REQUIRE(sandbox.run({"--routines", trial.parent_path().string(), "plan", "--routine", "trial"}).exit_code == 0);
    REQUIRE(sandbox.run({"--routines", trial.parent_path().string(), "report", "--routine", "trial"}).exit_code == 0);
    CHECK(sandbox.sql(versions) == before);
    // A week from Monday takes in today, and tomorrow follows the files too:
    // each records that routine alone, from today (nothing of today is settled).
    for (const std::vector<std::string>& showing :
         {std::vector<std::string>{"plan", "--week", "2026-11-16"}, {"plan", "tomorrow"}}) {
        Sandbox each("2026-11-18T08:00:00");
        each.write(".config/stretch/routines/mine.toml", "[routine]\nname = \"Mine\"\n" + steps);
        each.write(".config/stretch/config.toml", "routine = \"mine\"\n");
        REQUIRE(each.run({"log", "--all", "--date", "2026-11-16"}).exit_code == 0);
        each.write(".config/stretch/routines/mine.toml", "[routine]\nname = \"Mine\"\ndays = [\"mon\"]\n" + steps);
        REQUIRE(each.run(showing).exit_code == 0);
        CHECK(each.sql("SELECT routine, effective FROM routine_versions WHERE effective > '2000-01-01'") ==
              "mine|2026-11-18\n");
    }
    REQUIRE(sandbox.run({"plan", "--week", "2026-11-16"}).exit_code == 0);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);  // Wednesday: nothing due
}

TEST_CASE("a write with a directory named for the run puts nothing on record, but STRETCH_ROUTINES is one's own",
          "[e2e][record]") {
    // One `--routines /tmp/empty log` recorded the user's own routine as
    // retired: its missed days stopped counting and its report said 100%.
    // It also put the bundled lower-back on record over the user's own.
    Sandbox sandbox("2026-11-16T08:00:00");
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    REQUIRE(sandbox.run({"log", "--all", "--routine", "short"}).exit_code == 0);
    const std::string versions = "SELECT routine, effective, definition FROM routine_versions ORDER BY id";
    const std::string before = sandbox.sql(versions);
    const auto empty = sandbox.home() / "empty";
    std::filesystem::create_directory(empty);
    sandbox.env["STRETCH_NOW"] = "2026-11-17T09:00:00";
    REQUIRE(sandbox.run({"--routines", empty.string(), "log", "spine"}).exit_code == 0);
    const auto trial = sandbox.write("trial/trial.toml", "[routine]\nname = \"Trial\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(sandbox.run({"--routines", trial.parent_path().string(), "log", "bridge", "--routine", "trial"}).exit_code == 0);
    CHECK(sandbox.sql(versions) == before);
    sandbox.env["STRETCH_NOW"] = "2026-11-20T09:00:00";
    const auto report = nlohmann::json::parse(
        sandbox.run({"report", "--routine", "short", "--since", "2026-11-16", "--format", "json"}).out);
    // The 17th is a day of the routine still (bridge done on the trial, bird-dog not), never "not-scheduled".
    CHECK(report["days"][1]["status"] == "partial");
    CHECK(report["days"][2]["status"] == "missed");

    // A directory set once in STRETCH_ROUTINES is the user's own: a routine
    // whose file is gone from it is retired, as from the usual directory.
    Sandbox own("2026-11-10T08:00:00");
    own.write("mine/evening.toml", "[routine]\nname = \"Evening\"\nsteps = [{ exercise = \"bridge\" }]\n");
    own.env["STRETCH_ROUTINES"] = (own.home() / "mine").string();
    REQUIRE(own.run({"log", "bridge", "--routine", "evening"}).exit_code == 0);
    std::filesystem::remove(own.home() / "mine/evening.toml");
    own.env["STRETCH_NOW"] = "2026-11-11T08:00:00";
    REQUIRE(own.run({"pain", "1"}).exit_code == 0);
    CHECK(own.sql("SELECT effective FROM routine_versions WHERE routine = 'evening' ORDER BY id") ==
          "2000-01-01\n2026-11-11\n");
}

TEST_CASE("a clock behind the newest recorded version writes nothing when today's version matches", "[e2e][record]") {
    Sandbox sandbox("2026-11-16T08:00:00");
    const std::string file = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n";
    sandbox.write(".config/stretch/routines/mine.toml", file);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.write(".config/stretch/routines/mine.toml", file + "days = [\"mon\"]\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-20T08:00:00";
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);  // records the change from the 20th
    sandbox.write(".config/stretch/routines/mine.toml", file);
    sandbox.env["STRETCH_NOW"] = "2026-11-19T23:00:00";  // a time zone behind: the 20th's version is not in force
    const std::string versions = sandbox.sql("SELECT * FROM routine_versions");
    for (int run = 0; run < 2; ++run) REQUIRE(sandbox.run({"status", "--quiet"}).exit_code == 1);
    CHECK(sandbox.sql("SELECT * FROM routine_versions") == versions);
}

TEST_CASE("a changed routine shown while another program writes the log is read as it is, without waiting",
          "[e2e][record]") {
    Sandbox sandbox("2026-11-16T08:00:00");
    const std::string steps = "steps = [{ exercise = \"bridge\" }]\n";
    sandbox.write(".config/stretch/routines/mine.toml", "[routine]\nname = \"Mine\"\n" + steps);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.write(".config/stretch/routines/mine.toml", "[routine]\nname = \"Mine\"\ndays = [\"mon\"]\n" + steps);
    sandbox.env["STRETCH_NOW"] = "2026-11-18T08:00:00";
    // A writer holds the log (an import, say) until told to let go.
    const auto commands = sandbox.home() / "sql-in";
    REQUIRE(::mkfifo(commands.c_str(), 0600) == 0);
    const auto writer =
        sandbox.start({"sh", "-c", "exec sqlite3 " + sandbox.database().string() + " < " + commands.string()});
    const int to_writer = ::open(commands.c_str(), O_WRONLY | O_CLOEXEC);  // once sqlite3 reads it
    REQUIRE(to_writer >= 0);
    const std::string hold = "BEGIN IMMEDIATE;\n.print locked\n";
    REQUIRE(::write(to_writer, hold.data(), hold.size()) == static_cast<ssize_t>(hold.size()));
    for (int waited = 0; waited < 5000 && read_file(writer.out).find("locked") == std::string::npos;
         ++waited)
        ::usleep(1000);
    const auto started = std::chrono::steady_clock::now();
    const auto status = sandbox.run({"status"});
    const auto took = std::chrono::steady_clock::now() - started;
    ::close(to_writer);  // end of input: sqlite3 rolls back and exits
    REQUIRE(Sandbox::finish(writer).exit_code == 0);
    CHECK(status.exit_code == 0);  // nothing is scheduled on Wednesdays, as the files say
    CHECK_THAT(status.out, Contains("Nothing is scheduled today"));
    CHECK(took < std::chrono::seconds(4));  // gave way, not the 5-second wait of a write that must happen
    CHECK(sandbox.sql("SELECT count(*) FROM routine_versions WHERE routine = 'mine'") == "1\n");
    // Once the log is free, the next one records it.
    REQUIRE(sandbox.run({"status"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM routine_versions WHERE routine = 'mine'") == "2\n");
}

TEST_CASE("a sheet printed for tomorrow after today was done is how tomorrow is judged, logged the day after",
          "[e2e][record]") {
    // The fridge sheet: printed the evening before, ticked on the day, logged
    // the morning after. The change it showed must be the day's plan of record.
    Sandbox sandbox("2026-11-02T08:00:00");
    const std::string mine = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }, "
                             "{ exercise = \"pelvic-tilts\" }, { exercise = \"bird-dog\" }]\n";
    sandbox.write(".config/stretch/routines/mine.toml", mine);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-03T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    std::string edited = mine;
    edited.replace(edited.find("bird-dog"), 8, "spine-stretch");
    sandbox.write(".config/stretch/routines/mine.toml", edited);
    sandbox.env["STRETCH_NOW"] = "2026-11-03T21:00:00";
    const std::string sheet = sandbox.run({"plan", "tomorrow"}).out;
    CHECK_THAT(sheet, Contains("Spine Stretch") && !Contains("Bird Dog"));
    // Today was done by the old version and stays so.
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'mine' ORDER BY effective") ==
          "2000-01-01\n2026-11-04\n");

    sandbox.env["STRETCH_NOW"] = "2026-11-05T08:00:00";
    const auto logged = sandbox.run({"log", "bridge", "pelvic", "spine", "--date", "yesterday"});
    REQUIRE(logged.exit_code == 0);
    CHECK_THAT(logged.out, !Contains("left"));
    CHECK_THAT(sandbox.run({"plan", "2026-11-04"}).out, Contains("Spine Stretch") && !Contains("Bird Dog"));
    const auto report =
        nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-02", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "complete");  // the old version, kept
    CHECK(report["days"][2]["status"] == "complete");  // the sheet's
    CHECK(report["consistency"]["current_streak"] == 3);
}

TEST_CASE("a change shown for tomorrow and then put back leaves tomorrow as the files say", "[e2e][record]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    const std::string mine =
        "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n";
    sandbox.write(".config/stretch/routines/mine.toml", mine);
    sandbox.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    std::string more = mine;
    more.insert(more.rfind("]\n"), ", { exercise = \"pelvic-tilts\" }");
    sandbox.write(".config/stretch/routines/mine.toml", more);
    sandbox.env["STRETCH_NOW"] = "2026-11-20T21:00:00";
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out, Contains("Pelvic Tilts"));
    sandbox.write(".config/stretch/routines/mine.toml", mine);  // thought better of it
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out, !Contains("Pelvic Tilts"));
    CHECK(sandbox.sql("SELECT effective FROM routine_versions WHERE routine = 'mine'") == "2000-01-01\n");

    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
    REQUIRE(sandbox.run({"log", "--all", "--date", "yesterday"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"plan", "2026-11-21"}).out, !Contains("Pelvic Tilts"));
    const auto report =
        nlohmann::json::parse(sandbox.run({"report", "--since", "2026-11-20", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "complete");
    CHECK(report["days"][1]["planned"] == 2);
}
