#include "render/style.h"

#include <algorithm>

namespace stretch {

namespace {
/// Each line is painted on its own and reset before its newline, so that no
/// colour runs on past a line (into a pager's next screen, or the prompt).
std::string paint(bool on, std::string_view code, std::string_view text) {
    if (!on) return std::string(text);
    std::string out;
    while (!text.empty()) {
        const size_t end = std::min(text.find('\n'), text.size());
        if (end > 0) out += "\x1b[" + std::string(code) + "m" + std::string(text.substr(0, end)) + "\x1b[0m";
        if (end == text.size()) break;
        out += '\n';
        text.remove_prefix(end + 1);
    }
    return out;
}
}  // namespace

std::string Style::bold(std::string_view text) const { return paint(color, "1", text); }
std::string Style::dim(std::string_view text) const { return paint(color, "2", text); }
std::string Style::green(std::string_view text) const { return paint(color, "32", text); }
std::string Style::yellow(std::string_view text) const { return paint(color, "33", text); }
std::string Style::red(std::string_view text) const { return paint(color, "31", text); }

}  // namespace stretch
