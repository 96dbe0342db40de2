// End-to-end: correcting the record. delete and edit by id, and undo of
// whole commands from the journal.

#include <algorithm>
#include <filesystem>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/entries.h"
#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using Catch::Matchers::EndsWith;
using stretch::testing::newest_id;
using stretch::testing::Sandbox;

TEST_CASE("delete and edit find entries by the id history prints or any unique prefix", "[e2e][records]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "8"}).exit_code == 0);
    const std::string id = newest_id(sandbox);

    const auto edit = sandbox.run({"edit", id.substr(0, 5), "--reps", "10", "--note", "felt good"});
    CHECK(edit.exit_code == 0);
    CHECK(edit.out == "Changed bridge on 2026-11-22 (id " + id + "):\n  reps 8 -> 10\n  note none -> \"felt good\"\n");
    CHECK(sandbox.sql("SELECT reps, note, changed_at FROM entries") == "10|felt good|2026-11-22T08:00:00Z\n");

    const auto same = sandbox.run({"edit", id, "--reps", "10"});
    CHECK(same.exit_code == 0);
    CHECK_THAT(same.out, StartsWith("Nothing to change"));

    const auto cleared = sandbox.run({"edit", id, "--note", ""});
    CHECK(cleared.out == "Changed bridge on 2026-11-22 (id " + id + "): note \"felt good\" -> none.\n");

    const auto removed = sandbox.run({"delete", id});
    CHECK(removed.exit_code == 0);
    CHECK(removed.out == "Deleted bridge: 10 reps on 2026-11-22 (id " + id + ").\n");
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "0\n");
}

TEST_CASE("a bad, unknown or ambiguous id is a usage error that changes nothing", "[e2e][records]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    // Make two entries whose ids share a prefix.
    REQUIRE(sandbox.run({"log", "spine"}).exit_code == 0);
    sandbox.sql("UPDATE entries SET uuid = 'abcd' || substr(uuid, 5)");
    const std::string before = sandbox.sql("SELECT * FROM entries");

    const auto ambiguous = sandbox.run({"delete", "abcd"});
    CHECK(ambiguous.exit_code == 64);
    CHECK_THAT(ambiguous.err, Contains("the id 'abcd' matches 2 entries"));
    const auto unknown = sandbox.run({"delete", "ffff0000"});
    CHECK(unknown.exit_code == 64);
    CHECK_THAT(unknown.err, Contains("no entry has the id 'ffff0000'"));
    const auto short_id = sandbox.run({"edit", "ab", "--reps", "3"});
    CHECK(short_id.exit_code == 64);
    CHECK_THAT(short_id.err, Contains("'ab' is not an entry id"));
    // One bad id among good ones deletes nothing.
    const std::string good = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries LIMIT 1").substr(0, 8);
    const auto mixed = sandbox.run({"delete", good, "ffff0000"});
    CHECK(mixed.exit_code == 64);
    CHECK(sandbox.sql("SELECT * FROM entries") == before);
}

