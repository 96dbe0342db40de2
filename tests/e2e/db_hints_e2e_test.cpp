// End-to-end: with --db, every command that the reading commands (plan,
// status, remind, report) and the error messages name carries the same
// --db, so that one followed word for word reaches that log, never the
// usual one. The writing commands' own hints are in records_e2e_test.cpp.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Result;
using stretch::testing::Sandbox;

namespace {

size_t count_of(const std::string& text, const std::string& part) {
    size_t count = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

/// The commands in `text` that name stretch without `named` ("stretch --db
/// '...'"): each "stretch " that begins one, as code (`, <code>), a JSON
/// string, a command on a line of its own, or after "instead: ".
size_t unnamed_commands(const std::string& text, const std::string& named) {
    size_t count = 0;
    for (const std::string opening : {"`", "<code>", "\"", "\n    ", "instead: "})
        count += count_of(text, opening + "stretch ") - count_of(text, opening + named);
    return count;
}

}  // namespace

TEST_CASE("with --db, the commands that reading commands and errors name carry that --db", "[e2e][records]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "spine-stretch"}).exit_code == 0);  // the usual log, to keep as it is
    const std::string other = (sandbox.home() / "other logs" / "trial.db").string();
    const std::string named = "stretch --db '" + other + "'";
    const auto with_db = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", other});
        return sandbox.run(args);
    };
    const auto check_named = [&](const Result& result, const std::string& expected) {
        std::string text = result.out + result.err;
        for (size_t at = text.find("&#39;"); at != std::string::npos; at = text.find("&#39;", at))
            text.replace(at, 5, "'");  // HTML's quote
        INFO(text);
        CHECK_THAT(text, Contains(expected));
        CHECK(unnamed_commands(text, named) == 0);
    };

    // Nothing logged there yet: the report asks for a score, the week sheet names a day's plan.
    REQUIRE(with_db({"log", "bridge"}).exit_code == 0);
    check_named(with_db({"report", "--week"}), "`" + named + " pain SCORE`");
    check_named(with_db({"plan", "--week"}), "`" + named + " plan DAY`");
    check_named(with_db({"plan", "--week", "--format", "html"}), "<code>" + named + " log</code>");
    check_named(with_db({"edit", "abcd1234", "--reps", "3"}), "`" + named + " history --all`");
    check_named(with_db({"log", "bridge", "bridge"}), "`" + named + " log bridge`");
    // A reminder fits 80 columns: this --db is too long for it, so it names no command rather than a wrong one.
    const Result reminded = with_db({"remind"});
    CHECK_THAT(reminded.out, Contains("stretches left today"));
    CHECK(reminded.out.size() <= 81);
    CHECK(unnamed_commands(reminded.out, named) == 0);

    // A pause: every format of the plan says how to resume it.
    REQUIRE(with_db({"pause", "bird-dog"}).exit_code == 0);
    check_named(with_db({"plan"}), "`" + named + " resume bird-dog`");
    check_named(with_db({"plan", "--format", "markdown"}), "`" + named + " resume bird-dog`");
    check_named(with_db({"plan", "--format", "html"}), "<code>" + named + " resume bird-dog</code>");

    // Severe pain today: each reading command asks for rest with the same --db.
    REQUIRE(with_db({"pain", "8"}).exit_code == 0);
    for (const std::vector<std::string>& reading :
         {std::vector<std::string>{"plan"}, {"plan", "--format", "markdown"}, {"plan", "--format", "json"},
          {"plan", "--week"}, {"status"}, {"status", "--json"}, {"remind"}, {"report", "--week"},
          {"report", "--week", "--format", "json"}, {"report", "--week", "--format", "markdown"},
          {"report", "--week", "--format", "html"}}) {
        INFO(reading.front() + " " + (reading.size() > 1 ? reading.back() : ""));
        const std::string rest = reading.front() == "plan" && reading.back() == "--week"
                                     ? named + " plan --week --routine gentle"  // a sheet kept all week
                                     : named + " skip";
        check_named(with_db(reading), rest);
    }
    // Followed as printed, the rest reaches that log, and the usual one is as it was.
    const Result status = with_db({"status", "--json"});
    const std::string rest = nlohmann::json::parse(status.out)["rest_suggested"]["command"];
    const Result rested = Sandbox::finish(
        sandbox.start({"sh", "-c", "\"$0\"" + rest.substr(std::string("stretch").size()), STRETCH_BINARY}));
    REQUIRE(rested.exit_code == 0);
    check_named(with_db({"plan"}), "`" + named + " unskip 2026-11-22`");
    CHECK(sandbox.sql("SELECT count(*) FROM skips") == "0\n");
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");
    CHECK(sandbox.sql("SELECT count(*) FROM entries") == "1\n");
    const Result complete = with_db({"undo"});  // the skip back, then the whole day done
    REQUIRE(complete.exit_code == 0);
    REQUIRE(with_db({"log", "--all", "-q"}).exit_code == 0);
    check_named(with_db({"skip"}), named + " skip tomorrow");
}

TEST_CASE("with --db, a backup given to import is answered with an export and import of that --db",
          "[e2e][records]") {
    Sandbox sandbox;
    const std::string other = (sandbox.home() / "other logs" / "trial.db").string();
    const std::string backup = (sandbox.home() / "backup.db").string();
    REQUIRE(sandbox.run({"--db", other, "log", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"--db", other, "backup", backup}).exit_code == 0);
    const Result refused = sandbox.run({"--db", other, "import", backup});
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("| stretch --db '" + other + "' import -`"));
}
