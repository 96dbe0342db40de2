#pragma once
/// The week sheet as printable HTML: page one is the grid to tick (the
/// stretches down the side, the seven days across, a box per stretch per
/// day and rows for each day's pain), page two the instructions.

#include <optional>
#include <string>

#include "core/pain.h"
#include "core/week.h"
#include "render/html.h"

namespace stretch {

/// Every text from routine files and the log is escaped.
/// `stretch` names the program in the commands it gives (see routine_command()).
std::string render_week_html(const WeekSheet& sheet, const std::optional<Flare>& flare, const Figures& figures,
                             std::string_view stretch);

}  // namespace stretch