TEST_CASE("edit makes the checks log makes, and pain in the stop zone pauses the stretch", "[e2e][records]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const std::string bridge = newest_id(sandbox);
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
    const std::string pain = newest_id(sandbox);
    const std::string before = sandbox.sql("SELECT * FROM entries");

    CHECK(sandbox.run({"edit", bridge, "--side", "left"}).exit_code == 64);
    CHECK(sandbox.run({"edit", bridge, "--hold", "5"}).exit_code == 64);
    CHECK(sandbox.run({"edit", bridge, "--reps", "0"}).exit_code == 64);
    CHECK(sandbox.run({"edit", bridge, "--pain", "11"}).exit_code == 64);
    CHECK(sandbox.run({"edit", bridge, "--date", "tomorrow"}).exit_code == 64);
    CHECK(sandbox.run({"edit", pain, "--reps", "3"}).exit_code == 64);
    CHECK(sandbox.run({"edit", pain}).err ==
          "stretch: error: say what to change; give --reps, --hold, --side, --pain, --note or --date\n");
    CHECK(sandbox.sql("SELECT * FROM entries") == before);

    const auto hurt = sandbox.run({"edit", bridge, "--pain", "7"});
    CHECK(hurt.exit_code == 0);
    CHECK_THAT(hurt.out, Contains("pain none -> 7"));
    CHECK_THAT(hurt.out, Contains("bridge is paused from tomorrow"));
    CHECK(sandbox.sql("SELECT exercise, first_day FROM pauses") == "bridge|2026-11-23\n");
    // The log now starts a day earlier, which a slip of the year would make a year.
    CHECK(sandbox.run({"edit", pain, "--date", "yesterday"}).out ==
          "Changed pain score on 2026-11-22 (id " + pain + "): day 2026-11-22 -> 2026-11-21.\n"
          "  Your log now starts on Saturday 21 November 2026, 1 day before it did: reports\n"
          "  count the days from then. If that date is a slip, `stretch undo` takes it\n"
          "  back.\n");

    // A lower score does not lift the pause behind the user's back, but says it stays, and how to lift it.
    const auto lowered = sandbox.run({"edit", bridge, "--pain", "1"});
    CHECK(lowered.out == "Changed bridge on 2026-11-22 (id " + bridge +
                             "): pain 7 -> 1.\n  bridge stays paused; if it should not be, run `stretch resume "
                             "bridge`.\n");
    CHECK(sandbox.sql("SELECT exercise, first_day FROM pauses") == "bridge|2026-11-23\n");
    // Not for a pause the score never explained: one made by hand, a score moved within the fine zone.
    REQUIRE(sandbox.run({"log", "hip"}).exit_code == 0);
    const std::string hip = newest_id(sandbox);
    REQUIRE(sandbox.run({"pause", "hip"}).exit_code == 0);
    CHECK(sandbox.run({"edit", hip, "--pain", "2"}).out.find("stays paused") == std::string::npos);
    // A change that says nothing more ends with its one line.
    CHECK(sandbox.run({"edit", bridge, "--reps", "3"}).out ==
          "Changed bridge on 2026-11-22 (id " + bridge + "): reps 8 -> 3.\n");
}

