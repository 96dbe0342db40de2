#pragma once
/// The plan as JSON: the same facts as the printed plan, with stable field
/// names documented in the README.

#include <nlohmann/json.hpp>

#include "core/plan.h"

namespace stretch {

nlohmann::json exercise_json(const Exercise& exercise, const Dose& dose);
nlohmann::json routine_json(const Routine& routine);
nlohmann::json plan_json(const Plan& plan);

}  // namespace stretch
