#pragma once
/// The user's preferences from config.toml. Every field has a default, so a
/// missing file is the same as an empty one.

#include <string>
#include <vector>

#include "core/error.h"
#include "core/pain.h"
#include "core/progression.h"
#include "core/source_position.h"

namespace stretch {

struct Config {
    std::string routine;  ///< default routine id; empty: lower-back, or the only routine
    SourcePosition routine_at;  ///< where `routine` is written, for the error when no routine has that id
    int week_start = 0;   ///< 0 = Monday ... 6 = Sunday, for --week and weekly pain
    PainZones pain_zones;  ///< [pain_zones]: fine_up_to and stop_from
    /// Fine days in a row that move a stretch's target up one step; a
    /// routine's own progression_days wins. Session::catalog() folds it into
    /// the routines, so that the plan of record keeps it.
    int progression_days = kDefaultProgressionDays;
    /// false: targets stay at the low end of every range, in each routine
    /// that does not turn progression on itself. Folded in as progression_days is.
    bool progression = true;
    /// What was read otherwise than written, each at its key, for the
    /// session to warn of: pain zones that would let a severe pain push on.
    std::vector<RoutineError> adjusted;
};

}  // namespace stretch
