#pragma once
/// Glanceable pictures of a report: a calendar of day statuses and a
/// sparkline of weekly pain. Unicode and colour on a terminal, plain ASCII
/// (with a legend) otherwise.

#include <string>

#include "core/report.h"
#include "render/style.h"

namespace stretch {

/// Up to six weeks: one row per week. Longer ranges: one row per weekday and
/// one column per week, in blocks of at most 52 weeks.
std::string render_calendar(const Report& report, const Style& style);

/// One character per week of the range: the week's mean pain on a fixed 0-10
/// scale, so the same height always means the same pain.
std::string pain_sparkline(const Report& report, const Style& style);

}  // namespace stretch
