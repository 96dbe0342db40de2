#pragma once
/// The RANGE options shared by `history` and `report`.

#include <CLI/CLI.hpp>

#include "core/date_range.h"

namespace stretch {

void add_range_options(CLI::App& command, RangeRequest& request);

}  // namespace stretch
