#pragma once
/// Runs a program in a real pseudo-terminal, as a person at a terminal
/// meets it: the test types keys and waits for what appears on the screen.

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace stretch::testing {

class PtyProgram {
public:
    /// Starts argv (argv[0] a path) with exactly `env`, in `directory`, on a
    /// new 80x24 pseudo-terminal that is its controlling terminal.
    PtyProgram(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
               const std::string& directory);
    ~PtyProgram();
    PtyProgram(const PtyProgram&) = delete;
    PtyProgram& operator=(const PtyProgram&) = delete;

    /// Reads the screen's output until `text` has appeared after what earlier
    /// waits consumed; false after `timeout` (the output so far is in seen()).
    bool wait_for(const std::string& text, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    /// Types `keys`.
    void type(const std::string& keys);
    /// Waits for the program to end and returns its exit status (128 + the
    /// signal when one ended it); reads the rest of its output.
    int finish(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    int pid() const { return pid_; }
    /// Everything the program wrote so far.
    const std::string& seen() const { return output_; }

private:
    bool read_some(int timeout_ms);
    /// Collects the exit status once the program has ended; `wait` blocks.
    bool reap(bool wait);
    int pid_ = -1;
    bool reaped_ = false;
    int exit_ = -1;
    int master_ = -1;
    std::string output_;
    size_t consumed_ = 0;
};

}  // namespace stretch::testing
