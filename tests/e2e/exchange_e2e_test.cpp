// End-to-end: moving the record. export and import round trips and merges,
// backup, the JSON format version, and the migration of a log written by the
// previous release. Reading import files (refusals, spreadsheets, streaming)
// is import_e2e_test.cpp.

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/entries.h"
#include "support/histories.h"
#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::newest_id;
using stretch::testing::read_file;
using stretch::testing::Sandbox;
using stretch::testing::busy_week;

namespace {

std::string all_history(const Sandbox& sandbox, const std::string& db = "") {
    std::vector<std::string> args = {"history", "--all", "--format", "json"};
    if (!db.empty()) args.insert(args.begin(), {"--db", db});
    const auto result = sandbox.run(args);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

/// An export's records, without the moment it was made.
nlohmann::json records_of(const std::string& export_json) {
    auto json = nlohmann::json::parse(export_json);
    json.erase("exported_at");
    return json;
}

}  // namespace

TEST_CASE("export then import into an empty log gives the same history, and twice adds nothing",
          "[e2e][records][export]") {
    Sandbox sandbox;
    busy_week(sandbox);
    for (const char* format : {"json", "csv"}) {
        INFO(format);
        const auto exported = sandbox.run({"export", "--format", format});
        REQUIRE(exported.exit_code == 0);
        const auto file = sandbox.write(std::string("export.") + format, exported.out);
        const std::string copy = (sandbox.home() / (std::string("copy-") + format + ".db")).string();
        const auto first = sandbox.run({"--db", copy, "import", file.string()});
        CHECK(first.exit_code == 0);
        CHECK_THAT(first.out, Contains("0 conflicts"));
        CHECK(all_history(sandbox, copy) == all_history(sandbox));
        const auto again = sandbox.run({"--db", copy, "import", file.string()});
        CHECK_THAT(again.out, Contains(": 0 records added,"));
        CHECK(records_of(sandbox.run({"--db", copy, "export"}).out) == records_of(sandbox.run({"export"}).out));
        // The copy judges the past as the original does.
        CHECK(sandbox.run({"--db", copy, "report", "--last-week", "--format", "json"}).out ==
              sandbox.run({"report", "--last-week", "--format", "json"}).out);
    }
}

TEST_CASE("two logs merge to their union, and a conflict keeps the side changed last", "[e2e][records][import]") {
    Sandbox desktop("2026-11-20T08:00:00");
    REQUIRE(desktop.run({"log", "bridge"}).exit_code == 0);
    const auto shared = desktop.write("shared.json", desktop.run({"export"}).out);
    Sandbox laptop("2026-11-21T08:00:00");
    REQUIRE(laptop.run({"import", shared.string()}).exit_code == 0);
    const std::string id = newest_id(laptop);
    // Both go on: each logs its own, and each edits the shared entry, the laptop later.
    REQUIRE(desktop.run({"log", "spine"}).exit_code == 0);
    REQUIRE(desktop.run({"edit", id, "--reps", "9"}).exit_code == 0);
    REQUIRE(laptop.run({"log", "hip"}).exit_code == 0);
    REQUIRE(laptop.run({"edit", id, "--reps", "11"}).exit_code == 0);

    const auto from_laptop = desktop.write("laptop.json", laptop.run({"export"}).out);
    const auto merged = desktop.run({"import", from_laptop.string()});
    CHECK(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("1 record added"));
    CHECK_THAT(merged.out, Contains("1 conflict."));
    CHECK_THAT(merged.out, Contains("conflict: entry " + id + " (bridge on 2026-11-20): kept the imported version"));
    CHECK(desktop.sql("SELECT exercise, reps FROM entries ORDER BY exercise") ==
          "bridge|11\nhip-stretch|2\nspine-stretch|6\n");

    const auto from_desktop = laptop.write("desktop.json", desktop.run({"export"}).out);
    const auto back = laptop.run({"import", from_desktop.string()});
    CHECK_THAT(back.out, Contains("1 record added"));
    CHECK_THAT(back.out, Contains("0 conflicts"));
    CHECK(laptop.sql("SELECT uuid, reps, changed_at FROM entries ORDER BY uuid") ==
          desktop.sql("SELECT uuid, reps, changed_at FROM entries ORDER BY uuid"));
}

TEST_CASE("two machines that skipped the same day end up with the same skip", "[e2e][records][import]") {
    Sandbox desktop("2026-11-20T08:00:00");
    Sandbox laptop("2026-11-20T09:00:00");
    REQUIRE(desktop.run({"skip", "tomorrow", "--reason", "dentist"}).exit_code == 0);
    REQUIRE(laptop.run({"skip", "tomorrow", "--reason", "travel"}).exit_code == 0);
    const auto from_laptop = desktop.write("laptop.json", laptop.run({"export"}).out);
    const auto from_desktop = laptop.write("desktop.json", desktop.run({"export"}).out);

    // The reasons differ: a conflict, which the later skip wins on both sides.
    const auto merged = desktop.run({"import", from_laptop.string()});
    CHECK_THAT(merged.out, Contains("1 conflict."));
    CHECK_THAT(merged.out, Contains("conflict: skip of 2026-11-21: kept the imported version"));
    const auto back = laptop.run({"import", from_desktop.string()});
    CHECK_THAT(back.out, Contains("conflict: skip of 2026-11-21: kept this log's version"));
    CHECK(desktop.sql("SELECT uuid, day, reason FROM skips") == laptop.sql("SELECT uuid, day, reason FROM skips"));
    CHECK(desktop.sql("SELECT reason FROM skips") == "travel\n");

    // The same reason: only the ids differ, which is no conflict, and the
    // logs still agree afterwards.
    REQUIRE(desktop.run({"skip", "2026-11-23"}).exit_code == 0);
    REQUIRE(laptop.run({"skip", "2026-11-23"}).exit_code == 0);
    const auto quiet = desktop.run({"import", desktop.write("l2.json", laptop.run({"export"}).out).string()});
    CHECK_THAT(quiet.out, Contains("0 conflicts"));
    REQUIRE(laptop.run({"import", laptop.write("d2.json", desktop.run({"export"}).out).string()}).exit_code == 0);
    CHECK(desktop.sql("SELECT uuid, day FROM skips ORDER BY day") == laptop.sql("SELECT uuid, day FROM skips ORDER BY day"));
}

TEST_CASE("an imported routine version from today that this machine's files define otherwise is a conflict",
          "[e2e][records][import]") {
    Sandbox laptop("2026-11-30T09:00:00"), desktop("2026-11-30T09:00:00");
    REQUIRE(laptop.run({"pain", "3"}).exit_code == 0);
    // The laptop's routine becomes mon/wed/fri from today; the desktop's stays daily.
    laptop.write(".config/stretch/routines/lower-back.toml",
                 "[routine]\nname = \"Lower back relief\"\ndays = [\"mon\", \"wed\", \"fri\"]\n"
                 "steps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(laptop.run({"pain", "2"}).exit_code == 0);
    const auto archive = desktop.write("laptop.json", laptop.run({"export"}).out);
    const auto merged = desktop.run({"import", archive.string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("4 records added, 0 already present, 1 conflict."));
    CHECK_THAT(merged.out, Contains("conflict: routine lower-back from 2026-11-30 (today follows your routine\n"
                                    "    files): kept this log's"));
    // The version in force today is the desktop's daily one, and the laptop's is not in the log.
    CHECK(desktop.sql("SELECT json_array_length(definition, '$.days') FROM routine_versions WHERE routine = "
                      "'lower-back' AND effective <= '2026-11-30' ORDER BY effective DESC LIMIT 1") == "7\n");
    CHECK(desktop.sql("SELECT count(*) FROM routine_versions WHERE json_array_length(definition, '$.days') = 3") ==
          "0\n");
}

TEST_CASE("another log's routine version from today for a routine this machine lacks gives way to its retirement",
          "[e2e][records][import]") {
    Sandbox laptop("2026-11-24T09:00:00"), desktop("2026-11-25T10:00:00");
    laptop.write(".config/stretch/routines/short.toml",
                 "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(laptop.run({"pain", "2"}).exit_code == 0);
    laptop.env["STRETCH_NOW"] = "2026-11-25T09:00:00";
    laptop.write(".config/stretch/routines/short.toml",
                 "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }, { exercise = \"hip-stretch\" }]\n");
    REQUIRE(laptop.run({"pain", "3"}).exit_code == 0);
    const auto merged = desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("0 conflicts"));
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|1\n2026-11-25|0\n");
    // Its days are still there to report, retired from today.
    CHECK_THAT(desktop.run({"report", "--routine", "short"}).out, Contains("Short (short)"));
}

TEST_CASE("a routine only one machine has is retired on the other, and that never reaches back",
          "[e2e][records][import]") {
    Sandbox laptop("2026-11-23T09:00:00"), desktop("2026-11-23T09:00:00");
    laptop.write(".config/stretch/routines/short.toml",
                 "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    for (const char* day : {"2026-11-23", "2026-11-24", "2026-11-25"}) {
        laptop.env["STRETCH_NOW"] = std::string(day) + "T09:00:00";
        REQUIRE(laptop.run({"log", "bridge", "--routine", "short"}).exit_code == 0);
    }
    // The desktop, without the file, takes the laptop's log on the 25th:
    // short is retired there from the next day, as the 25th was done.
    desktop.env["STRETCH_NOW"] = "2026-11-25T10:00:00";
    const auto laptop_json = desktop.write("laptop.json", laptop.run({"export"}).out);
    REQUIRE(desktop.run({"import", laptop_json.string()}).exit_code == 0);
    CHECK(desktop.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|1\n2026-11-26|0\n");

    // The laptop goes on; the 26th is missed there.
    laptop.env["STRETCH_NOW"] = "2026-11-27T09:00:00";
    REQUIRE(laptop.run({"log", "bridge", "--routine", "short"}).exit_code == 0);
    const std::vector<std::string> report = {"report", "--routine", "short", "--since", "2026-11-23",
                                             "--until", "2026-11-26", "--format", "csv"};
    const std::string before = laptop.run(report).out;
    CHECK_THAT(before, Contains("2026-11-26,thu,missed"));

    // Back on the laptop, the desktop's retirement is kept out: the laptop's
    // days stay as they were judged.
    const auto desktop_json = laptop.write("desktop.json", desktop.run({"export"}).out);
    const auto merged = laptop.run({"import", desktop_json.string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine short from 2026-11-26 (retired in the other log; your\n    routine files define it): kept this log's"));
    CHECK(laptop.sql("SELECT count(*) FROM routine_versions WHERE routine = 'short'") == "1\n");
    CHECK(laptop.run(report).out == before);

    // The desktop's own export taken back into it is all already there, and
    // a log rebuilt from it, which has judged nothing yet, takes the
    // retirement too, even where the file is back; the file then counts
    // again from today.
    CHECK_THAT(desktop.run({"import", desktop.write("own.json", desktop.run({"export"}).out).string()}).out,
               Contains("0 records added, 7 already present, 0 conflicts."));
    Sandbox rebuilt("2026-11-27T09:00:00");
    rebuilt.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(rebuilt.run({"import", rebuilt.write("desktop.json", desktop.run({"export"}).out).string()}).exit_code == 0);
    CHECK(rebuilt.sql("SELECT effective, json_array_length(definition, '$.steps') FROM routine_versions "
                      "WHERE routine = 'short' ORDER BY effective") == "2000-01-01|1\n2026-11-26|0\n2026-11-27|1\n");
}

TEST_CASE("another machine's version of a routine never rewrites the days this log judged", "[e2e][records][import]") {
    const std::string two = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, { exercise = \"bridge\" }]\n";
    const std::string three = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, "
                              "{ exercise = \"bridge\" }, { exercise = \"spine-stretch\" }]\n";
    Sandbox laptop("2026-03-02T08:00:00"), desktop("2026-03-05T09:00:00");
    laptop.write(".config/stretch/routines/mine.toml", two);
    desktop.write(".config/stretch/routines/mine.toml", three);
    for (const char* day : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"}) {
        laptop.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(laptop.run({"log", "--all", "--routine", "mine"}).exit_code == 0);
    }
    // The desktop, whose file has a third stretch, takes the laptop's log and
    // records its own version; the laptop goes on, then takes the desktop's.
    REQUIRE(desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()}).exit_code == 0);
    desktop.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    REQUIRE(desktop.run({"pain", "2"}).exit_code == 0);
    laptop.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    REQUIRE(laptop.run({"log", "--all", "--routine", "mine"}).exit_code == 0);
    laptop.env["STRETCH_NOW"] = "2026-03-07T08:00:00";
    const std::vector<std::string> report = {"report", "--routine", "mine", "--since", "2026-03-02",
                                             "--until", "2026-03-06", "--format", "json"};
    const auto before = nlohmann::json::parse(laptop.run(report).out);
    REQUIRE(before["consistency"]["complete_days"] == 5);

    const auto merged = laptop.run({"import", laptop.write("desktop.json", desktop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine mine from 2026-03-06 (the other log's version; this log\n"
                                    "    judged those days by its own): kept this log's version"));
    const auto after = nlohmann::json::parse(laptop.run(report).out);
    CHECK(after["consistency"] == before["consistency"]);
    CHECK(after["days"][4]["planned"] == 2);
    CHECK(laptop.sql("SELECT count(*) FROM routine_versions WHERE routine = 'mine'") == "1\n");
    // The desktop's pain score came across all the same.
    CHECK(after["days"][4]["pain"] == 2.0);
}

TEST_CASE("another machine's older version of a routine this log took up later stays out", "[e2e][records][import]") {
    const std::string mine = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n";
    Sandbox here("2026-03-01T08:00:00"), there("2026-03-01T08:00:00");
    there.write(".config/stretch/routines/mine.toml", mine);
    REQUIRE(there.run({"pain", "2"}).exit_code == 0);  // "mine" on record there from 2000
    REQUIRE(here.run({"pain", "2"}).exit_code == 0);   // here only the bundled routines
    here.write(".config/stretch/routines/mine.toml", mine);
    here.env["STRETCH_NOW"] = "2026-03-05T08:00:00";
    REQUIRE(here.run({"log", "--all", "--routine", "mine"}).exit_code == 0);  // "mine" from the 5th
    here.env["STRETCH_NOW"] = "2026-03-06T08:00:00";
    const std::vector<std::string> report = {"report", "--routine", "mine", "--since", "2026-03-01",
                                             "--until", "2026-03-05", "--format", "json"};
    const auto before = nlohmann::json::parse(here.run(report).out);
    REQUIRE(before["days"][0]["status"] == "not-started");

    const auto merged = here.run({"import", here.write("there.json", there.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("routine mine from 2000-01-01 (before this log's first version of\n"));
    CHECK(nlohmann::json::parse(here.run(report).out)["consistency"] == before["consistency"]);

    // A version to start after tomorrow is no version stretch writes: refused whole.
    auto file = nlohmann::json::parse(there.run({"export"}).out);
    file["routine_versions"][0]["effective"] = "2026-03-09";
    const auto refused = here.run({"import", here.write("late.json", file.dump()).string()});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("takes effect on 2026-03-09, a day still to come"));
}

TEST_CASE("another machine's change from today never rewrites a today this log had settled", "[e2e][records][import]") {
    const std::string two = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, { exercise = \"bridge\" }]\n";
    const std::string three = "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"pelvic-tilts\" }, "
                              "{ exercise = \"bridge\" }, { exercise = \"spine-stretch\" }]\n";
    Sandbox laptop("2026-03-02T08:00:00"), desktop("2026-03-02T08:00:00");
    for (Sandbox* machine : {&laptop, &desktop}) {
        machine->write(".config/stretch/routines/mine.toml", two);
        machine->write(".config/stretch/config.toml", "routine = \"mine\"\n");
        REQUIRE(machine->run({"pain", "2"}).exit_code == 0);
        machine->env["STRETCH_NOW"] = "2026-03-03T08:00:00";
    }
    // Both files gain a stretch on the 3rd: the desktop's day was done, so
    // there it waits for the 4th; the laptop had done nothing, so from the 3rd.
    REQUIRE(desktop.run({"log", "--all"}).exit_code == 0);
    for (Sandbox* machine : {&laptop, &desktop}) {
        machine->write(".config/stretch/routines/mine.toml", three);
        machine->env["STRETCH_NOW"] = "2026-03-03T19:00:00";
        REQUIRE(machine->run({"pain", "1"}).exit_code == 0);
    }
    const auto merged = desktop.run({"import", desktop.write("laptop.json", laptop.run({"export"}).out).string()});
    REQUIRE(merged.exit_code == 0);
    CHECK_THAT(merged.out, Contains("conflict: routine mine from 2026-03-03 (today keeps the version this log"));
    CHECK(desktop.run({"status", "--quiet"}).exit_code == 0);
    desktop.env["STRETCH_NOW"] = "2026-03-04T08:00:00";
    const auto report = nlohmann::json::parse(desktop.run({"report", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "complete");
}

TEST_CASE("import reads standard input, and a range exports only its days", "[e2e][records][export]") {
    Sandbox sandbox;
    busy_week(sandbox);
    const auto week = nlohmann::json::parse(sandbox.run({"export", "--since", "2026-11-18", "--until", "2026-11-19"}).out);
    CHECK(week["range"]["first"] == "2026-11-18");
    CHECK(week["entries"].size() == 13);  // 10 on the 18th, bridge, leg and the pain score on the 19th
    CHECK(week["skips"].empty());         // the 20th is outside
    CHECK(week["pauses"].size() == 1);    // leg, from the 20th, is outside; bird-dog from the 19th is in
    const auto file = sandbox.write("week.json", week.dump());
    const std::string copy = (sandbox.home() / "copy.db").string();
    const auto piped = Sandbox::finish(
        sandbox.start({"sh", "-c", "\"$0\" --db " + copy + " import - < " + file.string(), STRETCH_BINARY}));
    CHECK(piped.exit_code == 0);
    CHECK_THAT(piped.out, StartsWith("Imported standard input: "));
}

TEST_CASE("backup copies the log consistently while eight writers log", "[e2e][records][backup]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    // Each writer appends the id of an entry to its file once stretch has
    // acknowledged it, so the files list only committed entries.
    const std::string script =
        "for w in 1 2 3 4 5 6 7 8; do (i=0; while [ ! -e stop ]; do i=$((i+1)); "
        "\"$0\" log bridge --note \"w$w-$i\" -q && echo \"w$w-$i\" >> acked-$w; done) & done; "
        // Wait for writes rather than for a time: a sanitizer build on a busy
        // machine may log fewer than one a writer in a second.
        "n=0; while [ $(cat acked-* 2>/dev/null | wc -l) -lt 16 ] && [ $n -lt 600 ]; do sleep 0.05; n=$((n+1)); done; "
        "cat acked-* > before-backup; \"$0\" backup copy.db; echo $? > backup-exit; "
        "touch stop; wait";
    const auto run = Sandbox::finish(sandbox.start({"sh", "-c", script, STRETCH_BINARY}));
    REQUIRE(run.exit_code == 0);
    CHECK(read_file(sandbox.home() / "backup-exit") == "0\n");
    const std::string copy = (sandbox.home() / "copy.db").string();
    CHECK(Sandbox::finish(sandbox.start({"sqlite3", copy, "PRAGMA integrity_check"})).out == "ok\n");
    CHECK((std::filesystem::status(copy).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    const std::string notes = Sandbox::finish(sandbox.start({"sqlite3", copy, "SELECT note FROM entries"})).out;
    std::ifstream acked(sandbox.home() / "before-backup");
    int checked = 0;
    for (std::string note; std::getline(acked, note); ++checked) {
        INFO(note);
        CHECK(notes.find(note + "\n") != std::string::npos);
    }
    CHECK(checked > 8);
    // The copy is a stretch log: it can be read with --db.
    CHECK(sandbox.run({"--db", copy, "history", "--all"}).exit_code == 0);
}

TEST_CASE("backup refuses to overwrite without --force, and needs a log", "[e2e][records][backup]") {
    Sandbox sandbox;
    CHECK(sandbox.run({"backup", "copy.db"}).exit_code == 66);
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const auto target = sandbox.write("copy.db", "precious");
    const auto refused = sandbox.run({"backup", target.string()});
    CHECK(refused.exit_code == 73);
    CHECK_THAT(refused.err, Contains("already exists; add --force to replace it"));
    CHECK(read_file(target) == "precious");
    CHECK(sandbox.run({"backup", target.string(), "--force"}).exit_code == 0);
    CHECK(Sandbox::finish(sandbox.start({"sqlite3", target.string(), "SELECT exercise FROM entries"})).out == "bridge\n");
    CHECK(sandbox.run({"backup", sandbox.database().string(), "--force"}).exit_code == 64);
}

TEST_CASE("every JSON document states its format version, status and show speak JSON", "[e2e][records][json]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const std::vector<std::vector<std::string>> documents = {
        {"plan", "--format", "json"},   {"status", "--format", "json"}, {"status", "--json"},
        {"history", "--format", "json"}, {"report", "--format", "json"}, {"list", "--format", "json"},
        {"show", "bridge", "--format", "json"}, {"export"}};
    for (const auto& args : documents) {
        INFO(args.front());
        const auto result = sandbox.run(args);
        CHECK_THAT(result.out, StartsWith("{\n  \"format_version\": 1,"));
    }
    const auto status = nlohmann::json::parse(sandbox.run({"status", "--format", "json"}).out);
    CHECK(status["complete"] == false);
    const auto show = nlohmann::json::parse(sandbox.run({"show", "leg", "--format", "json"}).out);
    CHECK(show["id"] == "leg-stretch");
    CHECK(show["dose"] == "2 x each leg, hold 20-30 s");
    CHECK_FALSE(show["warning_signs"].empty());
}

TEST_CASE("a log written by the previous release (schema 2) is migrated with everything intact", "[e2e][records]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    sandbox.load_schema_fixture(2);
    const std::string tables[] = {
        "SELECT id, uuid, logged_at, day, kind, exercise, routine, reps, hold_seconds, side, pain, note FROM entries",
        "SELECT id, uuid, exercise, first_day, resumed_on, reason, created_at FROM pauses",
        "SELECT * FROM skips", "SELECT * FROM routine_versions"};
    std::vector<std::string> before;
    for (const auto& query : tables) before.push_back(sandbox.sql(query + std::string(" ORDER BY id")));
    const std::string report = sandbox.run({"report", "--last-week", "--format", "json"}).out;

    CHECK(sandbox.sql("PRAGMA user_version") == "8\n");
    for (size_t i = 0; i < before.size(); ++i) CHECK(sandbox.sql(tables[i] + std::string(" ORDER BY id")) == before[i]);
    CHECK(sandbox.sql("PRAGMA integrity_check") == "ok\n");
    const auto r = nlohmann::json::parse(report);
    CHECK(r["days"][0]["status"] == "complete");
    CHECK(r["days"][4]["status"] == "skipped");
    // Nothing to undo from before the journal; new commands are journalled.
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("stretch delete ID"));
    REQUIRE(sandbox.run({"log", "spine"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("removed spine-stretch"));
    CHECK(sandbox.sql(tables[0] + std::string(" ORDER BY id")) == before[0]);
}

TEST_CASE("backup needs the directory, and a dangling link counts as a file", "[e2e][records][backup]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const auto missing = sandbox.run({"backup", (sandbox.home() / "nodir/b.db").string()});
    CHECK(missing.exit_code == 73);
    CHECK_THAT(missing.err, Contains("there is no directory"));
    const auto link = sandbox.home() / "link.db";
    std::filesystem::create_symlink("/nonexistent/target", link);
    CHECK(sandbox.run({"backup", link.string()}).exit_code == 73);
    CHECK(std::filesystem::is_symlink(link));
    // A directory no file can be made in (even by root) is named as given, not by our temporary name.
    const auto unwritable = sandbox.run({"backup", "/proc/b.db"});
    CHECK(unwritable.exit_code == 73);
    CHECK_THAT(unwritable.err, Contains("cannot create /proc/b.db: "));
    CHECK(unwritable.err.find("partial") == std::string::npos);
}
