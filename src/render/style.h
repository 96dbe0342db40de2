#pragma once
/// Terminal emphasis that disappears when colour is off, so renderers can
/// call it unconditionally and tests compare plain text.

#include <string>
#include <string_view>

namespace stretch {

struct Style {
    bool color = false;
    /// The terminal shows UTF-8, so box and block glyphs may be used where
    /// colour is on; in the C locale they would print as mojibake.
    bool unicode = true;

    /// Colour with glyphs: the rich calendar and sparkline.
    bool rich() const { return color && unicode; }

    std::string bold(std::string_view text) const;
    std::string dim(std::string_view text) const;
    std::string green(std::string_view text) const;
    std::string yellow(std::string_view text) const;
    std::string red(std::string_view text) const;
};

}  // namespace stretch
