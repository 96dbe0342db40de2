#include "routines/catalog_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "routines/catalog_codec.h"
#include "routines/loader.h"

namespace stretch {

namespace fs = std::filesystem;

namespace {

/// Bumped when the file's layout changes; the binary's identity in the key
/// covers changes to what the catalog holds.
constexpr std::string_view kMagic = "stretch catalog cache 2\n";

int64_t nanoseconds(const timespec& time) { return int64_t{time.tv_sec} * 1'000'000'000 + time.tv_nsec; }

/// Whether a file's next change is sure to give it another time stamp. The
/// kernel stamps files with a coarse clock (a tick of up to 10 ms), so a
/// file changed in the current tick can change again, the same size, with
/// the same time stamps: a key taken now would not see that. A stamp with
/// no fraction of a second may come from a file system that keeps whole
/// seconds, and must be two seconds old. `now` is CLOCK_REALTIME_COARSE,
/// read before the file was looked at.
bool settled(const struct stat& info, int64_t now) {
    const int64_t changed = std::max(nanoseconds(info.st_mtim), nanoseconds(info.st_ctim));
    if (changed % 1'000'000'000 == 0) return now - changed >= 2'000'000'000;
    return changed < now;
}

void append_number(std::string& out, int64_t value) {
    for (int shift = 0; shift < 64; shift += 8) out += static_cast<char>((static_cast<uint64_t>(value) >> shift) & 0xff);
}

/// What identifies one file's content without reading it.
void append_identity(std::string& key, const struct stat& info) {
    append_number(key, static_cast<int64_t>(info.st_dev));
    append_number(key, static_cast<int64_t>(info.st_ino));
    append_number(key, static_cast<int64_t>(info.st_size));
    append_number(key, nanoseconds(info.st_mtim));
    append_number(key, nanoseconds(info.st_ctim));
}

struct SourcesKey {
    std::string key;
    bool settled = true;  ///< every routine file settled()
};

/// The binary, each routine directory (its time stamps change when a file
/// is added, removed or renamed in it) and every routine file load_catalog
/// would read, with their identities; nullopt when one cannot be looked at
/// (loading says why).
std::optional<SourcesKey> sources_key(const std::vector<fs::path>& directories) {
    timespec now{};
    clock_gettime(CLOCK_REALTIME_COARSE, &now);
    SourcesKey sources;
    sources.key = kMagic;
    // A new build is a new file, so the binary needs no settling.
    const auto add = [&](const fs::path& path, bool may_change_in_place) {
        struct stat info {};
        if (::stat(path.c_str(), &info) != 0) return false;
        sources.key += path.string();
        sources.key += '\0';
        append_identity(sources.key, info);
        if (may_change_in_place && !settled(info, nanoseconds(now))) sources.settled = false;
        return true;
    };
    if (!add("/proc/self/exe", false)) return std::nullopt;
    for (const auto& directory : directories) {
        if (!add(directory, true)) {
            if (errno != ENOENT) return std::nullopt;
            sources.key += "absent ";
            sources.key += directory.string();
            sources.key += '\0';
        }
        for (const auto& file : routine_files_in(directory))
            if (!add(file, true)) return std::nullopt;
    }
    return sources;
}

/// FNV-1a, 64 bits: finds a cache file damaged on disk.
uint64_t checksum(std::string_view bytes) {
    uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
}

/// Far more than any catalog: a larger file is not a cache of ours.
constexpr off_t kLargestCache = 4 << 20;

/// The cache file's bytes, when it is a regular file of a sensible size (a
/// pipe or a device there must not hang or exhaust the program).
std::optional<std::string> read_whole(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > kLargestCache) {
        ::close(fd);
        return std::nullopt;
    }
    std::string bytes;
    char buffer[16384];
    ssize_t got = 0;
    while (bytes.size() <= static_cast<size_t>(kLargestCache) && (got = ::read(fd, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, static_cast<size_t>(got));
    ::close(fd);
    if (got < 0) return std::nullopt;
    return bytes;
}

/// The file is: key size, key, catalog, checksum of both (8 bytes each number).
std::string cache_contents(const std::string& key, const std::string& catalog) {
    std::string out;
    append_number(out, static_cast<int64_t>(key.size()));
    out += key;
    out += catalog;
    append_number(out, static_cast<int64_t>(checksum(out)));
    return out;
}

int64_t number_at(std::string_view bytes) {
    uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[static_cast<size_t>(i)]);
    return static_cast<int64_t>(value);
}

std::optional<Catalog> cached(const fs::path& cache_file, const std::string& key) {
    const auto bytes = read_whole(cache_file);
    if (!bytes || bytes->size() < 16 + key.size()) return std::nullopt;
    const std::string_view all(*bytes);
    const auto body = all.substr(0, all.size() - 8);
    if (static_cast<uint64_t>(number_at(all.substr(all.size() - 8))) != checksum(body)) return std::nullopt;
    if (number_at(body) != static_cast<int64_t>(key.size()) || body.substr(8, key.size()) != key) return std::nullopt;
    return decode_catalog(body.substr(8 + key.size()));
}

/// Writes under a temporary name and renames, so a reader never sees half a
/// file; any failure leaves things as they were.
void remember(const fs::path& cache_file, const std::string& contents) {
    // Made private like the log's directory, as the XDG specification asks.
    std::error_code error;
    const fs::path directory = cache_file.parent_path();
    if (!fs::is_directory(directory, error)) {
        fs::create_directories(directory.parent_path(), error);
        if (error || (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST)) return;
    }
    std::string temporary = (cache_file.parent_path() / ".catalog.XXXXXX").string();
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return;
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n <= 0) break;
        written += static_cast<size_t>(n);
    }
    const bool complete = ::close(fd) == 0 && written == contents.size();
    if (!complete || ::rename(temporary.c_str(), cache_file.c_str()) != 0) ::unlink(temporary.c_str());
}

}  // namespace

Catalog load_catalog_cached(const std::vector<fs::path>& directories, const fs::path& cache_file) {
    const auto sources = sources_key(directories);
    if (!sources) return load_catalog(directories);
    if (auto catalog = cached(cache_file, sources->key)) return std::move(*catalog);
    Catalog catalog = load_catalog(directories);
    // Only what was read while nothing changed: a file added and removed
    // again while loading would otherwise be remembered under a key without it.
    if (!sources->settled) return catalog;
    if (const auto after = sources_key(directories); after && after->key == sources->key)
        remember(cache_file, cache_contents(sources->key, encode_catalog(catalog)));
    return catalog;
}

}  // namespace stretch
