// Colour and Unicode only on a terminal, never with NO_COLOR or --no-color:
// run_app takes "is stdout a terminal" as a value, so this is testable here.

#include <catch2/catch.hpp>

#include <sstream>

#include "cli/app.h"
#include "render/style.h"

using namespace stretch;

namespace {

struct Output {
    int exit_code;
    std::string out;
};

Output run(const std::vector<std::string>& args, bool terminal, std::map<std::string, std::string> extra = {}) {
    Environment env;
    env.variables = {{"HOME", "/nonexistent-home-for-colour-test"}, {"STRETCH_NOW", "2026-11-22T08:00"},
                     {"LANG", "en_GB.UTF-8"}, {"TERM", "xterm-256color"}};
    env.variables["STRETCH_DB"] = "/nonexistent-home-for-colour-test/stretch.db";
    for (auto& [name, value] : extra) env.variables[name] = value;
    std::ostringstream out, err;
    const int code = run_app(args, env, out, err, terminal);
    return {code, out.str()};
}

bool coloured(const std::string& text) { return text.find("\x1b[") != std::string::npos; }

}  // namespace

TEST_CASE("the plan is coloured on a terminal and plain everywhere else", "[colour]") {
    CHECK(coloured(run({"plan"}, true).out));
    CHECK_FALSE(coloured(run({"plan"}, false).out));
    CHECK_FALSE(coloured(run({"plan"}, true, {{"NO_COLOR", "1"}}).out));
    CHECK_FALSE(coloured(run({"--no-color", "plan"}, true).out));
    CHECK_FALSE(coloured(run({"plan", "--no-color"}, true).out));
    CHECK(coloured(run({"plan"}, true, {{"NO_COLOR", ""}}).out));  // empty means unset, as the convention says
}

TEST_CASE("the report's calendar uses Unicode and colour on a terminal, ASCII otherwise", "[colour]") {
    const auto rich = run({"report"}, true);
    REQUIRE(rich.exit_code == 0);
    CHECK(coloured(rich.out));
    // An empty log: Monday to Saturday come before it began, Sunday (today) is pending.
    const std::string blank_days(6 * 3, ' ');
    CHECK(rich.out.find("  16 Nov  " + blank_days + " \xe2\x97\x8b\n") != std::string::npos);  // "○"
    const auto plain = run({"report"}, false);
    CHECK_FALSE(coloured(plain.out));
    CHECK(plain.out.find("  16 Nov  " + blank_days + " o\n") != std::string::npos);
    for (unsigned char c : plain.out) CHECK(c < 0x80);
}

TEST_CASE("the --color option chooses, TERM=dumb is plain, and glyphs need a UTF-8 locale", "[colour]") {
    CHECK(coloured(run({"--color=always", "plan"}, false).out));
    CHECK(coloured(run({"--color", "always", "plan"}, false, {{"NO_COLOR", "1"}}).out));
    CHECK_FALSE(coloured(run({"--color=never", "plan"}, true).out));
    CHECK_FALSE(coloured(run({"--color=always", "--no-color", "plan"}, true).out));
    CHECK_FALSE(coloured(run({"plan"}, true, {{"TERM", "dumb"}}).out));
    CHECK(run({"--color=sometimes", "plan"}, true).exit_code == 64);

    // In the C locale colour stays, but the calendar keeps to ASCII.
    for (const auto& locale : std::vector<std::map<std::string, std::string>>{
             {{"LANG", ""}}, {{"LANG", "C"}}, {{"LC_ALL", "C"}, {"LANG", "en_GB.UTF-8"}}}) {
        const auto c_locale = run({"--color=always", "report"}, false, locale);
        CHECK(coloured(c_locale.out));
        for (unsigned char c : c_locale.out) CHECK(c < 0x80);
    }
    CHECK(run({"--color=always", "report"}, false, {{"LC_CTYPE", "C.UTF-8"}, {"LANG", "C"}}).out.find("\xe2\x97\x8b") !=
          std::string::npos);
}

TEST_CASE("colour is reset at the end of every line, so none runs on past one", "[colour]") {
    const Style style{true, true};
    CHECK(style.yellow("rest today;\nstretch skip\n") == "\x1b[33mrest today;\x1b[0m\n\x1b[33mstretch skip\x1b[0m\n");
    CHECK(style.yellow("a\n\nb") == "\x1b[33ma\x1b[0m\n\n\x1b[33mb\x1b[0m");
    CHECK(Style{false, true}.yellow("a\n") == "a\n");
    // A whole plan with its yellow advice block: rest_e2e_test.cpp.
}
