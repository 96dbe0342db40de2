#pragma once
/// What stretch says when a logged amount goes past the top of its range:
/// `log` and `edit` say the same, so that a correction never pushes harder
/// without a word.

#include <string>

#include "core/catalog.h"
#include "core/entry.h"
#include "core/exercise.h"
#include "core/record.h"

namespace stretch {

/// "That is more than the plan asks (8-12 reps). ..." when `entry` goes past
/// the top of `dose`'s reps or hold; empty otherwise, and for a dose of "at
/// least" some reps.
std::string above_range(const Entry& entry, const Dose& dose);

/// The dose `routine` gives `exercise_id`, else the exercise's own in
/// `catalog`; nullptr for a stretch gone from the routine files.
const Dose* dose_of(const Catalog& catalog, const RoutineSnapshot& routine, const std::string& exercise_id);

}  // namespace stretch
