#pragma once
/// The day's plan joined with the log: what every progress-aware command
/// (plan, log, status, remind) starts from.

#include <string>

#include "core/plan.h"
#include "store/store.h"

namespace stretch {

/// The plan of `routine` for `day` with what was logged that day marked done;
/// `store` may be null when there is no log yet.
Plan plan_with_progress(const Catalog& catalog, const Routine& routine, Date day, const Store* store);

/// "3 of 10 stretches left today (about 6 min)" / "... left on Friday 20
/// November 2026 (...)"; for a plan with stretches left.
std::string remaining_phrase(const Plan& plan, Date today);

/// One sentence on the plan's progress: remaining_phrase, or that all are
/// done, or that nothing is scheduled.
std::string left_summary(const Plan& plan, Date today);

}  // namespace stretch
