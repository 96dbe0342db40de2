#pragma once
/// Options that several subcommands share, described once.

#include <string>

#include <CLI/CLI.hpp>

#include "core/date_range.h"

namespace stretch {

/// The RANGE options of `history` and `report`.
void add_range_options(CLI::App& command, RangeRequest& request);

/// -r/--routine: which routine's plan to use.
void add_routine_option(CLI::App& command, std::string& routine);

}  // namespace stretch
