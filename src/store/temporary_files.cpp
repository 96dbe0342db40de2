#include "store/temporary_files.h"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <string.h>

#include "store/schema.h"

namespace stretch {

namespace {

constexpr int kSlots = 4;
constexpr size_t kPathBytes = 4096;

/// Each watched file's names, ready to unlink: the handler may only call
/// async-signal-safe functions, so nothing is built or allocated there.
char watched[kSlots][kLogFileSuffixes.size()][kPathBytes];
volatile sig_atomic_t in_use[kSlots];

void remove_watched_and_stop(int signal) {
    for (int slot = 0; slot < kSlots; ++slot)
        if (in_use[slot])
            for (const char* name : watched[slot]) ::unlink(name);
    // Stopped as the signal would have stopped it, so the caller's shell
    // still sees "killed by SIGINT" (exit 130).
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

/// Handles the signals once, leaving alone any the process was started
/// ignoring (nohup, or a background job in a script).
void install_handlers_once() {
    static const bool installed = [] {
        for (int signal : kStopSignals) {
            struct sigaction current {};
            if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
            struct sigaction handler {};
            handler.sa_handler = remove_watched_and_stop;
            sigfillset(&handler.sa_mask);
            ::sigaction(signal, &handler, nullptr);
        }
        return true;
    }();
    (void)installed;
}

/// The signals blocked for as long as it lives, so that the handler never
/// sees a slot half written.
class SignalsBlocked {
public:
    SignalsBlocked() {
        sigset_t set;
        sigemptyset(&set);
        for (int signal : kStopSignals) sigaddset(&set, signal);
        ::sigprocmask(SIG_BLOCK, &set, &before_);
    }
    ~SignalsBlocked() { ::sigprocmask(SIG_SETMASK, &before_, nullptr); }
    SignalsBlocked(const SignalsBlocked&) = delete;
    SignalsBlocked& operator=(const SignalsBlocked&) = delete;

private:
    sigset_t before_{};
};

}  // namespace

TemporaryFileGuard::TemporaryFileGuard(const std::filesystem::path& path) {
    const std::string& name = path.native();
    for (const char* suffix : kLogFileSuffixes)
        if (name.size() + std::strlen(suffix) >= kPathBytes) return;
    install_handlers_once();
    SignalsBlocked blocked;
    for (int slot = 0; slot < kSlots; ++slot) {
        if (in_use[slot]) continue;
        for (size_t i = 0; i < kLogFileSuffixes.size(); ++i)
            std::strcpy(::stpcpy(watched[slot][i], name.c_str()), kLogFileSuffixes[i]);
        in_use[slot] = 1;
        slot_ = slot;
        return;
    }
}

TemporaryFileGuard::~TemporaryFileGuard() {
    if (slot_ < 0) return;
    SignalsBlocked blocked;
    in_use[slot_] = 0;
}

}  // namespace stretch
