#pragma once
/// The instructions of one exercise as labelled, wrapped lines, shared by the
/// printed plan and `stretch show`.

#include <string>

#include "core/exercise.h"
#include "core/pain.h"
#include "core/text.h"
#include "render/style.h"

namespace stretch {

/// Lines never exceed 80 columns (ASCII text); `indent` spaces start each line.
std::string exercise_instructions(const Exercise& exercise, const Style& style, size_t indent);

/// `label` followed by `text` wrapped to 80 columns with a hanging indent.
std::string labelled(std::string_view label, std::string_view text, const Style& style, size_t indent,
                     size_t label_width);


/// Why rest or the gentle routine is suggested, wrapped, with the command to
/// act on it (flare_command(): for the gentle routine, the one for `what`
/// fits where it is said) on a line of its own so it can be copied whole.
/// `stretch` names the program (see routine_command()).
std::string flare_advice(const Flare& flare, std::string_view stretch, std::string_view what = "plan");

/// The warning signs as a wrapped list under their lead sentence.
std::string warning_signs_text(const Style& style);

/// The foot of every printed plan, a day's or a week's: a rule across the
/// page, the safety rule, then the warning signs.
std::string safety_footer_text(const Style& style);

}  // namespace stretch
