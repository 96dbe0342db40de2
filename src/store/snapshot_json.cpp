#include "store/snapshot_json.h"

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace stretch {

namespace {

using Json = nlohmann::json;

Json range_json(Range range) { return Json::array({range.min, range.max}); }
Range range_from(const Json& json) { return Range{json.at(0).get<int>(), json.at(1).get<int>()}; }

Sides sides_from(const std::string& text) {
    if (text == "each") return Sides::each;
    if (text == "alternate") return Sides::alternate;
    return Sides::none;
}

}  // namespace

std::string snapshot_to_json(const RoutineSnapshot& routine) {
    Json days = Json::array();
    for (int i = 0; i < 7; ++i)
        if (routine.days.weekdays.at(static_cast<size_t>(i))) days.push_back(weekday_short(i));
    Json steps = Json::array();
    for (const PlannedStretch& step : routine.steps) {
        const Dose& dose = step.dose;
        steps.push_back({{"exercise", step.exercise},
                         {"reps", range_json(dose.reps)},
                         {"reps_at_least", dose.reps_at_least},
                         {"hold", dose.hold ? range_json(*dose.hold) : Json(nullptr)},
                         {"sides", to_text(dose.sides)},
                         {"side_label", dose.side_label}});
    }
    Json json{{"id", routine.id},
              {"name", routine.name},
              {"description", routine.description},
              {"days", days},
              {"steps", steps}};
    // Written only when not the default, so that a definition recorded
    // before progression existed still reads as the same definition.
    if (!routine.progression) json["progression"] = false;
    if (routine.progression_days) json["progression_days"] = *routine.progression_days;
    return json.dump();
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
        return routine;
    } catch (const std::exception& error) {
        throw Error(ErrorKind::data, path.string() + ": a recorded routine version cannot be read (" + error.what() + ")",
                    "restore a backup, or fix the row in routine_versions with the sqlite3 shell");
    }
}

}  // namespace stretch
