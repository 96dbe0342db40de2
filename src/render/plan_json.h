#pragma once
/// The plan as JSON: the same facts as the printed plan, with stable field
/// names documented in the README.

#include <nlohmann/json.hpp>

#include <optional>

#include "core/pain.h"
#include "core/plan.h"

namespace stretch {

nlohmann::ordered_json exercise_json(const Exercise& exercise, const Dose& dose);
nlohmann::ordered_json routine_json(const RoutineSnapshot& routine);
/// `flare`, when set, is why the gentle routine, or rest, is suggested;
/// `stretch` names the program in the command to rest (see routine_command()).
nlohmann::ordered_json plan_json(const Plan& plan, const std::optional<Flare>& flare, std::string_view stretch);

/// {"routine": "gentle", "reason": ...} when `flare` suggests the gentle
/// routine (for when the pain eases, if it asks for rest today), else null.
nlohmann::ordered_json gentle_suggested_json(const std::optional<Flare>& flare);
/// {"pain": 8, "reason": ..., "command": "stretch skip"} when `flare` asks
/// for rest today, else null; `stretch` names the program in the command,
/// which is null when no skip is offered (Flare::skip_offered).
nlohmann::ordered_json rest_suggested_json(const std::optional<Flare>& flare, std::string_view stretch);

}  // namespace stretch
