#include "cli/output_file.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <utility>

#include "cli/shared_options.h"
#include "core/error.h"
#include "store/schema.h"
#include "store/temporary_files.h"

namespace stretch {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void cannot_write(const fs::path& path, const std::string& why) {
    throw Error(ErrorKind::io, "cannot write " + path.string() + ": " + why,
                "check the disk and the directory's permissions");
}

/// The process's umask, read without changing it for longer than a moment.
mode_t current_umask() {
    const mode_t mask = ::umask(0022);
    ::umask(mask);
    return mask;
}

/// The descriptor `path` names when it is one of this process's own open
/// files (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N, or
/// /proc/PID/fd/N with our PID); -1 otherwise. Such a file is already open,
/// maybe for appending (`2>> file`): it is written through that descriptor,
/// never opened again or replaced.
int own_descriptor(const fs::path& path) {
    const std::string text = path.lexically_normal().string();
    if (text == "/dev/stdout") return STDOUT_FILENO;
    if (text == "/dev/stderr") return STDERR_FILENO;
    for (const std::string& prefix : {std::string("/dev/fd/"), std::string("/proc/self/fd/"),
                                     std::string("/proc/thread-self/fd/"),
                                     "/proc/" + std::to_string(::getpid()) + "/fd/"}) {
        if (!text.starts_with(prefix)) continue;
        const std::string number = text.substr(prefix.size());
        if (number.empty() || number.size() > 9 ||
            number.find_first_not_of("0123456789") != std::string::npos)
            return -1;
        return std::stoi(number);
    }
    return -1;
}

/// Where the text for `path` goes.
struct Destination {
    fs::path file;    ///< a regular file, or where a new one is made (links followed)
    int fd = -1;      ///< else one of this process's open descriptors
    bool through = false;  ///< else written through `file` as it is (another process's /proc file)
};

/// Follows symbolic links as the shell's `>` would, so that a link stays
/// and its target gets the text, and stops at a descriptor of our own.
Destination destination_of(fs::path path) {
    std::error_code error;
    for (int hops = 0;; ++hops) {
        if (const int fd = own_descriptor(path); fd >= 0) return {.file = {}, .fd = fd};
        const std::string text = path.lexically_normal().string();
        // Another process's open file: only writing through reaches it.
        if (text.starts_with("/proc/") || text.starts_with("/dev/fd/"))
            return {.file = path, .fd = -1, .through = true};
        if (!fs::is_symlink(path, error)) return {.file = path};
        if (hops == 40)
            throw Error(ErrorKind::cant_create, path.string() + ": too many levels of symbolic links",
                        "point the link at a file, or name another one");
        const fs::path next = fs::read_symlink(path, error);
        if (error) cannot_write(path, error.message());
        path = next.is_absolute() ? next : path.parent_path() / next;
    }
}

/// Writes all of `text` to `fd`; the reason it could not, else empty.
std::string write_all(int fd, std::string_view text) {
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? std::strerror(errno) : "nothing was written";
        written += static_cast<size_t>(n);
    }
    return {};
}

/// Writes `text` to what is already there and is not a regular file (a
/// FIFO, a terminal, /dev/null, another process's open file): such a file is
/// written through, as by `>` (emptied first when it can be), never replaced
/// by a regular file of the same name.
void write_through(const fs::path& target, const std::string& text) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) cannot_write(target, std::strerror(errno));
    if (const std::string why = write_all(fd, text); !why.empty()) {
        ::close(fd);
        cannot_write(target, why);
    }
    if (::close(fd) != 0) cannot_write(target, std::strerror(errno));
}

/// Gives the new file `fd` the owner, group and permission bits (never
/// set-id bits) of `replaced`: root refreshing a user's report must not lock
/// the user out of it. An owner this user may not give is left as it is.
void keep_owner_and_mode(int fd, const fs::path& replaced) {
    struct stat old {};
    if (::stat(replaced.c_str(), &old) != 0) return;
    if (::fchown(fd, old.st_uid, old.st_gid) != 0) (void)::fchown(fd, static_cast<uid_t>(-1), old.st_gid);
    ::fchmod(fd, old.st_mode & 0777);
}

}  // namespace

void refuse_log_files(const std::string& path, const fs::path& database, const std::string& what) {
    if (path.empty() || path == "-") return;
    std::error_code error;
    const fs::path given = fs::weakly_canonical(path, error);
    for (const char* suffix : kLogFileSuffixes) {
        const fs::path file = database.string() + suffix;
        std::error_code none;
        // The same file by another name or a hard link, or the same name
        // for one not made yet (a journal appears only while writing).
        if (fs::equivalent(path, file, none) || (!error && given == fs::weakly_canonical(file, none)))
            throw Error(ErrorKind::usage,
                        path + (*suffix ? " is the log's own " + std::string(suffix + 1) + " file" : " is the log itself"),
                        "name another file for " + what);
    }
}

