#include "store/snapshot_json.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/pain.h"
#include "store/sql_helpers.h"

namespace stretch {

namespace {

using Json = nlohmann::json;

void append_range(std::string& out, Range range) {
    out += '[' + std::to_string(range.min) + ',' + std::to_string(range.max) + ']';
}

/// `text` as a JSON string, escaped as nlohmann::json::dump escapes valid
/// UTF-8 (which is all a routine file can hold): the two characters JSON
/// requires, short escapes where JSON has them, \u00xx for the other
/// control characters, everything else as it is.
void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[static_cast<unsigned char>(c) >> 4];
                    out += kHex[static_cast<unsigned char>(c) & 0xf];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

Range range_from(const Json& json) { return Range{json.at(0).get<int>(), json.at(1).get<int>()}; }

/// Recorded zones as config.toml allows them: 0 <= fine_up_to < stop_from,
/// and a stop zone that starts by kSeverePain (see config_loader.cpp).
PainZones zones_from(const Json& json) {
    const PainZones zones{json.at("fine_up_to").get<int>(), json.at("stop_from").get<int>()};
    if (zones.fine_up_to < 0 || zones.stop_from <= zones.fine_up_to || zones.stop_from > kSeverePain)
        throw std::invalid_argument("pain_zones out of range");
    return zones;
}

Sides sides_from(const std::string& text) {
    if (text == "each") return Sides::each;
    if (text == "alternate") return Sides::alternate;
    return Sides::none;
}

}  // namespace

std::string snapshot_to_json(const RoutineSnapshot& routine) {
    // Written by hand rather than through nlohmann::json, whose objects cost
    // `plan` and `status` more than decoding the stored text (0.3 million
    // instructions): they serialize today's routine to compare it with the
    // log's. The bytes are nlohmann's dump (keys sorted, no spaces, its
    // escapes), which earlier releases stored; a test holds them equal.
    std::string out = "{\"days\":[";
    const char* comma = "";
    for (int i = 0; i < 7; ++i)
        if (routine.days.weekdays.at(static_cast<size_t>(i))) {
            out += comma;
            append_json_string(out, weekday_short(i));
            comma = ",";
        }
    out += "],\"description\":";
    append_json_string(out, routine.description);
    out += ",\"id\":";
    append_json_string(out, routine.id);
    out += ",\"name\":";
    append_json_string(out, routine.name);
    // Written only when not the default, so that a definition recorded
    // before progression (or the zones) existed still reads as the same
    // definition.
    if (routine.pain_zones)
        out += ",\"pain_zones\":{\"fine_up_to\":" + std::to_string(routine.pain_zones->fine_up_to) +
               ",\"stop_from\":" + std::to_string(routine.pain_zones->stop_from) + "}";
    if (!routine.progression) out += ",\"progression\":false";
    if (routine.progression_days) out += ",\"progression_days\":" + std::to_string(*routine.progression_days);
    out += ",\"steps\":[";
    comma = "";
    for (const PlannedStretch& step : routine.steps) {
        const Dose& dose = step.dose;
        out += comma;
        out += "{\"exercise\":";
        append_json_string(out, step.exercise);
        out += ",\"hold\":";
        if (dose.hold) append_range(out, *dose.hold);
        else out += "null";
        out += ",\"reps\":";
        append_range(out, dose.reps);
        out += dose.reps_at_least ? ",\"reps_at_least\":true" : ",\"reps_at_least\":false";
        out += ",\"side_label\":";
        append_json_string(out, dose.side_label);
        out += ",\"sides\":";
        append_json_string(out, to_text(dose.sides));
        out += '}';
        comma = ",";
    }
    out += "]}";
    return out;
}

RoutineSnapshot snapshot_from_json(const std::string& text, const std::filesystem::path& path) {
    try {
        const Json json = Json::parse(text);
        RoutineSnapshot routine;
        routine.id = json.at("id").get<std::string>();
        routine.name = json.at("name").get<std::string>();
        routine.description = json.at("description").get<std::string>();
        routine.days.weekdays.fill(false);
        for (const Json& day : json.at("days")) {
            const auto index = parse_weekday(day.get<std::string>());
            if (!index) throw std::invalid_argument("bad weekday");
            routine.days.weekdays.at(static_cast<size_t>(*index)) = true;
        }
        for (const Json& step : json.at("steps")) {
            Dose dose;
            dose.reps = range_from(step.at("reps"));
            dose.reps_at_least = step.at("reps_at_least").get<bool>();
            if (!step.at("hold").is_null()) dose.hold = range_from(step.at("hold"));
            dose.sides = sides_from(step.at("sides").get<std::string>());
            dose.side_label = step.at("side_label").get<std::string>();
            routine.steps.push_back({step.at("exercise").get<std::string>(), dose});
        }
        routine.progression = json.value("progression", true);
        if (json.contains("progression_days")) routine.progression_days = json.at("progression_days").get<int>();
        // The defaults, written out, read as unset: as this release writes them.
        if (json.contains("pain_zones")) {
            const PainZones zones = zones_from(json.at("pain_zones"));
            if (zones != PainZones{}) routine.pain_zones = zones;
        }
        return routine;
    } catch (const std::exception& error) {
        throw Error(ErrorKind::data, path.string() + ": a recorded routine version cannot be read (" + error.what() + ")",
                    "restore a backup, or " + sql::fix_by_hand("the row in routine_versions"));
    }
}

bool same_but_recorded_zones(const std::string& theirs, const std::string& ours, const std::filesystem::path& path) {
    if (theirs == ours) return false;
    try {
        RoutineSnapshot their_version = snapshot_from_json(theirs, path);
        const RoutineSnapshot our_version = snapshot_from_json(ours, path);
        if (their_version.pain_zones || !our_version.pain_zones) return false;
        their_version.pain_zones = our_version.pain_zones;
        return their_version == our_version;
    } catch (const Error&) {
        return false;  // a damaged row of ours: merged as any other difference
    }
}

}  // namespace stretch