TEST_CASE("undo reverts whole commands: log --all, delete, edit, pause, skip, import", "[e2e][records][undo]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "10\n");
    const auto listed = sandbox.run({"undo", "--list"});
    CHECK(listed.out == "The next undo reverts the first of these (newest first):\n"
                        "  1. 2026-11-22 08:00 UTC  stretch log --all\n"
                        "     10 entries added\n");
    const auto undo_all = sandbox.run({"undo"});
    CHECK_THAT(undo_all.out, StartsWith("Undid \"stretch log --all\" from 2026-11-22 08:00 UTC:\n"));
    CHECK_THAT(undo_all.out, Contains("removed lower-stomach-stretch"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "0\n");

    REQUIRE(sandbox.run({"log", "bridge", "--reps", "9", "--note", "ok"}).exit_code == 0);
    const std::string id = newest_id(sandbox);
    const std::string logged = sandbox.sql("SELECT * FROM entries");
    REQUIRE(sandbox.run({"delete", id}).exit_code == 0);
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("restored bridge: 9 reps on 2026-11-22"));
    CHECK(sandbox.sql("SELECT * FROM entries") == logged);

    REQUIRE(sandbox.run({"edit", id, "--reps", "12", "--pain", "2"}).exit_code == 0);
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT * FROM entries") == logged);
    // An edit of the note alone says what the note was: "put back bridge (it had become bridge)" said nothing.
    REQUIRE(sandbox.run({"edit", id, "--note", "felt fine"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("put back the note \"ok\" on bridge: 9 reps on 2026-11-22 (it had "
                                                   "become \"felt\n    fine\")"));
    CHECK(sandbox.sql("SELECT * FROM entries") == logged);

    REQUIRE(sandbox.run({"pause", "spine"}).exit_code == 0);
    REQUIRE(sandbox.run({"skip", "tomorrow", "--until", "2026-11-25"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("2026-11-25 is no longer skipped"));
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("spine-stretch is no longer paused"));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");

    Sandbox other("2026-11-20T08:00:00");
    REQUIRE(other.run({"log", "--all"}).exit_code == 0);
    const auto file = sandbox.write("other.json", other.run({"export"}).out);
    REQUIRE(sandbox.run({"import", file.string()}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "11\n");
    CHECK_THAT(sandbox.run({"undo"}).out, StartsWith("Undid \"stretch import "));
    CHECK(sandbox.sql("SELECT * FROM entries") == logged);
    // The first log: the journal goes back no further, and says so.
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "0\n");
    CHECK_THAT(sandbox.run({"undo"}).out, StartsWith("Nothing to undo"));
}

TEST_CASE("undo lists the first ten changes, then counts the rest", "[e2e][records][undo]") {
    Sandbox sandbox;
    std::string csv = "day,exercise,reps\n";
    for (int day = 1; day <= 11; ++day) csv += "2026-11-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + ",bridge,8\n";
    REQUIRE(sandbox.run({"import", sandbox.write("eleven.csv", csv).string()}).exit_code == 0);
    const auto undone = sandbox.run({"undo"}).out;
    CHECK_THAT(undone, Contains("  removed bridge: 8 reps on 2026-11-10\n  and 1 more change\n"));
    // Then one sentence for the days the log no longer holds (judged_days.h).
    // (The heading names the import's file, and wraps as long as its path.)
    const std::string body = undone.substr(undone.find(" UTC:\n") + 6);
    CHECK(std::count(body.begin(), body.end(), '\n') == 13);
    CHECK_THAT(undone, EndsWith("  and 1 more change\nThe days from Sunday 1 November 2026 to Saturday 21 November "
                                "2026 are now before\nthe first day of your log, and no longer counted.\n"));
    csv += "2026-11-12,bridge,8\n";
    REQUIRE(sandbox.run({"import", sandbox.write("twelve.csv", csv).string()}).exit_code == 0);
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("\n  and 2 more changes\n"));
}

TEST_CASE("undo will not turn past rest days or paused days into missed ones", "[e2e][records][undo]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-21T08:00:00";
    REQUIRE(sandbox.run({"skip", "--reason", "rest"}).exit_code == 0);
    // The same day, the skip can still be taken back.
    CHECK(sandbox.run({"undo"}).exit_code == 0);
    REQUIRE(sandbox.run({"skip", "--reason", "rest"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
    const auto refused = sandbox.run({"undo"});
    CHECK(refused.exit_code == 64);
    CHECK_THAT(refused.err, Contains("would change days that have passed (2026-11-21 was skipped)"));
    CHECK_THAT(refused.err, Contains("; past days keep the plan they had; `pause`, `resume`, `skip` and `unskip` "
                                     "change today and later days, and `edit` and `delete` correct an entry\n"));
    CHECK(sandbox.sql("SELECT day FROM skips") == "2026-11-21\n");
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--days", "3", "--format", "json"}).out);
    CHECK(report["days"][1]["status"] == "skipped");
    // The list says so before anyone tries, and what that leaves out of reach.
    const auto list = sandbox.run({"undo", "--list"}).out;
    CHECK_THAT(list, Contains("1 skipped day added\n     cannot be undone: 2026-11-21 was skipped, and past"));
    CHECK_THAT(list, Contains("10 entries added\n     out of reach: a command above cannot be undone\n"));
}

TEST_CASE("undo will not turn past missed or due days into rested ones either", "[e2e][records][undo]") {
    // Undoing an unskip once its day had passed skipped that day again: a
    // missed day became a rested one, exit 0.
    Sandbox sandbox("2026-11-27T08:00:00");
    REQUIRE(sandbox.run({"skip", "2026-11-30"}).exit_code == 0);
    REQUIRE(sandbox.run({"unskip", "2026-11-30"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-12-01T08:00:00";
    const auto unskip = sandbox.run({"undo"});
    CHECK(unskip.exit_code == 64);
    CHECK_THAT(unskip.err, Contains("would change days that have passed (2026-11-30 was no longer skipped)"));
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");

    // A pause set for a later day and taken back the same day: putting it
    // back once that day has passed would pause days that were due.
    Sandbox paused("2026-11-20T08:00:00");
    REQUIRE(paused.run({"pause", "bridge"}).exit_code == 0);
    REQUIRE(paused.run({"resume", "bridge"}).exit_code == 0);
    REQUIRE(paused.sql("SELECT count(*) FROM pauses") == "0\n");  // a pause that never started is removed
    paused.env["STRETCH_NOW"] = "2026-11-23T08:00:00";
    const auto resume = paused.run({"undo"});
    CHECK(resume.exit_code == 64);
    CHECK_THAT(resume.err, Contains("bridge's pause from 2026-11-2"));
    CHECK_THAT(resume.err, Contains("was taken back"));
    CHECK(paused.sql("SELECT count(*) FROM pauses") == "0\n");
    // The same day, both are still undone.
    REQUIRE(paused.run({"skip", "2026-11-25"}).exit_code == 0);
    REQUIRE(paused.run({"unskip", "2026-11-25"}).exit_code == 0);
    CHECK(paused.run({"undo"}).exit_code == 0);
    CHECK(paused.sql("SELECT day FROM skips") == "2026-11-25\n");
}

TEST_CASE("undo of a past stop-zone pause is refused whatever the note says", "[e2e][records][undo]") {
    // The journal knows which command ran; a note mentioning import is just a note.
    Sandbox sandbox("2026-11-20T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "7", "--note", "after the import job"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
    const auto refused = sandbox.run({"undo"});
    CHECK(refused.exit_code == 64);
    CHECK_THAT(refused.err, Contains("bridge was paused from 2026-11-21"));
    CHECK_THAT(refused.err, Contains("`edit` and `delete` correct an entry"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    // Deleting the entry instead keeps the pause its pain made, and says so.
    const std::string id = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries");
    const auto deleted = sandbox.run({"delete", id.substr(0, 8)});
    CHECK(deleted.exit_code == 0);
    CHECK_THAT(deleted.out, Contains("  bridge stays paused; if it should not be, run `stretch resume bridge`.\n"));
    CHECK(sandbox.sql("SELECT exercise, first_day FROM pauses WHERE resumed_on IS NULL") == "bridge|2026-11-21\n");
    // An entry whose pain paused nothing is deleted without a word about pauses.
    REQUIRE(sandbox.run({"log", "spine", "--pain", "2"}).exit_code == 0);
    const std::string spine = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries");
    CHECK_THAT(sandbox.run({"delete", spine.substr(0, 8)}).out, !Contains("paused"));
}

TEST_CASE("undo takes back the command, never what the routine files said that day", "[e2e][records][undo]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    sandbox.write(".config/stretch/routines/lower-back.toml",
                  "[routine]\nname = \"Lower back relief\"\nsteps = [{ exercise = \"bridge\" }]\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-23T08:00:00";
    REQUIRE(sandbox.run({"log", "spine"}).exit_code == 0);
    const std::string versions = sandbox.sql("SELECT routine, effective FROM routine_versions ORDER BY id");
    CHECK_THAT(versions, Contains("lower-back|2026-11-23"));
    const auto undo = sandbox.run({"undo"});
    CHECK(undo.out == "Undid \"stretch log spine\" from 2026-11-23 08:00 UTC:\n"
                      "  removed spine-stretch: 6 reps, both sides on 2026-11-23\n");
    CHECK(sandbox.sql("SELECT routine, effective FROM routine_versions ORDER BY id") == versions);
}

TEST_CASE("deleting several entries is one command, and one undo brings them all back", "[e2e][records][undo]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "spine", "hip"}).exit_code == 0);
    const auto ids = sandbox.sql("SELECT substr(uuid, 1, 8) FROM entries ORDER BY id");
    const std::string first = ids.substr(0, 8), second = ids.substr(9, 8);
    const auto removed = sandbox.run({"delete", first, second, first});
    CHECK(removed.exit_code == 0);
    CHECK_THAT(removed.out, Contains("`stretch undo` brings both back."));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "3\n");
}

TEST_CASE("undo tells when a command ran in local time", "[e2e][records][undo]") {
    Sandbox sandbox("2026-11-30T23:30:00");
    sandbox.env["TZ"] = "ABC+5";  // five hours behind UTC, a POSIX rule that needs no tzdata
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"undo", "--list"}).out, Contains("1. 2026-11-30 23:30 ABC  stretch log bridge"));
    sandbox.env["TZ"] = "UTC";
    CHECK_THAT(sandbox.run({"undo", "--list"}).out, Contains("1. 2026-12-01 04:30 UTC  stretch log bridge"));
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("Undid \"stretch log bridge\" from 2026-12-01 04:30 UTC:"));
}

TEST_CASE("a date that moves the log's start earlier is said, so that a slip of the year is caught", "[e2e][records]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "--all", "--quiet"}).exit_code == 0);
    // Meant 2026: a year of days would count in every report from now on.
    const auto slip = sandbox.run({"log", "bridge", "--date", "2025-11-21"});
    CHECK(slip.exit_code == 0);
    CHECK_THAT(slip.out, Contains("Your log now starts on Friday 21 November 2025, 366 days before it did: reports\n"
                                  "count the days from then. If that date is a slip, `stretch undo` takes it back."));
    CHECK_THAT(sandbox.run({"report", "--days", "30"}).out, Contains("missed 29"));
    REQUIRE(sandbox.run({"undo"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"report", "--days", "30"}).out, Contains("missed 0"));
    // A day within the log says nothing of the kind, nor does the first entry of all.
    CHECK(sandbox.run({"log", "bridge", "--date", "2026-11-22"}).out.find("now starts") == std::string::npos);
    // A pain score counts as a day of use too.
    CHECK_THAT(sandbox.run({"pain", "3", "--date", "2026-11-01"}).out,
               Contains("Your log now starts on Sunday 1 November 2026, 21 days before it did"));
    Sandbox fresh;
    CHECK(fresh.run({"log", "bridge", "--date", "2026-11-01"}).out.find("now starts") == std::string::npos);
}

namespace {

/// The command in the last pair of backticks of `text`, run with sh as
/// printed, with the stretch under test for its first word.
stretch::testing::Result run_as_printed(const Sandbox& sandbox, const std::string& text) {
    const size_t close = text.rfind('`');
    const size_t open = text.rfind('`', close - 1);
    REQUIRE(open != std::string::npos);
    std::string command = text.substr(open + 1, close - open - 1);
    REQUIRE_THAT(command, StartsWith("stretch "));
    command.replace(0, std::string("stretch").size(), "\"$0\"");
    return Sandbox::finish(sandbox.start({"sh", "-c", command, STRETCH_BINARY}));
}

}  // namespace

TEST_CASE("a change to a log named with --db names undo with that --db, and the undo works as printed",
          "[e2e][records]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);  // the usual log's own entry, to keep
    const std::string other = (sandbox.home() / "other logs" / "trial.db").string();
    const std::string named = "stretch --db '" + other + "' undo";

    const auto csv = sandbox.write("history.csv", "day,kind,exercise,routine,reps,pain\n"
                                                  "2026-11-20,stretch,bridge,lower-back,8,\n"
                                                  "2026-11-21,stretch,bridge,lower-back,9,\n");
    const auto imported = sandbox.run({"--db", other, "import", csv.string()});
    REQUIRE(imported.exit_code == 0);
    CHECK_THAT(imported.out, EndsWith("`" + named + "` takes this import back.\n"));
    REQUIRE(run_as_printed(sandbox, imported.out).exit_code == 0);
    CHECK(nlohmann::json::parse(sandbox.run({"--db", other, "history", "--all", "--format", "json"}).out)["entries"]
              .empty());
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");  // the usual log kept its entry

    // A date that moves that log's start back, and a delete of two.
    REQUIRE(sandbox.run({"--db", other, "log", "spine-stretch"}).exit_code == 0);
    const auto earlier = sandbox.run({"--db", other, "log", "bridge", "--date", "2026-10-01"});
    REQUIRE(earlier.exit_code == 0);
    CHECK_THAT(earlier.out, Contains("`" + named + "`") && Contains("takes it"));
    const auto json = nlohmann::json::parse(sandbox.run({"--db", other, "history", "--all", "--format", "json"}).out);
    REQUIRE(json["entries"].size() == 2);
    const auto removed = sandbox.run({"--db", other, "delete", json["entries"][0]["id"].get<std::string>(),
                                      json["entries"][1]["id"].get<std::string>()});
    REQUIRE(removed.exit_code == 0);
    CHECK_THAT(removed.out, Contains("`" + named + "`") && Contains("brings both back."));
    REQUIRE(run_as_printed(sandbox, removed.out).exit_code == 0);
    CHECK(nlohmann::json::parse(sandbox.run({"--db", other, "history", "--all", "--format", "json"}).out)["entries"]
              .size() == 2);
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    // A pause names its resume the same way, and a pain that pauses too.
    const auto paused = sandbox.run({"--db", other, "pause", "bird-dog"});
    REQUIRE(paused.exit_code == 0);
    CHECK_THAT(paused.out, Contains("`stretch --db '" + other + "' resume bird-dog`"));
    const auto resumed = run_as_printed(sandbox, paused.out);
    CHECK(resumed.exit_code == 0);
    CHECK_THAT(resumed.out, Contains("bird-dog"));
    const auto hurt = sandbox.run({"--db", other, "log", "spine-stretch", "--pain", "8"});
    REQUIRE(hurt.exit_code == 0);
    CHECK_THAT(hurt.out + hurt.err, Contains("`stretch --db '" + other + "' resume spine-stretch`") &&
                                        Contains("`stretch --db '" + other + "' skip`"));
    // An edit to a pain that pauses, and a skip, too.
    REQUIRE(sandbox.run({"--db", other, "log", "bird-dog"}).exit_code == 0);
    const auto logged = nlohmann::json::parse(sandbox.run({"--db", other, "history", "--format", "json"}).out);
    const auto edited =
        sandbox.run({"--db", other, "edit", logged["entries"].back()["id"].get<std::string>(), "--pain", "9"});
    REQUIRE(edited.exit_code == 0);
    CHECK_THAT(edited.out, Contains("`stretch --db '" + other + "' resume bird-dog`") &&
                               Contains("`stretch --db '" + other + "' skip`"));
    const auto skipped = sandbox.run({"--db", other, "skip", "tomorrow"});
    REQUIRE(skipped.exit_code == 0);
    CHECK_THAT(skipped.out, EndsWith("To take it back: stretch --db '" + other + "' unskip 2026-11-23\n"));
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");  // the usual log has none
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");

    // Without --db, the hint is the plain command.
    const auto plain = sandbox.run({"log", "bridge", "--date", "2026-10-01"});
    CHECK_THAT(plain.out, Contains("`stretch undo` takes it back."));
}
