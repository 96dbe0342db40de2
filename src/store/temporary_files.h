#pragma once
/// Files a command makes under a temporary name beside their real place (an
/// import's new log, a backup, an --output file) are removed when SIGINT,
/// SIGQUIT, SIGTERM or SIGHUP stops the command before it moves them into place, so
/// that stopping stretch never leaves a hidden copy of a log behind.

#include <signal.h>

#include <array>
#include <filesystem>

namespace stretch {

/// The signals that stop a command and that it tidies up after before it
/// stops: Ctrl-C, Ctrl-\, `kill`, and a closed terminal.
inline constexpr std::array<int, 4> kStopSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

/// Removes `path` and the files SQLite keeps beside it (-wal, -shm,
/// -journal) if the process is stopped by one of those signals while the
/// guard lives. Moving the file into place, or removing it, is the
/// caller's: the guard only stops watching when it goes. A signal that the
/// process was started ignoring (a background job's SIGINT) stays ignored.
class TemporaryFileGuard {
public:
    explicit TemporaryFileGuard(const std::filesystem::path& path);
    ~TemporaryFileGuard();
    TemporaryFileGuard(const TemporaryFileGuard&) = delete;
    TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

private:
    int slot_ = -1;  ///< -1 when the name was too long, or every slot was taken
};

}  // namespace stretch
