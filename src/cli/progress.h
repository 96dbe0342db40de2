#pragma once
/// The day's plan joined with the log: what every progress-aware command
/// (plan, log, status, remind) starts from.

#include <string>

#include "core/plan.h"
#include "store/store.h"

namespace stretch {

/// `id` empty means the default routine.
const Routine& chosen_routine(const Catalog& catalog, const std::string& id);

/// The plan of `routine` for `day` with what was logged that day marked done;
/// `store` may be null when there is no log yet.
Plan plan_with_progress(const Catalog& catalog, const Routine& routine, Date day, const Store* store);

/// "3 of 10 stretches left today" / "... left on Friday 20 November 2026".
std::string left_summary(const Plan& plan, Date today);

}  // namespace stretch
