// End-to-end: how the command line answers mistakes, help and version.

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::Sandbox;

TEST_CASE("an unknown subcommand is a usage error with a suggestion", "[e2e][usage]") {
    Sandbox sandbox;
    const auto typo = sandbox.run({"plna"});
    CHECK(typo.exit_code == 64);
    CHECK(typo.out.empty());
    CHECK(typo.err == "stretch: error: 'plna' is not a stretch command; did you mean 'plan'?\n");
    const auto unknown = sandbox.run({"frobnicate"});
    CHECK(unknown.exit_code == 64);
    CHECK_THAT(unknown.err, Contains("stretch --help"));
    // Asking for a mistyped command's help is the same mistake, not a success.
    for (const std::vector<std::string>& args : {std::vector<std::string>{"plna", "--help"}, {"--help", "plna"}}) {
        const auto help = sandbox.run(args);
        CHECK(help.exit_code == 64);
        CHECK(help.out.empty());
        CHECK(help.err == typo.err);
    }
    // An abbreviation is still a command.
    const auto abbreviated = sandbox.run({"pl", "--help"});
    CHECK(abbreviated.exit_code == 0);
    CHECK_THAT(abbreviated.out, Contains("Print the stretches planned for a day"));
}

TEST_CASE("an unknown option is a usage error that points at help", "[e2e][usage]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"plan", "--bogus"});
    CHECK(result.exit_code == 64);
    CHECK_THAT(result.err, StartsWith("stretch: error: "));
    CHECK_THAT(result.err, Contains("--bogus"));
    CHECK_THAT(result.err, Contains("stretch plan --help"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
}

TEST_CASE("a bad option value is a usage error", "[e2e][usage]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"plan", "--format", "xml"});
    CHECK(result.exit_code == 64);
    CHECK_THAT(result.err, Contains("--format"));
    // A missing argument is named as one thing to give ("ids is required" read badly).
    const auto missing = sandbox.run({"delete"});
    CHECK(missing.exit_code == 64);
    CHECK(missing.err == "stretch: error: id is required; run 'stretch delete --help' for usage\n");
}

TEST_CASE("an option given twice or without its value is said in plain words, and changes nothing", "[e2e][usage]") {
    Sandbox sandbox;
    const auto twice = sandbox.run({"log", "bridge", "--pain", "3", "--pain", "4"});
    CHECK(twice.exit_code == 64);
    CHECK(twice.err == "stretch: error: --pain can be given only once (it was given 2 times); "
                       "run 'stretch log --help' for usage\n");
    const auto no_reps = sandbox.run({"log", "hip", "--reps"});
    CHECK(no_reps.exit_code == 64);
    CHECK_THAT(no_reps.err, Contains("error: --reps needs a whole number after it;"));
    CHECK_THAT(sandbox.run({"log", "bridge", "--side"}).err, Contains("error: --side needs left, right or both after it;"));
    CHECK_THAT(sandbox.run({"skip", "--until"}).err, Contains("error: --until needs a value after it;"));
    CHECK_THAT(sandbox.run({"--color"}).err, Contains("error: --color needs auto, always or never after it;"));
    // A value that is not one of the choices, or one given to a flag, as a bad number is said.
    CHECK(sandbox.run({"log", "bridge", "--side", "up"}).err ==
          "stretch: error: --side: must be left, right or both, not 'up'; run 'stretch log --help' for usage\n");
    CHECK_THAT(sandbox.run({"status", "--json=x"}).err, Contains("error: --json: takes no value, not 'x';"));
    CHECK_THAT(sandbox.run({"log", "bridge", "--side", "\x1b[31m"}).err, Contains("not '^[[31m'"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
}

TEST_CASE("help works on every command and --version prints the version", "[e2e][usage]") {
    Sandbox sandbox;
    for (const char* command : {"plan", "list", "show", "check"}) {
        const auto help = sandbox.run({command, "--help"});
        INFO(command);
        CHECK(help.exit_code == 0);
        CHECK_THAT(help.out, Contains("Usage"));
    }
    const auto top = sandbox.run({"--help"});
    CHECK(top.exit_code == 0);
    CHECK_THAT(top.out, Contains("plan"));
    const auto version = sandbox.run({"--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.out, StartsWith("stretch "));
}

TEST_CASE("stretch help COMMAND prints what COMMAND --help prints, and an unknown one is refused", "[e2e][usage]") {
    Sandbox sandbox;
    const auto top = sandbox.run({"help"});
    CHECK(top.exit_code == 0);
    CHECK(top.out == sandbox.run({"--help"}).out);
    CHECK_THAT(top.out, Contains("\n  help "));
    for (const char* command : {"plan", "log", "report", "backup", "help"}) {
        INFO(command);
        const auto help = sandbox.run({"help", command});
        CHECK(help.exit_code == 0);
        CHECK(help.out == sandbox.run({command, "--help"}).out);
    }
    CHECK(sandbox.run({"--db", "elsewhere.db", "help", "pl"}).out == sandbox.run({"plan", "--help"}).out);
    const auto typo = sandbox.run({"help", "plna"});
    CHECK(typo.exit_code == 64);
    CHECK(typo.out.empty());
    CHECK(typo.err == "stretch: error: 'plna' is not a stretch command; did you mean 'plan'?\n");
    // Only a command is asked about: not an option, even after `--`.
    for (const char* word : {"-x", "--db"}) {
        const auto option = sandbox.run({"help", "--", word});
        CHECK(option.exit_code == 64);
        CHECK(option.err == "stretch: error: '" + std::string(word) +
                                "' is not a stretch command; run 'stretch --help' to see the commands\n");
    }
    // "h" was history before there was a help, and stays so, here too; a
    // word nearer help than any command is told help.
    CHECK(sandbox.run({"h"}).exit_code == 0);
    for (const char* word : {"he", "hlep"}) {
        const auto near_help = sandbox.run({word});
        CHECK(near_help.exit_code == 64);
        CHECK(near_help.err ==
              "stretch: error: '" + std::string(word) + "' is not a stretch command; did you mean 'help'?\n");
    }
    // Not as a help topic: `stretch help help` is no answer to `stretch help he`.
    CHECK(sandbox.run({"help", "he"}).err.find("'help'") == std::string::npos);
    CHECK(sandbox.run({"help", "h"}).out == sandbox.run({"history", "--help"}).out);
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
}

TEST_CASE("a bad STRETCH_NOW is a usage error, but help still works", "[e2e][usage]") {
    for (const char* now : {"not-a-date", "2026-11-22T25:00", "2026-11-22T08:00junk", "2026-11-22 08:00"}) {
        Sandbox sandbox(now);
        INFO(now);
        const auto result = sandbox.run({"plan"});
        CHECK(result.exit_code == 64);
        CHECK_THAT(result.err, Contains("STRETCH_NOW"));
        CHECK(sandbox.run({"plan", "--help"}).exit_code == 0);
    }
}

TEST_CASE("STRETCH_NOW takes a date, or a date and time with or without seconds", "[e2e][usage]") {
    for (const char* now : {"2026-11-22", "2026-11-22T07:30", "2026-11-22T07:30:15"}) {
        Sandbox sandbox(now);
        INFO(now);
        CHECK_THAT(sandbox.run({"plan"}).out, Contains("Sunday 22 November 2026"));
    }
}

TEST_CASE("a clock or an --until far in the future is a usage error, not an overflow", "[e2e][usage]") {
    Sandbox sandbox("9999-12-31");
    const auto now = sandbox.run({"log", "bridge"});
    CHECK(now.exit_code == 64);
    CHECK_THAT(now.err, Contains("STRETCH_NOW=9999-12-31 is outside the days stretch keeps"));
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
    sandbox.env["STRETCH_NOW"] = "2026-11-23";
    const auto until = sandbox.run({"report", "--since", "2026-01-01", "--until", "9999-12-31"});
    CHECK(until.exit_code == 64);
    CHECK(until.out.empty());
}

TEST_CASE("an empty value is an error, never taken as 'not given'", "[e2e][usage]") {
    Sandbox sandbox;
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"report", "--since", ""}, {"report", "--since", "monday", "--until", ""},
          {"--db", "", "log", "bridge"}, {"--routines", "", "plan"}, {"plan", "-r", ""}, {"skip", "--until", ""},
          {"check", ""}}) {
        const auto result = sandbox.run(args);
        INFO(args.front() << " " << args.at(1));
        CHECK(result.exit_code == 64);
        CHECK_THAT(result.err, Contains("must not be empty"));
    }
    for (const char* variable : {"STRETCH_DB", "STRETCH_ROUTINES", "STRETCH_CONFIG", "STRETCH_NOW"}) {
        Sandbox empty;
        empty.env[variable] = "";
        const auto result = empty.run({"log", "bridge"});
        INFO(variable);
        CHECK(result.exit_code == 64);
        CHECK(result.err == std::string("stretch: error: ") + variable + " is set but empty; unset it, or give it a value\n");
        CHECK_FALSE(std::filesystem::exists(empty.database()));
    }
}

TEST_CASE("control characters in notes never reach the terminal raw", "[e2e][usage]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--note", "ok\x1b[2J\x1b]0;pwned\x07 then\ttab"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "hip", "--reason", "c1 \xc2\x9b" "31m red"}).exit_code == 0);
    const auto history = sandbox.run({"history"}).out;
    CHECK(history.find('\x1b') == std::string::npos);
    CHECK(history.find('\x07') == std::string::npos);
    CHECK_THAT(history, Contains("ok^[[2J^[]0;pwned^G then tab"));
    const auto plan = sandbox.run({"plan", "tomorrow"}).out;
    CHECK_THAT(plan, Contains("(c1 <U+009B>31m red)"));
    CHECK(plan.find("\xc2\x9b") == std::string::npos);
    // JSON keeps the note exactly as given.
    CHECK_THAT(sandbox.run({"history", "--format", "json"}).out, Contains("ok\\u001b[2J"));
}

