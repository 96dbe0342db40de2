#pragma once
/// Progression within a dose's ranges: each stretch has a target inside its
/// range that starts at the low end, moves up one step after a run of days
/// it was done at its target without pain beyond the fine zone, and steps
/// back after a day that hurt more. Pure: the days are passed in.
///
/// A step is one repetition while the reps range has room, then 5 seconds
/// of hold while the hold range has room (the last step may be shorter), so
/// "8-12 reps" has four steps and "hold 20-30 s" two. Doses given as "at
/// least" some reps do not move their reps.

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/exercise.h"
#include "core/pain.h"

namespace stretch {

/// Seconds of hold one step adds.
inline constexpr int kHoldStepSeconds = 5;
/// Fine days in a row that earn a step, unless config.toml or the routine
/// says otherwise.
inline constexpr int kDefaultProgressionDays = 3;
/// The most days config.toml or a routine may ask for.
inline constexpr int kMaxProgressionDays = 60;

/// What the rule needs to know besides the days.
struct ProgressionRule {
    int days = kDefaultProgressionDays;  ///< fine days in a row per step up (1 or more)
    PainZones zones;
    friend bool operator==(const ProgressionRule&, const ProgressionRule&) = default;
};

/// How far up its ranges a stretch has come.
struct Progress {
    int steps = 0;  ///< steps above the low end
    int run = 0;    ///< fine days in a row since the last step (or step back)
    friend bool operator==(const Progress&, const Progress&) = default;
};

/// One day a stretch was done: the highest pain given with it that day
/// (nullopt when none was given, which counts as fine), the most reps and
/// the longest hold logged (nullopt when not logged: done as planned), and
/// the highest pain given that day at all: on its own (`stretch pain`),
/// after a guided session, or with any stretch.
struct DoneDay {
    Date day;
    std::optional<int> pain;
    std::optional<int> reps;
    std::optional<int> hold;
    std::optional<int> day_pain = std::nullopt;
};

/// The most steps `dose`'s ranges allow.
int max_steps(const Dose& dose);

/// `progress` carried over one more day the stretch was done: a fine day
/// done at the target or beyond lengthens the run and, at `rule.days`, takes
/// a step up (never past the top); a fine day done below the target (a
/// gentler routine's dose, or fewer reps) neither counts nor breaks the run,
/// so a target is never more than one step above what was done; a day in the
/// "easier" or stop zone takes a step back (never below the low end) and
/// starts the run again. A stop-zone day also pauses the stretch, which is
/// the pain-zones rule's business, not this one's. A day whose pain
/// (DoneDay::day_pain: on its own, or with another stretch) reached the stop
/// zone, the stretch's own pain fine, is held like a day below the target:
/// a bad day for the back earns no step up, and the stretch that did not
/// hurt takes none back. Only the stop zone: many backs score a 4 or 5
/// every day, and must still progress.
Progress after_day(Progress progress, const DoneDay& day, const Dose& dose, const ProgressionRule& rule);

/// The progress after `days`, oldest first, starting from `from`.
Progress after_days(Progress from, const std::vector<DoneDay>& days, const Dose& dose, const ProgressionRule& rule);

/// The amount the plan asks for at `steps` above the low end: reps first,
/// then hold.
struct Target {
    int reps = 0;
    std::optional<int> hold;  ///< seconds; nullopt when the dose has no hold
    friend bool operator==(const Target&, const Target&) = default;
};
Target target_at(const Dose& dose, int steps);

/// `dose` narrowed to `target`: one number for reps and hold, the rest as it was.
Dose dose_at(const Dose& dose, const Target& target);

/// "9 reps (8-12)", "2 x each leg, hold 25 s (20-30)": the target, with each
/// range it moves in after it; describe(dose) when nothing moves.
std::string describe(const Dose& dose, const Target& target);

/// A short text naming what the rule depends on, so that progress kept for
/// one dose and rule is never used for another: "2:8-12|-|3|3-6" (the
/// number is the rule's own version).
std::string progression_key(const Dose& dose, const ProgressionRule& rule);

}  // namespace stretch
