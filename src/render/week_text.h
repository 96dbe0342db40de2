#pragma once
/// The week sheet as text (a grid that fits 80 columns) and as Markdown (a
/// table, then each stretch's instructions).

#include <optional>
#include <string>

#include "core/pain.h"
#include "core/week.h"
#include "render/style.h"

namespace stretch {

/// What the week sheet's flare note asks of the gentle routine.
inline constexpr std::string_view kWeekPlan = "plan --week";

/// `stretch` names the program in the commands they give (see routine_command()).
std::string render_week_text(const WeekSheet& sheet, const Style& style, const std::optional<Flare>& flare,
                             std::string_view stretch);

/// Every text from routine files and the log is escaped.
std::string render_week_markdown(const WeekSheet& sheet, const std::optional<Flare>& flare, std::string_view stretch);


}  // namespace stretch
