#pragma once
/// Small string helpers shared by the core and the renderers.

#include <string>
#include <string_view>
#include <vector>

namespace stretch {

std::string lower(std::string_view text);
std::string join(const std::vector<std::string>& words, std::string_view separator = ", ");

/// Columns `text` takes on a terminal, counting each UTF-8 code point as one
/// (right for Latin, Greek and Cyrillic text, which routines are written in).
size_t display_width(std::string_view text);

/// Breaks `text` into lines of at most `width` columns at spaces; a word longer
/// than the width stands on its own line. A span in backticks (a command to
/// copy) is never broken.
std::vector<std::string> wrap(std::string_view text, size_t width);

/// `text` made safe to print on a terminal on one line: line breaks and tabs
/// become spaces, other control characters (C0, DEL and C1, which include
/// the escapes that move the cursor or change colours) become caret or
/// <U+XXXX> notation, so a note can never rewrite the screen.
std::string terminal_safe(std::string_view text);

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool valid_utf8(std::string_view text);

}  // namespace stretch
