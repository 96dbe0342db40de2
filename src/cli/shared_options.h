#pragma once
/// Options that several subcommands share, described once.

#include <string>

#include <CLI/CLI.hpp>

#include "core/date_range.h"

namespace stretch {

/// The RANGE options of `history` and `report`.
void add_range_options(CLI::App& command, RangeRequest& request);

/// Checks an integer option: "--pain: must be a whole number from 0 to 10, not 'abc'".
CLI::Validator whole_number(int min, int max);

/// Refuses an empty value: `--since ""` is a mistake, never "not given".
CLI::Validator non_empty();

/// -r/--routine: which routine's plan to use.
void add_routine_option(CLI::App& command, std::string& routine);

}  // namespace stretch
