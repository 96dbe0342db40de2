#include "render/markdown.h"

#include "core/text.h"

namespace stretch {

std::string markdown_text(std::string_view text) {
    static constexpr std::string_view kMarkup = "\\`*_{}[]<>()#+-.!|~&";
    std::string out;
    out.reserve(text.size());
    for (char c : terminal_safe(text)) {  // line breaks become spaces there
        if (kMarkup.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_flare(const Flare& flare, std::string_view stretch, std::string_view what) {
    const std::string command = flare_command(flare, stretch, what);
    return markdown_text(flare.reason + " " + flare_action(flare)) + (command.empty() ? "" : " `" + command + "`");
}

}  // namespace stretch
