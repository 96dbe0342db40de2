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

/// Refuses (a usage Error, saying to name another file for `what`) a `path`
/// that is the log at `database` or one of SQLite's files beside it (-wal,
/// -shm, -journal), by any name or link: writing there would wreck the log.
void refuse_log_files(const std::string& path, const std::filesystem::path& database, const std::string& what);

/// Writes `text` to `output`: to `out` when it is empty or `-`, else to a
/// new file beside it that is synced and then renamed over it. A symbolic
/// link is followed; a FIFO or a device is written to as it is, never
/// replaced; /dev/stdout is `out`, and another of our own descriptors
/// (/dev/stderr, /dev/fd/N, /proc/self/fd/N) is written to as it is open.
/// A directory is refused (exit 73); a replaced file keeps its owner, group
/// and permission bits (as far as this user may give them), and a new file
/// gets the usual 0666 less the umask.
void write_output(const std::string& output, const std::string& text, std::ostream& out);

/// Whether standard output is a pipe whose reader has gone away (`stretch
/// history | head` once head has its lines): Linux reports an error
/// condition on a pipe's writing end then (not on a socket's).
bool standard_output_reader_gone();

}  // namespace stretch
