/// stretch: hands the real environment, streams and terminal to run_app.

#include <unistd.h>

#include <csignal>
#include <iostream>

#include "cli/app.h"
#include "cli/usage.h"
#include "core/error.h"

int main(int argc, char** argv) {
    // A reader that goes away (`stretch log ... | true`) must not kill the
    // command before it can say whether the log changed: the write fails
    // instead, and run_app answers it (exit 74).
    std::signal(SIGPIPE, SIG_IGN);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const int code = stretch::run_app(args, stretch::Environment::from_process(), std::cout, std::cerr,
                                      isatty(STDOUT_FILENO) == 1);
    std::cout.flush();
    // run_app reports its own output failures (exit 74), saying whether the log changed.
    if (!std::cout && code != stretch::exit_code(stretch::ErrorKind::io)) {
        // Help or the version, which CLI11 prints: nothing was logged.
        stretch::print_error(std::cerr, "could not write the output", stretch::kCheckTheOutput);
        return stretch::exit_code(stretch::ErrorKind::io);
    }
    return code;
}
