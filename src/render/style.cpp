#include "render/style.h"

namespace stretch {

namespace {
std::string paint(bool on, std::string_view code, std::string_view text) {
    if (!on) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
}
}  // namespace

std::string Style::bold(std::string_view text) const { return paint(color, "1", text); }
std::string Style::dim(std::string_view text) const { return paint(color, "2", text); }
std::string Style::green(std::string_view text) const { return paint(color, "32", text); }
std::string Style::yellow(std::string_view text) const { return paint(color, "33", text); }
std::string Style::red(std::string_view text) const { return paint(color, "31", text); }

}  // namespace stretch
