#pragma once
/// A routine: an ordered list of exercises with optional dose overrides, and
/// the weekdays it is scheduled on.

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/pain_zones.h"
#include "core/source_position.h"

namespace stretch {

struct RoutineStep {
    std::string exercise_id;
    SourcePosition where;
    std::optional<int> reps;          ///< overrides the exercise's reps with one number
    std::optional<int> hold_seconds;  ///< overrides the exercise's hold with one number
    friend bool operator==(const RoutineStep&, const RoutineStep&) = default;
};

/// Which weekdays a routine runs on, indexed 0 = Monday.
struct Schedule {
    std::array<bool, 7> weekdays{true, true, true, true, true, true, true};

    bool daily() const;
    bool includes(Date day) const;
    /// "daily" or "mon, wed, fri".
    std::string describe() const;
    friend bool operator==(const Schedule&, const Schedule&) = default;
};

struct Routine {
    std::string id;
    std::string name;
    std::string description;
    Schedule days;
    std::vector<RoutineStep> steps;
    /// false: every target stays at the low end; unset: as config.toml's
    /// `progression` says (true when it says nothing).
    std::optional<bool> progression;
    std::optional<int> progression_days;      ///< overrides config.toml's progression_days
    /// config.toml's [pain_zones] when they are not the defaults (routine
    /// files cannot set them): folded in by Session::catalog() so that they
    /// are recorded with each version, as progression_days is.
    std::optional<PainZones> pain_zones;
    std::filesystem::path source;
    SourcePosition where;  ///< the [routine] table
    friend bool operator==(const Routine&, const Routine&) = default;
};

/// The command that does `what` ("plan", "plan today", "report") with the
/// routine `id`, to copy from a message: `stretch plan today --routine gentle`.
/// `stretch` is how messages name the program: "stretch", or "stretch --db
/// FILE" when the log was named with --db (Session::invocation()), so that a
/// command copied word for word reaches the same log.
std::string routine_command(std::string_view stretch, std::string_view what, std::string_view id);

}  // namespace stretch
