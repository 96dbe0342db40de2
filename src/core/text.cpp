#include "core/text.h"

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>

#include <utf8proc.h>

namespace stretch {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string fold_case(std::string_view text) {
    utf8proc_uint8_t* folded = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                     static_cast<utf8proc_ssize_t>(text.size()), &folded,
                                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                    UTF8PROC_CASEFOLD));
    if (length < 0) return lower(text);  // not UTF-8: fold what can be folded
    std::string out(reinterpret_cast<const char*>(folded), static_cast<size_t>(length));
    std::free(folded);
    return out;
}

std::string pad_to_width(std::string_view text, size_t width) {
    const size_t used = display_width(text);
    return std::string(text) + std::string(used < width ? width - used : 1, ' ');
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
    std::string text;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) text += separator;
        text += words[i];
    }
    return text;
}

std::string count_of(long long n, std::string_view one, std::string_view many) {
    std::string text = std::to_string(n) + ' ';
    text += n == 1 ? one : many;
    return text;
}

namespace {
/// Columns of an ASCII byte: printable characters one, controls none.
constexpr size_t ascii_columns(unsigned char byte) { return byte >= 0x20 && byte < 0x7f ? 1 : 0; }
}  // namespace

size_t display_width(std::string_view text) {
    size_t width = 0;
    auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        if (*bytes < 0x80) {  // ASCII, most text: printable characters are one column, controls none
            width += ascii_columns(*bytes);
            ++bytes, --left;
            continue;
        }
        utf8proc_int32_t code = 0;
        const auto used = utf8proc_iterate(bytes, left, &code);
        if (used <= 0) {  // a stray byte: one column, as a terminal shows a replacement
            ++width, ++bytes, --left;
            continue;
        }
        width += static_cast<size_t>(utf8proc_charwidth(code));
        bytes += used, left -= used;
    }
    return width;
}

namespace {

/// A word of `text` between runs of white space, as `>>` reads them, with
/// what wrap asks of it found in the same pass over its bytes: wrapping is
/// on the path of every printed plan, a thousand words of it.
struct Word {
    std::string_view text;
    size_t ascii_width = 0;     ///< its display width, when `ascii`
    bool ascii = true;          ///< no byte above 0x7f
    bool backticks = false;     ///< holds a backtick
    bool odd_backticks = false; ///< opens (or closes) a `quoted command`
};

/// Reads the word after `at` into `word` and moves `at` past it; false
/// when only white space is left. No stream and no copy.
bool next_word(std::string_view text, size_t& at, Word& word) {
    const auto blank = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    const size_t size = text.size();
    while (at < size && blank(static_cast<unsigned char>(text[at]))) ++at;
    if (at == size) return false;
    const size_t start = at;
    word = Word{};
    for (; at < size; ++at) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (blank(byte)) break;
        if (byte >= 0x80) word.ascii = false;
        word.ascii_width += ascii_columns(byte);
        if (byte == '`') {
            word.backticks = true;
            word.odd_backticks = !word.odd_backticks;
        }
    }
    word.text = text.substr(start, at - start);
    return true;
}

bool opens_quote(std::string_view word) { return std::count(word.begin(), word.end(), '`') % 2 == 1; }

/// What never starts a line in Chinese or Japanese text: closing
/// punctuation and brackets, the long-vowel mark and small kana, and the
/// ASCII punctuation that may follow such text; and an emoji's skin-tone
/// modifier, which belongs to the emoji before it.
bool never_starts_line(utf8proc_int32_t code) {
    switch (code) {
    case 0x3001: case 0x3002: case 0xff0c: case 0xff0e: case 0xff01: case 0xff1f: case 0xff1a: case 0xff1b:
    case 0x300d: case 0x300f: case 0xff09: case 0x3011: case 0x3015: case 0x3009: case 0x300b: case 0x30fb:
    case 0x30fc: case 0x3063: case 0x30c3: case 0x3083: case 0x3085: case 0x3087: case 0x30e3: case 0x30e5:
    case 0x30e7: case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049: case 0x30a1: case 0x30a3:
    case 0x30a5: case 0x30a7: case 0x30a9:
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']':
        return true;
    default:
        return code >= 0x1f3fb && code <= 0x1f3ff;
    }
}

/// What never ends a line: opening brackets, and the zero-width joiner
/// inside an emoji sequence.
bool never_ends_line(utf8proc_int32_t code) {
    switch (code) {
    case 0x300c: case 0x300e: case 0xff08: case 0x3010: case 0x3014: case 0x3008: case 0x300a:
    case '(': case '[': case 0x200d:
        return true;
    default:
        return false;
    }
}

/// Calls `piece` with each part of `word` a line may break between: text
/// in scripts written without spaces (Chinese, Japanese), whose characters
/// are two columns wide, breaks before any of them but its closing
/// punctuation; a word in any other script is one piece. Each piece keeps
/// its combining marks.
template <typename Piece>
void for_each_breakable_piece(std::string_view word, Piece piece) {
    auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
    size_t start = 0, at = 0;
    bool wide_before = false;
    utf8proc_int32_t before = 0;  // the last code point, to see what it allows after it
    while (at < word.size()) {
        utf8proc_int32_t code = 0;
        const auto used = utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(word.size() - at), &code);
        const size_t length = used > 0 ? static_cast<size_t>(used) : 1;
        if (used <= 0) code = 0xfffd;  // a stray byte: one column, as a terminal shows it
        const int width = used > 0 ? utf8proc_charwidth(code) : 1;
        const bool wide = width == 2;
        // A break before a wide character, or after one, where the two allow it.
        if (at > start && width > 0 && (wide || wide_before) && !never_starts_line(code) && !never_ends_line(before)) {
            piece(word.substr(start, at - start));
            start = at;
        }
        if (width > 0) wide_before = wide;
        before = code;
        at += length;
    }
    piece(word.substr(start));
}

