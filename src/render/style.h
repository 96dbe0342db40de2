#pragma once
/// Terminal emphasis that disappears when colour is off, so renderers can
/// call it unconditionally and tests compare plain text.

#include <string>
#include <string_view>

namespace stretch {

struct Style {
    bool color = false;

    std::string bold(std::string_view text) const;
    std::string dim(std::string_view text) const;
    std::string green(std::string_view text) const;
    std::string yellow(std::string_view text) const;
    std::string red(std::string_view text) const;
};

}  // namespace stretch
