#pragma once
/// The plan for one day: which stretches of a routine to do, at what dose.

#include <set>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/date.h"

namespace stretch {

struct PlanItem {
    const Exercise* exercise = nullptr;  ///< points into the Catalog the plan was built from
    Dose dose;                           ///< the exercise's dose with the routine's overrides
    int estimated_seconds = 0;
    bool done = false;                   ///< logged on the plan's day
};

struct Plan {
    Date date;
    const Routine* routine = nullptr;
    bool scheduled = false;  ///< false when the routine does not run on this weekday
    std::vector<PlanItem> items;  ///< empty when not scheduled

    int estimated_minutes() const;
    int remaining_count() const;
    /// Minutes for the stretches not yet done, rounded up.
    int remaining_minutes() const;
};

/// Minutes the whole routine takes on a day it is scheduled, rounded up.
int routine_minutes(const Catalog& catalog, const Routine& routine);

/// Builds the plan of `routine` for `day`. `done_ids` are the exercise ids
/// already logged that day. The Catalog must outlive the Plan.
Plan build_plan(const Catalog& catalog, const Routine& routine, Date day,
                const std::set<std::string>& done_ids = {});

}  // namespace stretch
