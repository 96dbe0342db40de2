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

/// The row of the exercise `id` in the table of stretches of `report`; a
/// report without it fails the test.
nlohmann::json stretch_in(const nlohmann::json& report, const std::string& id);

/// `report` without consistency.rested_days, which the releases before
/// schema 7 did not print (a new field keeps format_version; see the
/// README), after checking it is there: the rest must be what they printed.
nlohmann::json without_rested_days(nlohmann::json report);

/// `report`, printed by a release whose table of stretches added up only
/// counted days (complete, partial, missed), as this release prints it for
/// the log in `sandbox`: the reps of stretches logged on any other day of
/// the routine up to today are added too, and today, while pending, counts
/// each stretch logged on it as a day done (and, for a routine stretch,
/// planned). Those entries (from
/// `history`) must carry no pain, as a mean cannot be worked out again
/// from the report alone. Each day gets the highest_pain this release adds,
/// from the same entries.
nlohmann::json as_this_release(nlohmann::json report, const Sandbox& sandbox);

/// The report a previous release printed, tests/fixtures/`name`, as this
/// release prints it for the log in `sandbox` (as_this_release).
nlohmann::json released_report(const std::string& name, const Sandbox& sandbox);

}  // namespace stretch::testing
