#pragma once
/// Options that several subcommands share, described once.

#include <string>

#include <CLI/CLI.hpp>

#include "core/date_range.h"
#include "store/store.h"

namespace stretch {

/// `request` resolved for a command that reads the log: --all runs from the
/// log's first day (today when there is no log) to today, or to the last
/// entry's day when that is later; `fallback` when nothing was chosen.
DateRange range_in_log(const RangeRequest& request, const Store* store, Date today, int week_start,
                       const RangeRequest& fallback);

/// The RANGE options of `history`, `report` and `export`.
void add_range_options(CLI::App& command, RangeRequest& request);

/// Checks an integer option: "--pain: must be a whole number from 0 to 10, not 'abc'".
/// A number is read in decimal whatever its leading zeros: "010" is 10.
/// Give it to transform(), not check(): check() throws its rewrite away.
CLI::Validator whole_number(int min, int max);

/// Refuses an empty value: `--since ""` is a mistake, never "not given".
CLI::Validator non_empty();

/// -r/--routine: which routine's plan to use.
void add_routine_option(CLI::App& command, std::string& routine);

}  // namespace stretch
