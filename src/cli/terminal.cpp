#include "cli/terminal.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <iterator>

#include "core/error.h"
#include "store/temporary_files.h"

namespace stretch {

namespace {

/// The settings to put back, for the signal handler too: it may only touch
/// what is async-signal-safe, so they live in a plain static.
struct termios saved_settings;
struct termios raw_settings;
volatile sig_atomic_t settings_saved = 0;
/// Set on SIGCONT: what the screen showed may be gone (see continued_since()).
volatile sig_atomic_t continued = 0;
/// Written to on SIGCONT, so that a wait for a key ends even when the signal
/// came just before the wait began (a flag alone would be seen too late).
int wake_up[2] = {-1, -1};

struct sigaction previous_actions[kStopSignals.size()];

/// Puts the terminal back, then lets the signal do what it would have done.
void restore_and_reraise(int signal_number) {
    if (settings_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved_settings);
    const char show_cursor[] = "\x1b[?25h";
    (void)!write(STDOUT_FILENO, show_cursor, sizeof show_cursor - 1);
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
}

void on_continue(int);

/// Ctrl-Z (read as a key, then raised) or a SIGTSTP from outside: the shell
/// gets its terminal back as it was, and raw keys return on SIGCONT.
void on_stop(int) {
    if (settings_saved) tcsetattr(STDIN_FILENO, TCSANOW, &saved_settings);
    ::signal(SIGTSTP, SIG_DFL);
    ::raise(SIGTSTP);
}

void on_continue(int) {
    const int saved_errno = errno;  // the code it interrupted may be about to read it
    continued = 1;
    if (wake_up[1] >= 0) (void)!write(wake_up[1], "c", 1);
    if (settings_saved) {
        tcsetattr(STDIN_FILENO, TCSANOW, &raw_settings);
        ::signal(SIGTSTP, on_stop);
    }
    errno = saved_errno;
}

}  // namespace

bool RawTerminal::available() { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }

RawTerminal::RawTerminal() {
    if (tcgetattr(STDIN_FILENO, &saved_settings) != 0)
        throw Error(ErrorKind::io, "cannot read the terminal's settings", "run stretch go in a terminal");
    settings_saved = 1;
    if (wake_up[0] < 0 && ::pipe2(wake_up, O_CLOEXEC | O_NONBLOCK) != 0) wake_up[0] = wake_up[1] = -1;
    struct sigaction action {};
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kStopSignals); ++i) sigaction(kStopSignals[i], &action, &previous_actions[i]);
    ::signal(SIGTSTP, on_stop);
    ::signal(SIGCONT, on_continue);
    struct termios& raw = raw_settings;
    raw = saved_settings;
    // Keys arrive one at a time and unechoed; Ctrl-C and Ctrl-\ arrive as
    // keys too, so that quitting always goes through the same door.
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    raw_ = true;
}

RawTerminal::~RawTerminal() { restore(); }

void RawTerminal::restore() {
    if (!raw_) return;
    raw_ = false;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_settings);
    settings_saved = 0;
    for (size_t i = 0; i < std::size(kStopSignals); ++i) sigaction(kStopSignals[i], &previous_actions[i], nullptr);
    ::signal(SIGTSTP, SIG_DFL);
    ::signal(SIGCONT, SIG_DFL);
}

namespace {

/// Whether the program was continued since this was last asked; empties
/// the wake-up pipe, so that the next wait waits again.
bool continued_since() {
    if (!continued) return false;
    continued = 0;
    char drained[16];
    if (wake_up[0] >= 0)
        while (read(wake_up[0], drained, sizeof drained) > 0) {
        }
    return true;
}

}  // namespace

int RawTerminal::key(int timeout_ms) {
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_up[0], POLLIN, 0}};
    const struct pollfd& wanted = fds[0];
    const int ready = poll(fds, wake_up[0] >= 0 ? 2 : 1, timeout_ms);
    const int error = errno;
    // Asked first: a continue interrupts the wait (EINTR), or the pipe ends it.
    if (continued_since()) return kResumed;
    if (ready == 0) return kTimeout;
    if (ready < 0) return error == EINTR ? kTimeout : kClosed;
    if (!(wanted.revents & POLLIN)) return wanted.revents & (POLLHUP | POLLERR | POLLNVAL) ? kClosed : kTimeout;
    unsigned char byte = 0;
    const ssize_t got = read(STDIN_FILENO, &byte, 1);
    if (got == 1 && byte == 26) {  // Ctrl-Z: stop as a shell expects, until continued
        ::raise(SIGTSTP);
        return continued_since() ? kResumed : kTimeout;
    }
    if (got == 1) return byte;
    if (got < 0 && errno == EINTR) return kTimeout;
    return kClosed;
}

}  // namespace stretch