/// A last line of one short word ("min.") reads as cut off: the word
/// before it joins it there, when it fits and is not in backticks.
/// `starts_word`: the last line begins a word, so the break before it was a
/// space (not one inside Chinese or Japanese text, which has none to keep).
void keep_last_word_company(std::vector<std::string>& lines, size_t width, bool starts_word) {
    constexpr size_t kShortWord = 4;
    if (lines.size() < 2 || !starts_word) return;
    std::string& last = lines.back();
    std::string& before = lines[lines.size() - 2];
    const size_t space = before.rfind(' ');
    if (last.find(' ') != std::string::npos || display_width(last) > kShortWord || space == std::string::npos ||
        before.find('`', space) != std::string::npos)
        return;
    const std::string moved = before.substr(space + 1) + ' ' + last;
    if (display_width(moved) > width) return;
    before.erase(space);
    last = moved;
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, size_t width) {
    std::vector<std::string> lines;
    size_t at = 0;
    Word word;
    std::string quoted;  // a `quoted command` is one word, so it can be copied whole
    // Each full line is copied out, not moved, so that this buffer is
    // allocated once rather than grown again for every line.
    std::string line;
    line.reserve(width + 1);
    size_t line_width = 0;
    bool line_starts_word = true;
    // Pieces of one word join without a space.
    const auto place = [&](std::string_view piece, size_t piece_width, bool starts_word) {
        const bool space = starts_word && !line.empty();
        if (!line.empty() && line_width + space + piece_width > width) {
            lines.push_back(line);
            line.clear();
            line_width = 0;
            line_starts_word = starts_word;
        } else if (space) {
            line += ' ';
            ++line_width;
        }
        line += piece;
        line_width += piece_width;
    };
    while (next_word(text, at, word)) {
        if (word.odd_backticks) {
            quoted.assign(word.text);
            for (Word more; opens_quote(quoted) && next_word(text, at, more);) (quoted += ' ') += more.text;
            place(quoted, display_width(quoted), true);
        } else if (word.ascii) {
            place(word.text, word.ascii_width, true);
        } else if (word.backticks) {
            place(word.text, display_width(word.text), true);
        } else {
            bool first = true;
            for_each_breakable_piece(word.text, [&](std::string_view piece) {
                place(piece, display_width(piece), first);
                first = false;
            });
        }
    }
    if (!line.empty()) lines.push_back(std::move(line));
    keep_last_word_company(lines, width, line_starts_word);
    return lines;
}

std::string paragraph(std::string_view text, size_t indent) {
    std::string out;
    for (const auto& line : wrap(text, kLineWidth - indent)) (out.append(indent, ' ') += line) += '\n';
    return out;
}

std::string hanging(std::string_view lead, std::string_view text, size_t width, size_t min_room, size_t indent) {
    const size_t lead_width = display_width(lead);
    const bool beside = lead_width + min_room <= width;
    const size_t column = beside ? lead_width : indent;
    std::string out(lead);
    const auto lines = wrap(text, width > column ? width - column : 1);
    if (lines.empty() || !beside) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0 || !beside) out.append(column, ' ');
        (out += lines[i]) += '\n';
    }
    return out;
}

namespace {

/// The code point when `text` at `i` holds a bidirectional embedding,
/// override or isolate (U+202A..U+202E, U+2066..U+2069), which would turn
/// the rest of a printed line around; 0 otherwise. All are three bytes.
unsigned bidi_control_at(std::string_view text, size_t i) {
    if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xe2) return 0;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const auto third = static_cast<unsigned char>(text[i + 2]);
    if ((second == 0x80 && third >= 0xaa && third <= 0xae) || (second == 0x81 && third >= 0xa6 && third <= 0xa9))
        return 0x2000u + ((second & 0x3fu) << 6) + (third & 0x3fu);
    return 0;
}

/// "<U+202E>": a character shown rather than obeyed.
std::string code_point_notation(unsigned code) {
    char text[16];
    std::snprintf(text, sizeof text, "<U+%04X>", code);
    return text;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (c < 0x20) {
            out += '^';
            out += static_cast<char>(c + 0x40);
        } else if (c == 0x7f) {
            out += "^?";
        } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            out += code_point_notation(static_cast<unsigned char>(text[++i]));
        } else if (const unsigned bidi = bidi_control_at(text, i); bidi != 0) {
            out += code_point_notation(bidi);
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool valid_utf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xe ? 3 : (byte >> 3) == 0x1e ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        uint32_t code = length == 1 ? byte : byte & (0x7f >> length);
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) return false;
            code = (code << 6) | (next & 0x3f);
        }
        static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
        i += length;
    }
    return true;
}

std::string shell_quoted(std::string_view word) {
    const bool safe = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                              "0123456789_./:=@%+,-") == std::string_view::npos;
    if (safe) return std::string(word);
    std::string quoted = "'";
    for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace stretch
