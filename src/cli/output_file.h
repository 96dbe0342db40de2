#pragma once
/// `--output FILE` on `plan` and `report`: the answer goes to a file that is
/// replaced whole or not at all, so a cron job can refresh a printed sheet
/// every morning and a reader never sees half of one.

#include <filesystem>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

namespace stretch {

/// -o/--output FILE; `-` (or nothing) means standard output.
void add_output_option(CLI::App& command, std::string& output);

/// Writes `text` to `output`: to `out` when it is empty or `-`, else to a
/// new file beside it that is synced and then renamed over it. A symbolic
/// link is followed; a FIFO or a device is written to as it is, never
/// replaced, and /dev/stdout is `out`. A directory is refused (exit 73); a
/// new file gets the usual 0666 less the umask.
void write_output(const std::string& output, const std::string& text, std::ostream& out);

}  // namespace stretch