TEST_CASE("control characters in what an error or warning quotes never reach the terminal raw", "[e2e][usage]") {
    // Ids from routine files, file names and arguments were quoted as they were.
    Sandbox sandbox;
    const auto is_safe = [](const std::string& err) {
        return err.find('\x1b') == std::string::npos && std::count(err.begin(), err.end(), '\n') == 1;
    };
    sandbox.write(sandbox.user_routines() / "a.toml", "[exercise.\"\\u001b[31mx\"]\nname = \"X\"\n");
    const auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 65);
    CHECK_THAT(check.err, Contains("exercise.^[[31mx"));
    CHECK(is_safe(check.err));
    const auto warned = sandbox.run({"pain", "2"});
    CHECK(warned.exit_code == 0);
    CHECK_THAT(warned.err, Contains("stretch: warning:") && Contains("^[[31mx"));
    CHECK(is_safe(warned.err));
    std::filesystem::remove(sandbox.user_routines() / "a.toml");
    sandbox.write(sandbox.user_routines() / "\x1b[32mev\n.toml", "x");
    const auto named = sandbox.run({"check"});
    CHECK_THAT(named.err, Contains("^[[32mev .toml"));
    CHECK(is_safe(named.err));
    std::filesystem::remove(sandbox.user_routines() / "\x1b[32mev\n.toml");
    for (const std::vector<std::string>& args : {std::vector<std::string>{"plan", "\x1b[31mX"},
                                                 {"import", "/tmp/\x1b[31mX"},
                                                 {"--bogus\x1b[31m"}}) {
        const auto result = sandbox.run(args);
        CHECK(result.exit_code != 0);
        CHECK_THAT(result.err, Contains("^[[31m"));
        CHECK(is_safe(result.err));
    }
}

