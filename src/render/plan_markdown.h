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
std::string render_plan_markdown(const Plan& plan, const std::optional<Flare>& flare);

}  // namespace stretch
