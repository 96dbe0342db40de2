#pragma once
/// What a stretch is and how much of it to do. Plain values, no I/O.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/source_position.h"

namespace stretch {

/// An inclusive range such as 8-12 reps or 20-30 seconds; min == max for one number.
struct Range {
    int min = 0;
    int max = 0;
    friend bool operator==(const Range&, const Range&) = default;
};

/// "8-12" or "8".
std::string to_text(Range range);

/// How the dose relates to the body's two sides.
enum class Sides {
    none,       ///< a symmetric movement
    each,       ///< the whole dose on one side, then on the other
    alternate,  ///< switch sides every rep; reps count both sides together
};

std::string to_text(Sides sides);

/// Seconds to move into and out of a position once; not a precise figure.
/// The time estimates and the guided session's pace both use it.
inline constexpr int kSecondsPerMovement = 4;

/// The amount to do: reps, an optional hold, and how sides are handled.
struct Dose {
    Range reps;
    bool reps_at_least = false;  ///< reps is a minimum ("at least 8")
    std::optional<Range> hold;   ///< seconds
    Sides sides = Sides::none;
    std::string side_label = "side";  ///< "leg" makes the dose read "each leg"
    friend bool operator==(const Dose&, const Dose&) = default;
};

/// "2 x each side, hold 20-30 s", "6-8 reps, alternating sides", "at least 8 reps ...".
std::string describe(const Dose& dose);

/// A conservative time for one dose: every rep at its longest hold plus a few
/// seconds of movement, both sides when the dose is per side, plus setting up.
int estimated_seconds(const Dose& dose);

struct Exercise {
    std::string id;
    std::string name;
    std::string summary;
    std::string position;
    std::vector<std::string> targets;
    Dose dose;
    std::vector<std::string> equipment;
    std::vector<std::string> steps;
    std::string breathing;
    std::vector<std::string> cautions;
    /// An SVG line drawing of the stretch, for printed sheets; empty when it
    /// has none. Resolved against the exercise file's folder when loaded.
    std::filesystem::path figure;
    SourcePosition figure_at;  ///< its `figure` key, for errors
    std::filesystem::path source;  ///< the file that defined it, for `show` and errors
    SourcePosition where;          ///< its [exercise.<id>] table
    friend bool operator==(const Exercise&, const Exercise&) = default;
};

}  // namespace stretch
