#pragma once
/// The screen of `stretch go`: plain lines, a clear between stretches and
/// the cue redrawn in place, nothing a 24x80 terminal cannot show; and
/// waiting for a key with the screen drawn again after Ctrl-Z and fg.

#include <ostream>
#include <string>
#include <vector>

#include "cli/terminal.h"
#include "render/style.h"

namespace stretch {

/// What go writes to the terminal. It keeps what it shows since the last
/// clear, to show it again after Ctrl-Z.
class Screen {
public:
    Screen(std::ostream& out, const Style& style, bool dumb) : out_(out), style_(style), dumb_(dumb) {}

    void clear();
    /// The terminal's output processing stays on, so "\n" starts a new line.
    void line(const std::string& text = {});
    /// Rewrites the current line, with the terminal's bell when `ring`.
    void status(const std::string& text, bool ring);
    /// Keeps the status line on screen, and goes on below it.
    void end_status();
    /// Erases the status line, for a prompt ("any key: go on") that has
    /// been answered: what comes next takes its place.
    void drop_status();
    /// Everything since the last clear again, after the shell used the
    /// screen (Ctrl-Z, then fg).
    void redraw();
    const Style& style() const { return style_; }
    std::ostream& out() { return out_; }

private:
    std::ostream& out_;
    const Style& style_;
    bool dumb_;
    std::vector<std::string> shown_;  ///< the lines since the last clear
    std::string status_;              ///< the current line, while a status
};

/// The next key, as RawTerminal::key, but a continue after Ctrl-Z draws
/// the screen again and goes on waiting, rather than counting as a key.
int next_key(RawTerminal& terminal, Screen& screen, int timeout_ms);

}  // namespace stretch
