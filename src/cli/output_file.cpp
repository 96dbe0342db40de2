#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

#include "cli/shared_options.h"
#include "core/error.h"

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

/// Where a regular file reached by `path` is: a symbolic link is followed,
/// as the shell's `>` would, so that the link stays and its target gets the
/// text. Empty when a link leads into /proc or /dev/fd (/dev/stdout): what
/// they name is an open file, which only writing through reaches.
fs::path followed(fs::path path) {
    std::error_code error;
    for (int hops = 0; hops < 40 && fs::is_symlink(path, error); ++hops) {
        const fs::path next = fs::read_symlink(path, error);
        if (error) break;
        path = next.is_absolute() ? next : path.parent_path() / next;
        const std::string text = path.lexically_normal().string();
        if (text.starts_with("/proc/") || text.starts_with("/dev/fd/")) return {};
    }
    return path;
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
/// FIFO, a terminal, /dev/null): such a file is written through, as by `>`,
/// never replaced by a regular file of the same name.
void write_through(const fs::path& target, const std::string& text) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) cannot_write(target, std::strerror(errno));
    if (const std::string why = write_all(fd, text); !why.empty()) {
        ::close(fd);
        cannot_write(target, why);
    }
    if (::close(fd) != 0) cannot_write(target, std::strerror(errno));
}

}  // namespace

void add_output_option(CLI::App& command, std::string& output) {
    command.add_option("-o,--output", output, "Write to FILE (replaced whole), not standard output")
        ->type_name("FILE")
        ->check(non_empty());
}

void write_output(const std::string& output, const std::string& text, std::ostream& out) {
    // Standard output by name too, so that `>>` appends.
    if (output.empty() || output == "-" || output == "/dev/stdout") {
        out << text;
        return;
    }
    std::error_code error;
    const fs::file_status status = fs::status(output, error);  // through any links
    if (fs::is_directory(status))
        throw Error(ErrorKind::cant_create, output + " is a directory",
                    "name a file in it, such as " + (fs::path(output) / "stretch.txt").string());
    const fs::path target = followed(output);
    if ((fs::exists(status) && !fs::is_regular_file(status)) || target.empty()) {
        write_through(output, text);
        return;
    }
    const fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    // A new name beside the target, so that the rename is atomic.
    const fs::path partial = directory / ("." + target.filename().string() + ".partial-" + std::to_string(::getpid()));
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666 & ~current_umask());
    if (fd < 0)
        // Named as the user gave it: the temporary name is ours, not theirs.
        throw Error(ErrorKind::cant_create, "cannot create " + target.string() + ": " + std::strerror(errno),
                    "check that the directory exists and is writable");
    if (const std::string why = write_all(fd, text); !why.empty()) {
        ::close(fd);
        fs::remove(partial, error);
        cannot_write(target, why);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(partial.c_str(), target.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        fs::remove(partial, error);
        cannot_write(target, why);
    }
    const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace stretch
