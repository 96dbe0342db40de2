#include "routines/toml_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

#include "core/error.h"
#include "core/suggest.h"

#include "core/text.h"

namespace stretch {

std::string type_name(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
    }
}

namespace {

/// The value as TOML would print it, for "got ..." in messages.
std::string as_toml(const toml::node& node) {
    std::ostringstream text;
    node.visit([&](const auto& value) { text << toml::toml_formatter(value); });
    return text.str();
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

TomlReader::TomlReader(const toml::table& table, std::filesystem::path file, std::string key_path,
                       const std::vector<std::string>& known_keys)
    : table_(table), file_(std::move(file)), key_path_(std::move(key_path)) {
    for (const auto& [key, value] : table_) {
        const std::string name(key.str());
        if (std::find(known_keys.begin(), known_keys.end(), name) != known_keys.end()) continue;
        const auto near = closest(name, known_keys);
        throw RoutineError(file_, static_cast<int>(key.source().begin.line),
                           static_cast<int>(key.source().begin.column), qualified(name) + ": unknown key",
                           near ? "did you mean '" + *near + "'?" : "see man 5 stretch-routines for the keys");
    }
}

std::string TomlReader::qualified(const std::string& key) const {
    return key_path_.empty() ? key : key_path_ + "." + key;
}

SourcePosition TomlReader::position_of(const toml::node& at) const {
    return {static_cast<int>(at.source().begin.line), static_cast<int>(at.source().begin.column)};
}

void TomlReader::fail_type(const toml::node& at, const std::string& key, const std::string& expected) const {
    const auto where = position_of(at);
    throw RoutineError(file_, where.line, where.column,
                       qualified(key) + ": expected " + expected + ", got " + type_name(at));
}

void TomlReader::fail_value(const toml::node& at, const std::string& key, const std::string& expected) const {
    const auto where = position_of(at);
    throw RoutineError(file_, where.line, where.column,
                       qualified(key) + ": expected " + expected + ", got " + as_toml(at));
}

void TomlReader::fail_missing(const std::string& key, const std::string& expected) const {
    const auto where = position_of(table_);
    throw RoutineError(file_, where.line, where.column, qualified(key) + ": missing; expected " + expected);
}

void TomlReader::require_together(const std::vector<std::string>& keys) const {
    std::vector<std::string> missing;
    for (const std::string& key : keys)
        if (!table_.contains(key)) missing.push_back(key);
    if (missing.size() < 2) return;
    const auto where = position_of(table_);
    const std::string last = missing.back();
    missing.pop_back();
    throw RoutineError(file_, where.line, where.column,
                       key_path_ + ": missing " + join(missing, ", ") + " and " + last,
                       "add them to the table; man 5 stretch-routines says what each holds");
}

std::string TomlReader::required_string(const std::string& key) const {
    auto value = optional_string(key);
    if (!value) fail_missing(key, "a string");
    return *value;
}

std::optional<std::string> TomlReader::optional_string(const std::string& key) const {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    if (!value->is_string()) fail_type(*value, key, "a string");
    const std::string text = value->as_string()->get();
    if (blank(text)) fail_value(*value, key, "a non-blank string");
    return terminal_safe(text);
}

std::optional<bool> TomlReader::optional_bool(const std::string& key) const {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) fail_type(*value, key, "true or false");
    return value->as_boolean()->get();
}

std::optional<int> TomlReader::optional_int(const std::string& key, int min, int max) const {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    const std::string expected = "an integer from " + std::to_string(min) + " to " + std::to_string(max);
    if (!value->is_integer()) fail_type(*value, key, expected);
    const int64_t number = value->as_integer()->get();
    if (number < min || number > max) fail_value(*value, key, expected);
    return static_cast<int>(number);
}

std::vector<std::string> TomlReader::string_array(const std::string& key, bool required) const {
    const toml::node* value = node(key);
    if (!value) {
        if (required) fail_missing(key, "an array of strings");
        return {};
    }
    const toml::array* array = value->as_array();
    if (!array) fail_type(*value, key, "an array of strings");
    if (required && array->empty()) fail_value(*value, key, "at least one string");
    std::vector<std::string> strings;
    for (const toml::node& element : *array) {
        if (!element.is_string()) fail_type(element, key, "only strings in the array");
        if (blank(element.as_string()->get())) fail_value(element, key, "non-blank strings");
        strings.push_back(terminal_safe(element.as_string()->get()));
    }
    return strings;
}

std::optional<Range> TomlReader::optional_range(const std::string& key, int min, int max) const {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    const std::string expected =
        "an integer or [low, high] from " + std::to_string(min) + " to " + std::to_string(max);
    auto in_bounds = [&](int64_t n) { return n >= min && n <= max; };
    if (value->is_integer()) {
        const int64_t n = value->as_integer()->get();
        if (!in_bounds(n)) fail_value(*value, key, expected);
        return Range{static_cast<int>(n), static_cast<int>(n)};
    }
    const toml::array* array = value->as_array();
    if (!array) fail_type(*value, key, expected);
    if (array->size() != 2 || !(*array)[0].is_integer() || !(*array)[1].is_integer())
        fail_value(*value, key, expected);
    const int64_t low = (*array)[0].as_integer()->get();
    const int64_t high = (*array)[1].as_integer()->get();
    if (!in_bounds(low) || !in_bounds(high) || low > high) fail_value(*value, key, expected + " with low <= high");
    return Range{static_cast<int>(low), static_cast<int>(high)};
}

Range TomlReader::required_range(const std::string& key, int min, int max) const {
    auto range = optional_range(key, min, max);
    if (!range) fail_missing(key, "an integer or [low, high]");
    return *range;
}

namespace {

/// The byte at `line` and `column` (both from 1, as toml++ counts them) of
/// `text`, or '\n' past the end of that line.
char byte_at(std::string_view text, size_t line, size_t column) {
    size_t start = 0;
    for (size_t l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string_view::npos) return '\n';
        ++start;
    }
    const size_t at = start + column - 1;
    return at < text.size() ? text[at] : '\n';
}

/// How many times `what` occurs in `text`, none overlapping.
size_t occurrences(std::string_view text, std::string_view what) {
    size_t count = 0;
    for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

/// What a string left open is missing, said plainly, with its fix; nullopt
/// for any other error. toml++ says a string that reaches the end of its
/// line has "control characters" (the line break), and one that reaches the
/// end of the file that it met the end.
std::optional<std::pair<std::string, std::string>> open_string(const toml::parse_error& error, std::string_view text) {
    const std::string_view description = error.description();
    if (!description.starts_with("Error while parsing string") &&
        !description.starts_with("Error while parsing literal string"))
        return std::nullopt;
    const auto& begin = error.source().begin;
    const char at = byte_at(text, begin.line, begin.column);
    const bool at_end = description.find("end-of-file") != std::string_view::npos;
    const bool at_line_end =
        description.find("control characters") != std::string_view::npos && (at == '\n' || at == '\r');
    if (at_end && (occurrences(text, "\"\"\"") % 2 == 1 || occurrences(text, "\'\'\'") % 2 == 1))
        return std::pair<std::string, std::string>{"a string over several lines is never closed",
                                                   "end it with the three quotes that start it"};
    if (at_end || at_line_end)
        return std::pair<std::string, std::string>{
            "a string runs to the end of its line",
            "close it with its quote on the same line (\"\"\" starts text over several lines)"};
    return std::nullopt;
}

}  // namespace

toml::table parse_toml(std::string_view text, const std::filesystem::path& path) {
    try {
        return toml::parse(text, path.string());
    } catch (const toml::parse_error& error) {
        const auto& begin = error.source().begin;
        const auto open = open_string(error, text);
        throw RoutineError(path, static_cast<int>(begin.line), static_cast<int>(begin.column),
                           "not valid TOML: " + (open ? open->first : std::string(error.description())),
                           open ? open->second : std::string());
    }
}

std::optional<std::string> read_text_file(const std::filesystem::path& path) {
    // Routine files and config.toml are small. Only a regular file is read,
    // and never past the limit: a FIFO named like one would hang every
    // command (cron's `remind` too), and /dev/zero would never end.
    constexpr off_t kMaxBytes = 1 << 20;
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw Error(ErrorKind::no_input, path.string() + " is a directory, not a file", "name a .toml file");
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return std::nullopt;
        throw unreadable(path, std::error_code(errno, std::generic_category()), "check its permissions");
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        throw Error(ErrorKind::no_input, path.string() + " is not a regular file", "name a .toml file, or remove it");
    if (info.st_size > kMaxBytes)
        throw Error(ErrorKind::data, path.string() + " is larger than 1 MiB, far too large for a routine or config file",
                    "check that it is the file you meant");
    std::string text(static_cast<size_t>(info.st_size), '\0');
    size_t got = 0;
    while (got < text.size()) {
        const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw unreadable(path, std::error_code(errno, std::generic_category()), "check the disk and the file");
        if (n == 0) break;  // it shrank while being read
        got += static_cast<size_t>(n);
    }
    text.resize(got);
    return text;
}

}  // namespace stretch
