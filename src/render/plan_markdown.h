#pragma once
/// The day's plan as Markdown: the same content as the printed plan, for
/// notes, a wiki or a Markdown-to-PDF tool.

#include <optional>
#include <string>

#include "core/pain.h"
#include "core/plan.h"

namespace stretch {

/// Every piece of text from routine files and the log is escaped, so a name
/// prints as text, never as markup.
/// `stretch` names the program in the commands it gives (see routine_command()).
std::string render_plan_markdown(const Plan& plan, const std::optional<Flare>& flare, std::string_view stretch);

/// "## 1. Bridge: 9 reps (8-12)" and its instructions; the week sheet's too.
std::string markdown_stretch_section(const PlanItem& item, size_t number);

/// The safety rule and the warning signs, after a rule.
std::string markdown_safety_footer();

}  // namespace stretch
