// End-to-end: moving the record. export and import round trips and merges,
// backup, the JSON format version, and the migration of a log written by the
// previous release. Reading import files (refusals, spreadsheets, streaming)
// is import_e2e_test.cpp; how two machines' routine versions merge is
// exchange_versions_e2e_test.cpp.

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

    CHECK(sandbox.sql("PRAGMA user_version") == "11\n");
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