TEST_CASE("every help screen fits 80 columns and names the global options", "[e2e][usage]") {
    Sandbox sandbox;
    const auto top = sandbox.run({"--help"});
    std::vector<std::string> commands;
    for (size_t at = top.out.find("Subcommands:"); (at = top.out.find("\n  ", at)) != std::string::npos;) {
        at += 3;
        commands.push_back(top.out.substr(at, top.out.find(' ', at) - at));
    }
    REQUIRE(commands.size() >= 15);
    commands.push_back("");
    for (const auto& command : commands) {
        const auto help = command.empty() ? top : sandbox.run({command, "--help"});
        INFO(command);
        CHECK(help.exit_code == 0);
        for (size_t start = 0, end; (end = help.out.find('\n', start)) != std::string::npos; start = end + 1) {
            INFO(help.out.substr(start, end - start));
            CHECK(end - start <= 80);
        }
        if (!command.empty()) CHECK_THAT(help.out, Contains("-q/--quiet"));
    }
}

TEST_CASE("usage errors: options suggested, arguments in the order typed, command prefixes", "[e2e][usage]") {
    Sandbox sandbox;
    CHECK(sandbox.run({"plan", "--fromat", "json"}).err ==
          "stretch: error: unknown option '--fromat'; did you mean '--format'?\n");
    CHECK(sandbox.run({"plan", "tomorrow", "extra", "words"}).err ==
          "stretch: error: unexpected arguments: extra words; run 'stretch plan --help' for usage\n");
    // What CLI11 made of an argument (the -z of -qz) comes last, not first.
    CHECK(sandbox.run({"plan", "aa", "bb", "-qz", "cc"}).err ==
          "stretch: error: unexpected arguments: bb cc -z; run 'stretch plan --help' for usage\n");
    // Thousands of them are said in one short line, at once (100,000 took four minutes).
    std::vector<std::string> many = {"plan", "tomorrow"};
    for (int i = 1; i <= 20000; ++i) many.push_back(std::to_string(i).insert(0, 1, 'w'));  // not "w" + ...: g++ 12's -Wrestrict
    CHECK(sandbox.run(many).err == "stretch: error: unexpected arguments: w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 ... "
                                   "(20000 in all); run 'stretch plan --help' for usage\n");
    // A unique prefix runs the command; an ambiguous one names the candidates.
    const auto hist = sandbox.run({"hist", "--format", "json"});
    CHECK(hist.exit_code == 0);
    CHECK(hist.out == "{\n  \"format_version\": 1,\n  \"entries\": []\n}\n");
    const auto s = sandbox.run({"s"});
    CHECK(s.exit_code == 64);
    CHECK_THAT(s.err, Contains("'s' could be skip or status or show"));
    CHECK(sandbox.run({"histroy"}).err == "stretch: error: 'histroy' is not a stretch command; did you mean 'history'?\n");
    // `--` would make the command an argument: an error, not the help with exit 0.
    const auto dashes = sandbox.run({"--", "plan"});
    CHECK(dashes.exit_code == 64);
    CHECK(dashes.out.empty());
    // -q silences check too.
    const auto quiet = sandbox.run({"-q", "check"});
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
}
