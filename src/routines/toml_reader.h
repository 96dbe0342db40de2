#pragma once
/// Strict, typed reading of one TOML table. Every accessor checks the type and
/// throws a RoutineError at the value's line and column; nothing falls back to
/// a default when a key is present with the wrong type (toml++'s value_or
/// would). Keys nobody asked for are reported by reject_unknown_keys().

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "core/exercise.h"
#include "core/routine.h"

namespace stretch {

class TomlReader {
public:
    /// `key_path` names the table in messages, e.g. "exercise.bridge".
    TomlReader(const toml::table& table, std::filesystem::path file, std::string key_path);

    std::string required_string(const std::string& key);
    std::optional<std::string> optional_string(const std::string& key);
    std::optional<bool> optional_bool(const std::string& key);
    std::optional<int> optional_int(const std::string& key, int min, int max);
    /// An array of strings; `required` also demands at least one element.
    std::vector<std::string> string_array(const std::string& key, bool required);
    /// An integer in [min, max] or a two-element array [low, high] with low <= high.
    std::optional<Range> optional_range(const std::string& key, int min, int max);
    Range required_range(const std::string& key, int min, int max);
    const toml::node* node(const std::string& key);

    /// Throws for the first key that no accessor asked about, suggesting the
    /// closest known key.
    void reject_unknown_keys() const;

    [[noreturn]] void fail(const toml::node& at, const std::string& key,
                           const std::string& expected) const;
    [[noreturn]] void fail_here(const std::string& message) const;
    /// A required key is absent. When a present key looks like a typo of it
    /// ("step" for "steps"), that key is reported instead, with the fix.
    [[noreturn]] void fail_missing(const std::string& key, const std::string& expected) const;
    SourcePosition position_of(const toml::node& at) const;
    std::string qualified(const std::string& key) const;
    const std::filesystem::path& file() const { return file_; }

private:
    const toml::table& table_;
    std::filesystem::path file_;
    std::string key_path_;
    std::set<std::string> asked_;
};

/// "string", "integer", "array", ... for messages.
std::string type_name(const toml::node& node);

}  // namespace stretch
