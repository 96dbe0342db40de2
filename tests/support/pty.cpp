#include "support/pty.h"

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace stretch::testing {

PtyProgram::PtyProgram(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
                       const std::string& directory) {
    std::vector<std::string> storage;
    for (const auto& [name, value] : env) storage.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (auto& entry : storage) envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char*> argp;
    for (auto& arg : args) argp.push_back(arg.data());
    argp.push_back(nullptr);
    struct winsize size {};
    size.ws_row = 24;
    size.ws_col = 80;
    pid_ = forkpty(&master_, nullptr, nullptr, &size);
    if (pid_ < 0) throw std::runtime_error("forkpty failed");
    if (pid_ == 0) {
        if (chdir(directory.c_str()) != 0) _exit(127);
        execve(argp[0], argp.data(), envp.data());
        _exit(127);
    }
}

PtyProgram::~PtyProgram() {
    if (pid_ > 0 && !reaped_) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) close(master_);
}

bool PtyProgram::read_some(int timeout_ms) {
    struct pollfd wanted {master_, POLLIN, 0};
    if (poll(&wanted, 1, timeout_ms) <= 0) return false;
    char buffer[4096];
    const ssize_t got = read(master_, buffer, sizeof buffer);
    if (got <= 0) return false;  // EIO once the program and its children have closed the terminal
    output_.append(buffer, static_cast<size_t>(got));
    return true;
}

bool PtyProgram::reap(bool wait) {
    if (reaped_) return true;
    int status = 0;
    if (waitpid(pid_, &status, wait ? 0 : WNOHANG) != pid_) return false;
    reaped_ = true;
    exit_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return true;
}

bool PtyProgram::wait_for(const std::string& text, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const size_t at = output_.find(text, consumed_);
        if (at != std::string::npos) {
            consumed_ = at + text.size();
            return true;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        if (!read_some(static_cast<int>(std::min<long long>(left.count(), 200))) && reap(false)) {
            while (read_some(50)) {
            }
            const size_t late = output_.find(text, consumed_);
            if (late == std::string::npos) return false;
            consumed_ = late + text.size();
            return true;
        }
    }
}

void PtyProgram::type(const std::string& keys) {
    if (write(master_, keys.data(), keys.size()) != static_cast<ssize_t>(keys.size()))
        throw std::runtime_error("could not type into the terminal");
}

int PtyProgram::finish(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!reap(false)) {
        read_some(50);
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid_, SIGKILL);
            reap(true);
            return -1;
        }
    }
    while (read_some(50)) {
    }
    return exit_;
}

}  // namespace stretch::testing
