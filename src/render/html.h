#pragma once
/// HTML for printed sheets: escaping, embedded figures and the page frame
/// every sheet shares. Pure: figures arrive as text, read by the caller.

#include <map>
#include <string>
#include <string_view>

namespace stretch {

/// Escapes text for an HTML element or a quoted attribute (also inside an
/// inline <svg>): & < > " ' become entities, so text from routine files and
/// the log is always text, never markup.
std::string html_text(std::string_view text);

/// html_text, with each range of numbers ("20-30") kept on one line: a
/// printed "20-" with "30" on the next line reads as two numbers.
std::string html_unbroken(std::string_view text);

/// The SVG drawing of each exercise that has one, by exercise id.
using Figures = std::map<std::string, std::string>;

/// An <img> holding `svg` as a data: URL. A figure is embedded as an image,
/// never inline, so whatever a user's figure file holds, a browser neither
/// runs a script from it nor fetches anything it names.
std::string figure_image(const std::string& svg, std::string_view alt);

/// A whole self-contained document: inline CSS (`style` after the shared
/// sheet), no scripts, nothing fetched.
std::string html_document(std::string_view title, std::string_view style, std::string_view body);

}  // namespace stretch
