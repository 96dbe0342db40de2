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

}  // namespace stretch::testing
