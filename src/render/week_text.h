#pragma once
/// The week sheet as text (a grid that fits 80 columns) and as Markdown (a
/// table, then each stretch's instructions).

#include <optional>
#include <string>

#include "core/pain.h"
#include "core/week.h"
#include "render/style.h"

namespace stretch {

std::string render_week_text(const WeekSheet& sheet, const Style& style, const std::optional<Flare>& flare);

/// Every text from routine files and the log is escaped.
std::string render_week_markdown(const WeekSheet& sheet, const std::optional<Flare>& flare);

/// What the week sheet's flare note tells you to run.
std::string gentle_week_command();

}  // namespace stretch
