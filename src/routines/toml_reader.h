#pragma once
/// Strict, typed reading of one TOML table. The table's keys are declared up
/// front, so a misspelt key is reported (with the closest known key) before
/// anything else; every accessor checks the type and throws a RoutineError at
/// the value's line and column; nothing falls back to a default when a key is
/// present with the wrong type (toml++'s value_or would).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "core/exercise.h"
#include "core/routine.h"

namespace stretch {

class TomlReader {
public:
    /// `key_path` names the table in messages, e.g. "exercise.bridge".
    /// Throws for the first key of `table` not in `known_keys`.
    TomlReader(const toml::table& table, std::filesystem::path file, std::string key_path,
               const std::vector<std::string>& known_keys);

    /// Strings come back as terminal_safe shows them (control characters as
    /// ^[ or <U+XXXX>, line breaks and tabs as spaces), so that nothing read
    /// from a routine file can rewrite the screen wherever it is printed.
    std::string required_string(const std::string& key) const;
    std::optional<std::string> optional_string(const std::string& key) const;
    std::optional<bool> optional_bool(const std::string& key) const;
    std::optional<int> optional_int(const std::string& key, int min, int max) const;
    /// An array of non-empty strings, made terminal-safe as above; `required`
    /// also demands at least one.
    std::vector<std::string> string_array(const std::string& key, bool required) const;
    /// An integer in [min, max] or a two-element array [low, high] with low <= high.
    std::optional<Range> optional_range(const std::string& key, int min, int max) const;
    Range required_range(const std::string& key, int min, int max) const;
    const toml::node* node(const std::string& key) const { return table_.get(key); }

    /// The value has the wrong type: "expected X, got an integer".
    [[noreturn]] void fail_type(const toml::node& at, const std::string& key, const std::string& expected) const;
    /// The value has the right type but is not allowed: "expected X, got \"funday\"".
    [[noreturn]] void fail_value(const toml::node& at, const std::string& key, const std::string& expected) const;
    [[noreturn]] void fail_missing(const std::string& key, const std::string& expected) const;
    /// Throws, at the table, naming them all, when two or more of `keys` are
    /// missing, so that a table written from scratch is told everything it
    /// lacks in one run; one missing key is left to its read, which says
    /// what type it wants.
    void require_together(const std::vector<std::string>& keys) const;

    SourcePosition position_of(const toml::node& at) const;
    std::string qualified(const std::string& key) const;
    const std::filesystem::path& file() const { return file_; }

private:
    const toml::table& table_;
    std::filesystem::path file_;
    std::string key_path_;
};

/// "a string", "an integer", ... for messages.
std::string type_name(const toml::node& node);

/// Parses TOML text; a syntax error is a RoutineError at its line and column.
toml::table parse_toml(std::string_view text, const std::filesystem::path& path);

/// A file's whole text; nullopt when it does not exist. A directory is a
/// no_input Error, an unreadable file an io Error.
std::optional<std::string> read_text_file(const std::filesystem::path& path);

}  // namespace stretch
