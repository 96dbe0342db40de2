#pragma once
/// The day's plan as one printable HTML page: one A4 or Letter sheet for the
/// bundled routine, at 10 pt.

#include <optional>
#include <string>

#include "core/pain.h"
#include "core/plan.h"
#include "render/html.h"

namespace stretch {

/// Every text from routine files and the log is escaped.
/// `stretch` names the program in the commands it gives (see routine_command()).
std::string render_plan_html(const Plan& plan, const std::optional<Flare>& flare, const Figures& figures,
                             std::string_view stretch);

}  // namespace stretch
