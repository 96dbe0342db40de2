#pragma once
/// Markdown from user text: names and notes come from routine files and the
/// log, so they must print as text, not as table cells or emphasis.

#include <string>
#include <string_view>

#include "core/pain.h"

namespace stretch {

/// Escapes every character CommonMark may read as markup (a backslash before
/// each), and turns line breaks into spaces so a table row stays one row.
/// Control and direction-reversing characters are shown as terminal_safe
/// shows them: Markdown is read on terminals too.
std::string markdown_text(std::string_view text);

/// Why rest or the gentle routine is suggested, and the command (shown as
/// code) to act on it, flare_command(flare, stretch, what): the flare note
/// of the Markdown plan, week and report.
std::string markdown_flare(const Flare& flare, std::string_view stretch, std::string_view what);

}  // namespace stretch
