#pragma once
/// The printable plan: at most 80 columns, a checkbox per stretch, blanks for
/// pain before and after, and the safety footer.

#include <optional>
#include <string>

#include "core/pain.h"
#include "core/plan.h"
#include "render/style.h"

namespace stretch {

/// `flare`, when set, suggests the gentle routine at the top. `stretch` names
/// the program in the commands it gives (see routine_command()).
std::string render_plan_text(const Plan& plan, const Style& style, const std::optional<Flare>& flare,
                             std::string_view stretch);

}  // namespace stretch
