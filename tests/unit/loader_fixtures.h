#pragma once
// Shared by the loader error tests: two valid files to break one line at a
// time, and a check of everything a RoutineError reports.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "routines/loader.h"
#include "unit/test_helpers.h"

namespace loader_fixtures {

using namespace stretch;
using Catch::Matchers::Contains;
using Catch::Matchers::Matches;

// A valid exercise file; the tests replace, drop or add one line. Adding puts
// the new line on line 9.
constexpr const char* kBridge = "# test file\n"                        // 1
                                "[exercise.bridge]\n"                  // 2
                                "name = \"Bridge\"\n"                  // 3
                                "position = \"on your back\"\n"        // 4
                                "targets = [\"lower back\"]\n"         // 5
                                "reps = [8, 12]\n"                     // 6
                                "steps = [\"Lift.\", \"Lower.\"]\n"    // 7
                                "breathing = \"Breathe out.\"\n";      // 8

// A valid routine file, the same way; its one step is on line 6.
constexpr const char* kRoutine = "# routine\n"                         // 1
                                 "[routine]\n"                         // 2
                                 "name = \"Evening\"\n"                // 3
                                 "days = \"daily\"\n"                  // 4
                                 "steps = [\n"                         // 5
                                 "  { exercise = \"bridge\" },\n"      // 6
                                 "]\n";                                // 7

/// `base` with the line that sets `key` replaced by `line` (dropped when `line`
/// is empty), or with `line` added at the end when no line sets `key`.
inline std::string with(const char* base, const std::string& key, const std::string& line) {
    std::istringstream in(base);
    std::string out, current;
    bool replaced = false;
    while (std::getline(in, current)) {
        if (current.rfind(key + " =", 0) == 0) {
            replaced = true;
            if (line.empty()) continue;
            current = line;
        }
        out += current + "\n";
    }
    if (!replaced) out += line + "\n";
    return out;
}

inline std::string bridge_with(const std::string& key, const std::string& line) { return with(kBridge, key, line); }
inline std::string routine_with(const std::string& key, const std::string& line) { return with(kRoutine, key, line); }
inline std::string routine_step(const std::string& step) { return with(kRoutine, "  { exercise", step); }

/// A step's keys may be named with the step's index, e.g. routine.steps[1].reps.
inline std::string step_key(const std::string& key_path) {
    const std::string prefix = "routine.steps.";
    if (key_path.rfind(prefix, 0) != 0) return "^$";
    return ".* routine\\.steps\\[1\\]\\." + key_path.substr(prefix.size()) + ": .*";
}

inline RoutineError error_in(const std::string& text, const std::string& path = "mine.toml") {
    return test::thrown<RoutineError>([&] { parse_routine_file(text, path); });
}

struct Case {
    std::string key;       ///< the line to replace or add
    std::string line;
    int at_line;
    int at_column;
    std::string key_path;  ///< the dotted key the message names
    std::string expected;  ///< what the message says was expected
};

inline void check(const RoutineError& error, const Case& c) {
    CHECK(error.line() == c.at_line);
    CHECK(error.column() == c.at_column);
    CHECK(error.kind() == ErrorKind::data);
    CHECK(error.path() == std::filesystem::path("mine.toml"));
    CHECK_THAT(error.what(), Contains("mine.toml:" + std::to_string(c.at_line) + ":" +
                                      std::to_string(c.at_column) + ": "));
    CHECK_THAT(error.what(), Contains(" " + c.key_path + ":") || Matches(step_key(c.key_path)));
    CHECK_THAT(error.what(), Contains(c.expected));
}

}  // namespace loader_fixtures
