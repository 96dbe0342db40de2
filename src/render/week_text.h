#pragma once
/// The week sheet as text (a grid that fits 80 columns) and as Markdown (a
/// table, then each stretch's instructions).

#include <string>

#include "core/week.h"
#include "render/style.h"

namespace stretch {

std::string render_week_text(const WeekSheet& sheet, const Style& style);

/// Every text from routine files and the log is escaped.
std::string render_week_markdown(const WeekSheet& sheet);

}  // namespace stretch
