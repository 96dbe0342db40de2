#pragma once
/// Builds the command line and runs it: the one place where errors become
/// messages and exit codes.

#include <string>
#include <vector>

#include "cli/session.h"

namespace stretch {

/// The fix for output that could not be written, when nothing was saved.
inline constexpr const char* kCheckTheOutput = "check where the output goes: a full disk, or a pipe closed early";

/// Parses `args` (without the program name) and runs the chosen command.
/// Catches every stretch::Error and parse error, prints it as one line on
/// `err`, and returns the documented exit code.
int run_app(const std::vector<std::string>& args, const Environment& env, std::ostream& out,
            std::ostream& err, bool out_is_terminal);

}  // namespace stretch
