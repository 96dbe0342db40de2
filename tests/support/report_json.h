#pragma once
/// A report as the tests that compare whole reports read it.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "support/sandbox.h"

namespace stretch::testing {

/// `stretch report --format json` over `range` (e.g. {"--all"}), which
/// must succeed, parsed.
nlohmann::json json_report(const Sandbox& sandbox, const std::vector<std::string>& range);

/// `report` without consistency.rested_days, which the releases before
/// schema 7 did not print (a new field keeps format_version; see the
/// README), after checking it is there: the rest must be what they printed.
nlohmann::json without_rested_days(nlohmann::json report);

}  // namespace stretch::testing
