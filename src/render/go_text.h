#pragma once
/// What `stretch go` shows of one stretch: its title and dose, why to go
/// gentler today, how to do it, and its cautions, fitted to the rows a
/// 24x80 terminal leaves beside the cue and the keys. Pure: returns lines.

#include <cstddef>
#include <string>
#include <vector>

#include "core/plan.h"
#include "render/style.h"

namespace stretch {

/// The lines for `item`, stretch `number` of `count`, at most `rows` of
/// them, none wider than kLineWidth but a command longer than a line. Why
/// to go gentler today comes first and the stretch's own cautions last;
/// when they leave too little room, the position, steps and breathing give
/// way, and a row or two say where to read it all: `show_command` (as
/// GoOptions::show_command) and the exercise's id. Only cautions that alone
/// overflow the rows lose their end.
std::vector<std::string> go_stretch_lines(const PlanItem& item, size_t number, size_t count, const Style& style,
                                          const std::string& show_command, size_t rows);

}  // namespace stretch