void add_output_option(CLI::App& command, std::string& output) {
    command.add_option("-o,--output", output, "Write to FILE (replaced whole), not standard output")
        ->type_name("FILE")
        ->check(non_empty());
}

/// The new file beside a regular one: made before the command changes
/// anything, moved into place by write(), removed if it never is.
struct OutputFile::Partial {
    Partial(fs::path target, fs::path directory)
        : target(std::move(target)), directory(std::move(directory)),
          path(this->directory / ("." + this->target.filename().string() + ".partial-" + std::to_string(::getpid()))),
          removed_if_stopped(path) {}  // before it exists: no moment unwatched
    ~Partial() {
        if (fd >= 0) ::close(fd);
        std::error_code error;
        if (created && !renamed) fs::remove(path, error);
    }
    Partial(const Partial&) = delete;
    Partial& operator=(const Partial&) = delete;

    fs::path target;     ///< where the answer goes: the named file, its links followed
    fs::path directory;  ///< where both are, to sync after the rename
    fs::path path;       ///< a new name beside the target, so that the rename is atomic
    const TemporaryFileGuard removed_if_stopped;
    int fd = -1;
    bool created = false;  ///< by this process: only then is it ours to remove
    bool renamed = false;
};

OutputFile::OutputFile(const std::string& output, std::ostream& out) : out_(out), output_(output) {
    if (output.empty() || output == "-") return;
    std::error_code error;
    const fs::file_status status = fs::status(output, error);  // through any links
    if (fs::is_directory(status))
        throw Error(ErrorKind::cant_create, output + " is a directory",
                    "name a file in it, such as " + (fs::path(output) / "stretch.txt").string());
    const Destination destination = destination_of(output);
    // Standard output by any name is `out`, so that `>>` appends and the
    // order of what is written stays; another descriptor gets it directly.
    if (destination.fd == STDOUT_FILENO) return;
    if (destination.fd >= 0) {
        const int flags = ::fcntl(destination.fd, F_GETFL);
        if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY)
            throw Error(ErrorKind::cant_create,
                        "cannot write " + output + ": " + (flags < 0 ? std::strerror(errno) : "it is open only for reading"),
                        "open that descriptor for writing, or name a file");
        fd_ = destination.fd;
        return;
    }
    if ((fs::exists(status) && !fs::is_regular_file(status)) || destination.through) {
        // Opened only by write(): a FIFO's open waits for its reader.
        if (::access(output.c_str(), W_OK) != 0)
            throw Error(ErrorKind::cant_create, "cannot open " + output + ": " + std::strerror(errno),
                        "name a file you may write, or - for standard output");
        through_ = output;
        return;
    }
    const fs::path& target = destination.file;
    // A file made read-only is not written over, as `>` and `cp` would not.
    if (fs::is_regular_file(status) && ::access(target.c_str(), W_OK) != 0)
        throw Error(ErrorKind::cant_create, "cannot write " + output + ": " + std::strerror(errno),
                    "make it writable (chmod u+w) or name another file");
    partial_ = std::make_unique<Partial>(target, target.parent_path().empty() ? fs::path(".") : target.parent_path());
    partial_->fd = ::open(partial_->path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666 & ~current_umask());
    partial_->created = partial_->fd >= 0;
    if (partial_->fd < 0) {
        const int why = errno;
        partial_.reset();
        // Named as the user gave it: the temporary name is ours, not theirs.
        throw Error(ErrorKind::cant_create, "cannot create " + target.string() + ": " + std::strerror(why),
                    "check that the directory exists and is writable");
    }
    // A report holds health notes: a file made private stays private, and
    // its owner's, when it is replaced, as it would when written over by `>`.
    if (fs::is_regular_file(status)) keep_owner_and_mode(partial_->fd, target);
}

OutputFile::~OutputFile() = default;

void OutputFile::write(const std::string& text) {
    if (fd_ >= 0) {
        out_.flush();
        if (const std::string why = write_all(fd_, text); !why.empty()) cannot_write(output_, why);
        return;
    }
    if (!through_.empty()) return write_through(through_, text);
    if (!partial_) {
        out_ << text;
        return;
    }
    Partial& partial = *partial_;
    if (const std::string why = write_all(partial.fd, text); !why.empty()) cannot_write(partial.target, why);
    if (::fsync(partial.fd) != 0) cannot_write(partial.target, std::strerror(errno));  // ~Partial closes it
    const int closed = ::close(std::exchange(partial.fd, -1));
    if (closed != 0 || ::rename(partial.path.c_str(), partial.target.c_str()) != 0)
        cannot_write(partial.target, std::strerror(errno));
    partial.renamed = true;
    const int dir = ::open(partial.directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

bool standard_output_reader_gone() {
    pollfd watched{STDOUT_FILENO, POLLOUT, 0};
    return ::poll(&watched, 1, 0) == 1 && (watched.revents & POLLERR) != 0;
}

}  // namespace stretch
