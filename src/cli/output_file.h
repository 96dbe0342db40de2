#pragma once
/// `--output FILE` on `plan` and `report`: the answer goes to a file that is
/// replaced whole or not at all, so a cron job can refresh a printed sheet
/// every morning and a reader never sees half of one.

#include <filesystem>
#include <memory>
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

/// Where `plan` or `report` writes its answer: standard output when
/// `output` is empty or `-`, else the file it names. Made ready before the
/// command changes anything (it may record a routine version), so that an
/// --output that cannot be written is refused while the log is untouched.
///
/// A regular file is written to a new file beside it, opened here, that
/// write() syncs and renames over it; it is removed if the command fails
/// or is stopped before then. A symbolic link is followed; a FIFO or a
/// device is written to as it is, never replaced; /dev/stdout is `out`,
/// and another of our own descriptors (/dev/stderr, /dev/fd/N,
/// /proc/self/fd/N) is written to as it is open. A directory, a missing
/// directory, or a file this user may not write is refused (exit 73); a
/// replaced file keeps its owner, group and permission bits (as far as this
/// user may give them), and a new file gets the usual 0666 less the umask.
class OutputFile {
public:
    OutputFile(const std::string& output, std::ostream& out);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Writes all of `text`, once; a failure is an io Error (exit 74).
    void write(const std::string& text);

private:
    struct Partial;
    std::ostream& out_;
    std::string output_;                ///< as the person gave it, for messages
    std::filesystem::path through_;     ///< a file written through as it is
    int fd_ = -1;                       ///< one of our own descriptors
    std::unique_ptr<Partial> partial_;  ///< the new file beside a regular one
};

/// Whether standard output is a pipe whose reader has gone away (`stretch
/// history | head` once head has its lines): Linux reports an error
/// condition on a pipe's writing end then (not on a socket's).
bool standard_output_reader_gone();

}  // namespace stretch
