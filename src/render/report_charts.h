#pragma once
/// The report's two charts as inline SVG, in black and grey so that they
/// print in black and white: the consistency calendar and the pain trend.
/// Every number a chart draws is also written on it as text, so a PDF of
/// the page still holds the figures.

#include <string>

#include "core/report.h"

namespace stretch {

/// A month-style calendar (a row per week, each day numbered) for up to ten
/// weeks; a year strip (a column per week) for longer ranges. Each day's
/// status has its own mark; the legend names them.
std::string consistency_calendar_svg(const Report& report);

/// Daily pain scores as dots and weekly means as a labelled line, on a 0-10
/// scale, from the range's first day to its last day up to today; empty
/// when the range holds no score.
std::string pain_trend_svg(const Report& report);

}  // namespace stretch
