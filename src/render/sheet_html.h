#pragma once
/// The parts the day plan and the week sheet print alike: a stretch's
/// instructions, the paused list and the safety footer.

#include <string>
#include <vector>

#include "core/pain.h"
#include "core/plan.h"
#include "render/html.h"

namespace stretch {

/// CSS for the classes the functions below use.
extern const char* const kSheetStyle;

/// One stretch as a block that never splits across a column or page: its
/// figure, number, name and dose (`box` first, when not empty), today's
/// caution, position, steps, breathing and cautions.
std::string stretch_card(const PlanItem& item, size_t number, const Figures& figures, const std::string& box);

/// The stretches paused on the sheet's days, with since when and why, and
/// how to resume one (`stretch` names the program: see routine_command()).
std::string paused_list(const std::vector<PausedItem>& paused, Date last_day, std::string_view stretch);

/// The article's rule and the warning signs, at the foot of every sheet.
std::string safety_footer();

/// The routine line under a sheet's heading: its name, id and schedule, then
/// `more` (already HTML).
std::string routine_line(const RoutineSnapshot& routine, const std::string& more = {});

/// The flare note: why rest or the gentle routine is suggested, and the
/// command to act on it, flare_command(flare, stretch, what).
std::string flare_note(const Flare& flare, std::string_view stretch, std::string_view what);

}  // namespace stretch
