#pragma once
/// Small string helpers shared by the core and the renderers.

#include <string>
#include <string_view>
#include <vector>

namespace stretch {

/// ASCII lower case, for the program's own words (weekdays, locale names).
std::string lower(std::string_view text);
/// Unicode case folding (with NFC), for matching what a person typed against
/// names: "ÉTIREMENT" and "étirement" fold to the same text.
std::string fold_case(std::string_view text);
/// `text` followed by spaces up to `width` columns (at least one space), by
/// display width, so tables line up whatever the script.
std::string pad_to_width(std::string_view text, size_t width);
std::string join(const std::vector<std::string>& words, std::string_view separator = ", ");
/// "1 stretch", "3 stretches": `n`, then the word for one or for many.
std::string count_of(long long n, std::string_view one, std::string_view many);

/// Columns `text` takes on a terminal: wide (CJK) characters count two,
/// combining marks none (utf8proc's character widths).
size_t display_width(std::string_view text);

/// Breaks `text` into lines of at most `width` columns at spaces, and in
/// Chinese or Japanese text (two columns a character, no spaces) between
/// characters too; a word longer than the width stands on its own line. A
/// span in backticks (a command to copy) is never broken.
std::vector<std::string> wrap(std::string_view text, size_t width);

/// The width of a terminal line: what stretch's text output keeps within.
inline constexpr size_t kLineWidth = 80;

/// `text` wrapped into the kLineWidth columns, every line starting with
/// `indent` spaces and ending in a newline; nothing for no text.
std::string paragraph(std::string_view text, size_t indent = 0);

/// `lead`, then `text` wrapped into the `width` columns, each further line
/// indented as far as `lead` is wide; every line ends in a newline. A row
/// whose last column wraps. When `lead` leaves fewer than `min_room`
/// columns, `text` starts on the next line, indented by `indent` instead.
std::string hanging(std::string_view lead, std::string_view text, size_t width, size_t min_room = 24,
                    size_t indent = 4);

/// `text` made safe to print on a terminal on one line: line breaks and tabs
/// become spaces, other control characters (C0, DEL and C1, which include
/// the escapes that move the cursor or change colours) become caret or
/// <U+XXXX> notation, so a note can never rewrite the screen; so do the
/// bidirectional embeddings, overrides and isolates, so that it cannot turn
/// the rest of a line around either.
std::string terminal_safe(std::string_view text);

/// `word` as a POSIX shell would need it typed: as it is when it holds only
/// safe characters, else in single quotes.
std::string shell_quoted(std::string_view word);

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool valid_utf8(std::string_view text);

}  // namespace stretch
