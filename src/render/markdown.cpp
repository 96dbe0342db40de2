#include "render/markdown.h"

namespace stretch {

std::string markdown_text(std::string_view text) {
    static constexpr std::string_view kMarkup = "\\`*_{}[]<>()#+-.!|~&";
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        if (kMarkup.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_flare(const Flare& flare, std::string_view command) {
    return markdown_text(flare.reason + " " + flare_action(flare)) + " `" + flare_command(flare, command) + "`";
}

}  // namespace stretch
