#include "render/plan_json.h"

namespace stretch {

namespace {
nlohmann::ordered_json range_json(Range range) { return {{"min", range.min}, {"max", range.max}}; }
}  // namespace

nlohmann::ordered_json exercise_json(const Exercise& exercise, const Dose& dose) {
    return {
        {"id", exercise.id},
        {"name", exercise.name},
        {"summary", exercise.summary},
        {"dose", describe(dose)},
        {"reps", range_json(dose.reps)},
        {"reps_at_least", dose.reps_at_least},
        {"hold_seconds", dose.hold ? range_json(*dose.hold) : nlohmann::ordered_json(nullptr)},
        {"sides", to_text(dose.sides)},
        {"side_label", dose.side_label},
        {"position", exercise.position},
        {"targets", exercise.targets},
        {"equipment", exercise.equipment},
        {"steps", exercise.steps},
        {"breathing", exercise.breathing},
        {"cautions", exercise.cautions},
    };
}

nlohmann::ordered_json routine_json(const RoutineSnapshot& routine) {
    nlohmann::ordered_json days = nlohmann::ordered_json::array();
    for (int i = 0; i < 7; ++i)
        if (routine.days.weekdays.at(static_cast<size_t>(i))) days.push_back(weekday_short(i));
    return {
        {"id", routine.id},
        {"name", routine.name},
        {"description", routine.description},
        {"days", days},
        {"daily", routine.days.daily()},
        {"retired", is_retired(routine)},
    };
}

nlohmann::ordered_json gentle_suggested_json(const std::optional<Flare>& flare) {
    using Json = nlohmann::ordered_json;
    if (!flare || !flare->offers_gentle) return nullptr;
    return Json{{"routine", kGentleRoutine}, {"reason", flare->reason}};
}

nlohmann::ordered_json rest_suggested_json(const std::optional<Flare>& flare, std::string_view stretch) {
    using Json = nlohmann::ordered_json;
    if (!flare || !flare->severe_today) return nullptr;
    return Json{{"pain", *flare->severe_today},
                {"reason", flare->reason},
                {"command", flare->skip_offered ? Json(rest_command(stretch)) : Json(nullptr)}};
}

nlohmann::ordered_json plan_json(const Plan& plan, const std::optional<Flare>& flare, std::string_view stretch) {
    using Json = nlohmann::ordered_json;
    Json stretches = Json::array();
    for (size_t i = 0; i < plan.items.size(); ++i) {
        const PlanItem& item = plan.items[i];
        Json entry = exercise_json(item.exercise, item.dose);
        entry["target"] = {{"reps", item.target.reps},
                           {"hold_seconds", item.target.hold ? Json(*item.target.hold) : Json(nullptr)},
                           {"dose", describe(item.dose, item.target)}};
        entry["order"] = i + 1;
        entry["estimated_seconds"] = item.estimated_seconds;
        entry["done"] = item.done;
        entry["caution"] = item.caution.empty() ? Json(nullptr) : Json(item.caution);
        stretches.push_back(std::move(entry));
    }
    Json paused = Json::array();
    for (const PausedItem& item : plan.paused)
        paused.push_back({{"id", item.exercise.id}, {"name", item.exercise.name}, {"since", to_iso(item.since)},
                          {"reason", item.reason.empty() ? Json(nullptr) : Json(item.reason)}});
    return {
        {"date", to_iso(plan.date)},
        {"weekday", weekday_short(plan.date)},
        {"routine", routine_json(plan.routine)},
        {"scheduled", plan.scheduled},
        {"skipped", plan.skipped()},
        {"skip_reason", plan.skipped() && !plan.skip_reason->empty() ? Json(*plan.skip_reason) : Json(nullptr)},
        {"status", plan.judged ? Json(to_text(*plan.judged)) : Json(nullptr)},
        {"gentle_suggested", gentle_suggested_json(flare)},
        {"rest_suggested", rest_suggested_json(flare, stretch)},
        {"change_waits", plan.change_waits},
        {"estimated_minutes", plan.estimated_minutes()},
        {"remaining", plan.remaining_count()},
        {"remaining_minutes", plan.remaining_minutes()},
        {"stretches", stretches},
        {"paused", paused},
    };
}

}  // namespace stretch
