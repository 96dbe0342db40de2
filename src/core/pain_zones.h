#pragma once
/// The three pain zones and where config.toml puts their boundaries. On its
/// own so that a routine (core/routine.h) can carry the zones it was
/// recorded with; what a score in each zone asks for is core/pain.h's.

#include <string>

namespace stretch {

enum class PainZone { fine, easier, stop };
/// "fine", "easier", "stop": the words JSON and the README use.
std::string to_text(PainZone zone);

/// The zone boundaries; config.toml's [pain_zones] may move them.
struct PainZones {
    int fine_up_to = 3;  ///< 0..fine_up_to is fine
    int stop_from = 6;   ///< stop_from..10 is stop; what lies between is "take it easier"

    PainZone zone_of(int score) const;
    /// "0-3 fine, 4-5 take it easier, 6-10 stop".
    std::string describe() const;
    friend bool operator==(const PainZones&, const PainZones&) = default;
};

}  // namespace stretch
