#pragma once
/// The printable plan: at most 80 columns, a checkbox per stretch, blanks for
/// pain before and after, and the safety footer.

#include <string>

#include "core/plan.h"
#include "render/style.h"

namespace stretch {

std::string render_plan_text(const Plan& plan, const Style& style);

}  // namespace stretch
