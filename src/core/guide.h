#pragma once
/// The guided session's script for one stretch (`stretch go`): the steps a
/// person is walked through, each with what to show and for how long. Pure:
/// the terminal, the clock and the keys are the command's business.

#include <string>
#include <vector>

#include "core/exercise.h"
#include "core/progression.h"

namespace stretch {

/// One step of the script.
struct Cue {
    enum class Kind {
        hold,     ///< hold the position: a countdown
        move,     ///< one repetition without a hold, at an easy pace
        release,  ///< breathe out and let go, between holds
        switch_sides,
    };
    Kind kind;
    std::string text;  ///< "Hold, left side: rep 1 of 2", "Switch sides"
    int seconds = 0;   ///< how long it lasts at normal speed
};

/// Seconds to breathe out and let go after a hold, and to change sides.
inline constexpr int kReleaseSeconds = 4;
inline constexpr int kSwitchSeconds = 6;

/// The cues for doing `target` of `dose`: every repetition, on each side
/// when the dose is per side (all of one side, then "switch sides"), or
/// naming the side in turn when the repetitions alternate. A held
/// repetition is a hold and then a release; one without a hold is a move of
/// kSecondsPerMovement. The terminal rings its bell at every cue.
std::vector<Cue> cues_for(const Dose& dose, const Target& target);

/// Seconds the whole script takes at normal speed.
int script_seconds(const std::vector<Cue>& cues);

}  // namespace stretch
