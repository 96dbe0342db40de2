// End-to-end: recording stretches and pain, undoing, and reading the history.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::Sandbox;

TEST_CASE("log by id, name and prefix records one row each", "[e2e][log]") {
    Sandbox sandbox;
    const auto by_id = sandbox.run({"log", "bridge", "--reps", "10"});
    REQUIRE(by_id.exit_code == 0);
    CHECK(by_id.out == "bridge: 10 reps logged.\n9 of 10 stretches left today (about 14 min).\n");
    CHECK(sandbox.run({"log", "Bird Dog"}).exit_code == 0);
    CHECK(sandbox.run({"log", "pelv"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT exercise, routine, day, kind FROM entries ORDER BY id") ==
          "bridge|lower-back|2026-11-22|stretch\n"
          "bird-dog|lower-back|2026-11-22|stretch\n"
          "pelvic-tilts|lower-back|2026-11-22|stretch\n");
}

TEST_CASE("omitted options take the planned dose", "[e2e][log]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"log", "hip-stretch"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, StartsWith("hip-stretch: 2 reps, hold 20 s, both sides logged."));
    CHECK(sandbox.sql("SELECT reps, hold_seconds, side, pain, note FROM entries") == "2|20|both||\n");
}

TEST_CASE("a routine's dose override is the planned dose", "[e2e][log]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/short.toml",
                  "[routine]\nname = \"Short\"\nsteps = [{ exercise = \"bridge\", reps = 15 }]\n");
    REQUIRE(sandbox.run({"log", "bridge", "--routine", "short"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT reps, routine FROM entries") == "15|short\n");
}

TEST_CASE("given options are stored as given", "[e2e][log]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"log", "leg", "--reps", "3", "--hold", "25", "--side", "left", "--pain", "2",
                                     "--note", "tight, \"but\" fine"});
    REQUIRE(result.exit_code == 0);
    CHECK(sandbox.sql("SELECT exercise, reps, hold_seconds, side, pain, note FROM entries") ==
          "leg-stretch|3|25|left|2|tight, \"but\" fine\n");
}

TEST_CASE("log --all logs every stretch not yet logged, in one go", "[e2e][log]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "12"}).exit_code == 0);
    const auto all = sandbox.run({"log", "--all"});
    REQUIRE(all.exit_code == 0);
    CHECK_THAT(all.out, Contains("All 10 stretches done today."));
    CHECK(all.out.find("bridge:") == std::string::npos);
    CHECK(sandbox.sql("SELECT count(*), count(DISTINCT exercise) FROM entries") == "10|10\n");
    const auto again = sandbox.run({"log", "--all"});
    CHECK(again.exit_code == 0);
    CHECK_THAT(again.out, Contains("Nothing left to log"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "10\n");
}

TEST_CASE("several exercises log together", "[e2e][log]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"log", "bridge", "bird", "spine", "--pain", "1"});
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("7 of 10 stretches left today"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE pain = 1") == "3\n");
}

TEST_CASE("log --date records an earlier day", "[e2e][log]") {
    Sandbox sandbox;  // Sunday 2026-11-22
    REQUIRE(sandbox.run({"log", "bridge", "--date", "yesterday"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--date", "fri"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-11-01"}).exit_code == 0);
    const auto today = sandbox.run({"log", "bridge", "--date", "sunday"});
    CHECK_THAT(today.out, Contains("left today"));
    CHECK(sandbox.sql("SELECT day FROM entries ORDER BY id") == "2026-11-21\n2026-11-20\n2026-11-01\n2026-11-22\n");
}

TEST_CASE("bad log input writes nothing and exits 64", "[e2e][log]") {
    const std::vector<std::vector<std::string>> bad = {
        {"log", "bridge", "--pain", "11"},  {"log", "bridge", "--pain", "-1"},
        {"log", "bridge", "--pain", "abc"}, {"log", "bridge", "--reps", "0"},
        {"log", "bridge", "--reps", "-3"},  {"log", "bridge", "--reps", "1000000"},
        {"log", "bridge", "--date", "tomorrow"}, {"log", "bridge", "--date", "2027-01-01"},
        {"log", "brigde"},                  {"log"},
        {"log", "bridge", "--side", "middle"}, {"log", "--all", "bridge"},
        {"log", "bridge", "zzz"},           {"pain", "11"},
        {"pain", "-1"},                     {"pain", "3", "--date", "tomorrow"},
        {"log", "bridge", "Bridge"},
    };
    for (const auto& args : bad) {
        Sandbox sandbox;
        const auto result = sandbox.run(args);
        INFO(args.back());
        CHECK(result.exit_code == 64);
        CHECK_THAT(result.err, StartsWith("stretch: error: "));
        CHECK(result.out.empty());
        CHECK_FALSE(std::filesystem::exists(sandbox.database()));
    }
}

TEST_CASE("a bad number says what is allowed", "[e2e][log]") {
    Sandbox sandbox;
    CHECK(sandbox.run({"log", "bridge", "--pain", "abc"}).err ==
          "stretch: error: --pain: must be a whole number from 0 to 10, not 'abc'; run 'stretch log --help' for usage\n");
    CHECK_THAT(sandbox.run({"log", "bridge", "--reps", "2.5"}).err, Contains("from 1 to 1000, not '2.5'"));
}

TEST_CASE("a number with leading zeros is read in decimal, never as octal", "[e2e][log]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "010", "--pain", "08"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "09"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT kind, reps, pain FROM entries ORDER BY id") == "stretch|10|8\npain||9\n");
    REQUIRE(sandbox.run({"log", "bird-dog", "--pain", "010"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT pain FROM entries WHERE exercise = 'bird-dog'") == "10\n");
}

TEST_CASE("a typo gets did-you-mean and leaves an existing log unchanged", "[e2e][log]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    const auto result = sandbox.run({"log", "spine", "brigde"});
    CHECK(result.exit_code == 64);
    CHECK_THAT(result.err, Contains("did you mean 'bridge'?"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
}

TEST_CASE("pain records a stand-alone score", "[e2e][pain]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"pain", "4", "--note", "after work"});
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == "Pain 4/10 recorded for today.\n");
    REQUIRE(sandbox.run({"pain", "0", "--date", "2026-11-20"}).exit_code == 0);
    CHECK(sandbox.sql("SELECT kind, exercise IS NULL, pain, note, day FROM entries ORDER BY id") ==
          "pain|1|4|after work|2026-11-22\npain|1|0||2026-11-20\n");
}

TEST_CASE("undo reverts the newest command and says what it took back", "[e2e][undo]") {
    Sandbox sandbox;
    const auto empty = sandbox.run({"undo"});
    CHECK(empty.exit_code == 0);
    CHECK_THAT(empty.out, Contains("Nothing to undo"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));

    REQUIRE(sandbox.run({"log", "bridge", "--reps", "9"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-22T09:00:00";
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
    const auto undo = sandbox.run({"undo"});
    CHECK(undo.exit_code == 0);
    CHECK(undo.out == "Undid \"stretch pain 3\" from 2026-11-22 09:00 UTC:\n  removed pain 3/10 on 2026-11-22\n");
    CHECK(sandbox.sql("SELECT exercise, reps FROM entries") == "bridge|9\n");
    CHECK_THAT(sandbox.run({"undo"}).out, Contains("removed bridge: 9 reps on 2026-11-22"));
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "0\n");

    // A long command wraps within 80 columns, as `undo --list` wraps it.
    REQUIRE(sandbox.run({"log", "bird-dog", "--reps", "10", "--note", "felt a twinge on the left side, eased off"})
                .exit_code == 0);
    CHECK(sandbox.run({"undo"}).out ==
          "Undid \"stretch log bird-dog --reps 10 --note 'felt a twinge on the left side,\n"
          "      eased off'\" from 2026-11-22 09:00 UTC:\n"
          "  removed bird-dog: 10 reps, hold 5 s, both sides on 2026-11-22\n");
    REQUIRE(sandbox.run({"pain", "1"}).exit_code == 0);
    const auto quiet = sandbox.run({"undo", "--quiet"});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "0\n");
}

TEST_CASE("history lists entries newest last in text, JSON and CSV", "[e2e][history]") {
    Sandbox sandbox;
    const auto nothing = sandbox.run({"history"});
    CHECK(nothing.exit_code == 0);
    CHECK(nothing.out == "No entries in this range.\n");
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));

    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10", "--date", "2026-11-20", "--note", "a, b"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "5", "--date", "2026-11-21"}).exit_code == 0);

    const auto text = sandbox.run({"history"});
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out, Contains("2026-11-20"));
    CHECK(text.out.find("bridge") < text.out.find("5/10"));

    const auto document = nlohmann::json::parse(sandbox.run({"history", "--format", "json"}).out);
    CHECK(document["format_version"] == 1);
    const auto json = document["entries"];
    REQUIRE(json.size() == 2);
    CHECK(json[0]["kind"] == "stretch");
    CHECK(json[0]["exercise"] == "bridge");
    CHECK(json[0]["reps"] == 10);
    CHECK(json[0]["day"] == "2026-11-20");
    CHECK(json[0]["note"] == "a, b");
    CHECK(json[0]["logged_at"] == "2026-11-22T08:00:00Z");
    CHECK(json[0]["id"].get<std::string>().size() == 36);
    CHECK(json[1]["kind"] == "pain");
    CHECK(json[1]["pain"] == 5);
    CHECK(json[1]["exercise"].is_null());

    const auto csv = sandbox.run({"history", "--format", "csv"}).out;
    CHECK_THAT(csv, StartsWith("id,logged_at,day,kind,exercise,routine,reps,hold_seconds,side,pain,note\r\n"));
    CHECK_THAT(csv, Contains(",2026-11-20,stretch,bridge,lower-back,10,,,,\"a, b\"\r\n"));
    CHECK_THAT(csv, Contains(",2026-11-21,pain,,,,,,5,\r\n"));
}

TEST_CASE("history takes a range", "[e2e][history]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-09-01"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-11-15"}).exit_code == 0);
    auto count = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"history", "--format", "json"});
        return nlohmann::json::parse(sandbox.run(args).out)["entries"].size();
    };
    CHECK(count({}) == 1);  // the last 30 days
    CHECK(count({"--all"}) == 2);
    CHECK(count({"--week"}) == 0);
    CHECK(count({"--last-week"}) == 1);
    CHECK(count({"--since", "2026-09-01", "--until", "2026-09-01"}) == 1);
    CHECK(count({"--year"}) == 2);
    CHECK(sandbox.run({"history", "--week", "--month"}).exit_code == 64);
}

TEST_CASE("a note that is not UTF-8 is refused, a multi-line one stays one line of history", "[e2e][log]") {
    Sandbox sandbox;
    const auto bad = sandbox.run({"log", "bridge", "--note", "bad \xff\xfe bytes"});
    CHECK(bad.exit_code == 64);
    CHECK_THAT(bad.err, Contains("not valid UTF-8"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
    CHECK(sandbox.run({"pain", "3", "--note", "\xc3\x28"}).exit_code == 64);

    REQUIRE(sandbox.run({"log", "bridge", "--note", "first line\nsecond line, caf\xc3\xa9"}).exit_code == 0);
    const auto text = sandbox.run({"history"}).out;
    // The entry's line, then its note's, the note's own line break a space.
    CHECK(std::count(text.begin(), text.end(), '\n') == 2);
    CHECK_THAT(text, Contains("\"first line second line, caf\xc3\xa9\"\n"));
    const auto json = nlohmann::json::parse(sandbox.run({"history", "--format", "json"}).out)["entries"];
    CHECK(json[0]["note"] == "first line\nsecond line, caf\xc3\xa9");
}

TEST_CASE("days before 2000 are refused as typos", "[e2e][log]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"log", "bridge", "--date", "0026-11-20"});
    CHECK(result.exit_code == 64);
    CHECK_THAT(result.err, Contains("is outside the days stretch keeps (2000-01-01 to 2199-12-31)"));
    CHECK(sandbox.run({"pain", "2", "--date", "1999-12-31"}).exit_code == 64);
    CHECK(sandbox.run({"history", "--since", "1999-01-01"}).exit_code == 64);
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
}

TEST_CASE("a --since after today says so, and --until makes a future range", "[e2e][history]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"history", "--since", "tomorrow"});
    CHECK(result.exit_code == 64);
    CHECK_THAT(result.err, Contains("is after today"));
    CHECK_THAT(result.err, Contains("--until"));
    CHECK(sandbox.run({"report", "--since", "2026-11-20", "--until", "2026-11-30"}).exit_code == 0);
}

TEST_CASE("log speaks of a past day in the past tense, and wraps at 80 columns", "[e2e][log]") {
    Sandbox sandbox;  // Sunday 22 November 2026
    REQUIRE(sandbox.run({"skip", "2026-11-23", "--reason", "flu"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    CHECK_THAT(sandbox.run({"log", "bridge", "--date", "2026-11-23"}).out,
               Contains("\nNothing was due on Monday 23 November 2026: it was skipped (flu).\n"));
    sandbox.env["STRETCH_NOW"] = "2026-11-23T08:00:00";
    CHECK_THAT(sandbox.run({"log", "bridge", "--date", "2026-11-23"}).out,
               Contains("\nNothing is due today: it is skipped (flu).\n"));
    // A routine the log records only from today had no plan yesterday.
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nid = \"mine\"\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(sandbox.run({"pain", "2"}).exit_code == 0);
    const auto before = sandbox.run({"log", "--all", "-r", "mine", "--date", "2026-11-22"});
    CHECK(before.exit_code == 0);
    CHECK(before.out == "Nothing left to log. Nothing was planned on Sunday 22 November 2026: the log\n"
                        "records this routine only from a later day.\n");
}

TEST_CASE("log checks sides and holds, says when more than planned, and when again", "[e2e][safety]") {
    Sandbox sandbox;
    const auto side = sandbox.run({"log", "bridge", "--side", "left"});
    CHECK(side.exit_code == 64);
    CHECK_THAT(side.err, Contains("bridge is done with both sides at once, so --side does not apply"));
    const auto hold = sandbox.run({"log", "pelvic", "--hold", "10"});
    CHECK(hold.exit_code == 64);
    CHECK_THAT(hold.err, Contains("pelvic-tilts has no hold, so --hold does not apply"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));

    const auto more = sandbox.run({"log", "bridge", "--reps", "20"});
    REQUIRE(more.exit_code == 0);
    CHECK_THAT(more.out, Contains("bridge: 20 reps logged."));
    CHECK_THAT(more.out, Contains("That is more than the plan asks (8-12 reps)."));
    CHECK_THAT(sandbox.run({"log", "hip", "--hold", "45", "--side", "left"}).out,
               Contains("more than the plan asks (a hold of 20-30 s)"));
    const auto again = sandbox.run({"log", "bridge"});
    CHECK_THAT(again.out, Contains("bridge: 8 reps logged again today."));
    CHECK(again.out.find("more than") == std::string::npos);
    CHECK(sandbox.sql("SELECT count(*) FROM entries WHERE exercise = 'bridge'") == "2\n");
}

TEST_CASE("an edit past the top of the range says what log says of it", "[e2e][records]") {
    Sandbox sandbox("2026-11-22T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "hip"}).exit_code == 0);
    const std::string bridge = sandbox.sql("SELECT uuid FROM entries WHERE exercise = 'bridge'").substr(0, 8);
    const std::string hip = sandbox.sql("SELECT uuid FROM entries WHERE exercise = 'hip-stretch'").substr(0, 8);
    const auto more = sandbox.run({"edit", bridge, "--reps", "15"});
    CHECK(more.exit_code == 0);
    CHECK_THAT(more.out, Contains("That is more than the plan asks (8-12 reps). More is not better here"));
    const auto held = sandbox.run({"edit", hip, "--hold", "45"});
    CHECK_THAT(held.out, Contains("That is more than the plan asks (a hold of 20-30 s)"));
    // Within the range, or lower, nothing more is said.
    CHECK(sandbox.run({"edit", bridge, "--reps", "12"}).out.find("more than the plan") == std::string::npos);
    CHECK(sandbox.run({"edit", hip, "--note", "easy"}).out.find("more than the plan") == std::string::npos);
}

TEST_CASE("an edit weighs the amount against the routine the entry was logged in", "[e2e][records]") {
    Sandbox sandbox("2026-11-22T08:00:00");
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\nsteps = [{ exercise = \"bridge\", reps = 5 }]\n");
    REQUIRE(sandbox.run({"log", "bridge", "--routine", "mine", "--reps", "5"}).exit_code == 0);
    const std::string bridge = sandbox.sql("SELECT uuid FROM entries WHERE exercise = 'bridge'").substr(0, 8);
    // 9 is within the default routine's 8-12, but past what "mine" asks.
    const auto more = sandbox.run({"edit", bridge, "--reps", "9"});
    CHECK(more.exit_code == 0);
    CHECK_THAT(more.out, Contains("That is more than the plan asks (5 reps)"));
    // Raised, but within the range of its own routine: nothing more is said.
    REQUIRE(sandbox.run({"log", "pelvic-tilts", "--reps", "8"}).exit_code == 0);
    const std::string tilts = sandbox.sql("SELECT uuid FROM entries WHERE exercise = 'pelvic-tilts'").substr(0, 8);
    const auto within = sandbox.run({"edit", tilts, "--reps", "12"});
    CHECK_THAT(within.out, Contains("reps 8"));
    CHECK(within.out.find("more than the plan") == std::string::npos);
}
