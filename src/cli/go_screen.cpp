#include "cli/go_screen.h"

#include <utility>

#include "core/text.h"

namespace stretch {

void Screen::clear() {
    if (!dumb_) out_ << "\x1b[H\x1b[2J";
    out_.flush();
    shown_.clear();
    status_.clear();
}

void Screen::line(const std::string& text) {
    out_ << text << "\n";
    shown_.push_back(text);
}

void Screen::status(const std::string& text, bool ring) {
    out_ << (ring ? "\a" : "") << "\r" << (dumb_ ? "" : "\x1b[K") << text;
    if (dumb_) out_ << std::string(text.size() < kLineWidth - 1 ? kLineWidth - 1 - text.size() : 0, ' ');
    out_.flush();
    status_ = text;
}

void Screen::end_status() {
    out_ << "\n";
    shown_.push_back(std::exchange(status_, {}));
}

void Screen::drop_status() {
    status({}, false);  // an empty status line: on a dumb terminal, blanks to its end
    if (dumb_) out_ << "\r";
    out_.flush();
}

void Screen::redraw() {
    const std::vector<std::string> lines = std::move(shown_);
    const std::string status = status_;
    clear();
    for (const std::string& text : lines) line(text);
    if (!status.empty()) this->status(status, false);
}

int next_key(RawTerminal& terminal, Screen& screen, int timeout_ms) {
    while (true) {
        const int key = terminal.key(timeout_ms);
        if (key != RawTerminal::kResumed) return key;
        screen.redraw();
    }
}

}  // namespace stretch
