#pragma once
/// The terminal as the guided session uses it: keys one at a time, without
/// echo, and put back exactly as it was on every way out: a normal return,
/// an exception, the quit key, Ctrl-C (read as a key), and SIGINT, SIGTERM,
/// SIGHUP (a closed terminal) or SIGQUIT sent from outside. Ctrl-Z or
/// SIGTSTP stops it with the terminal put back, and SIGCONT resumes raw keys.

#include <optional>
#include <termios.h>

namespace stretch {

class RawTerminal {
public:
    /// True when standard input and output are both a terminal.
    static bool available();

    /// Saves the terminal's settings and switches to raw keys.
    RawTerminal();
    ~RawTerminal();
    RawTerminal(const RawTerminal&) = delete;
    RawTerminal& operator=(const RawTerminal&) = delete;

    /// What waiting for a key can end with besides a key.
    static constexpr int kTimeout = -1;
    static constexpr int kClosed = -2;  ///< the terminal went away
    /// Stopped (Ctrl-Z) and continued since: the shell used the screen
    /// meanwhile, so the caller draws it anew and waits again.
    static constexpr int kResumed = -3;
    /// The next key (a byte), or kTimeout after `timeout_ms`, kResumed, or kClosed.
    int key(int timeout_ms);

    /// Puts the settings back now (also done by the destructor).
    void restore();

private:
    bool raw_ = false;
};

}  // namespace stretch
