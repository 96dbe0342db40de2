#pragma once
/// Reads the SVG figures a printed sheet shows: the I/O behind the HTML
/// renderers, which take the drawings as text.

#include <vector>

#include "core/exercise.h"
#include "render/html.h"

namespace stretch {

/// The figure of each exercise that names one. A missing figure is a
/// RoutineError at its `figure` line; one too big, unreadable, or not an
/// SVG drawing is an Error that names the file.
Figures load_figures(const std::vector<const Exercise*>& exercises);

}  // namespace stretch
