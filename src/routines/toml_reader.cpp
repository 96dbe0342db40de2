#include "routines/toml_reader.h"

#include "core/error.h"
#include "core/suggest.h"

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

TomlReader::TomlReader(const toml::table& table, std::filesystem::path file, std::string key_path)
    : table_(table), file_(std::move(file)), key_path_(std::move(key_path)) {}

std::string TomlReader::qualified(const std::string& key) const {
    return key_path_.empty() ? key : key_path_ + "." + key;
}

SourcePosition TomlReader::position_of(const toml::node& at) const {
    return {static_cast<int>(at.source().begin.line), static_cast<int>(at.source().begin.column)};
}

void TomlReader::fail(const toml::node& at, const std::string& key, const std::string& expected) const {
    const auto where = position_of(at);
    throw RoutineError(file_, where.line, where.column,
                       qualified(key) + ": expected " + expected + ", got " + type_name(at));
}

void TomlReader::fail_here(const std::string& message) const {
    const auto where = position_of(table_);
    throw RoutineError(file_, where.line, where.column, message);
}

void TomlReader::fail_missing(const std::string& key, const std::string& expected) const {
    for (const auto& [present, value] : table_) {
        const std::string name(present.str());
        if (asked_.contains(name) || closest(name, {key}) != key) continue;
        throw RoutineError(file_, static_cast<int>(present.source().begin.line),
                           static_cast<int>(present.source().begin.column), qualified(name) + ": unknown key",
                           "did you mean '" + key + "'?");
    }
    fail_here(qualified(key) + ": missing; expected " + expected);
}

const toml::node* TomlReader::node(const std::string& key) {
    asked_.insert(key);
    return table_.get(key);
}

std::string TomlReader::required_string(const std::string& key) {
    auto value = optional_string(key);
    if (!value) fail_missing(key, "a string");
    return *value;
}

std::optional<std::string> TomlReader::optional_string(const std::string& key) {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    if (!value->is_string()) fail(*value, key, "a string");
    const std::string text = value->as_string()->get();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        fail(*value, key, "a non-empty string");
    return text;
}

std::optional<bool> TomlReader::optional_bool(const std::string& key) {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) fail(*value, key, "true or false");
    return value->as_boolean()->get();
}

std::optional<int> TomlReader::optional_int(const std::string& key, int min, int max) {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    const std::string expected =
        "an integer from " + std::to_string(min) + " to " + std::to_string(max);
    if (!value->is_integer()) fail(*value, key, expected);
    const int64_t number = value->as_integer()->get();
    if (number < min || number > max) {
        const auto where = position_of(*value);
        throw RoutineError(file_, where.line, where.column,
                           qualified(key) + ": expected " + expected + ", got " + std::to_string(number));
    }
    return static_cast<int>(number);
}

std::vector<std::string> TomlReader::string_array(const std::string& key, bool required) {
    const toml::node* value = node(key);
    if (!value) {
        if (required) fail_missing(key, "an array of strings");
        return {};
    }
    const toml::array* array = value->as_array();
    if (!array) fail(*value, key, "an array of strings");
    if (required && array->empty()) fail(*value, key, "at least one string, got an empty array");
    std::vector<std::string> strings;
    for (const toml::node& element : *array) {
        if (!element.is_string()) fail(element, key, "an array of strings, but an element is not a string;"
                                                      " a string");
        strings.push_back(element.as_string()->get());
    }
    return strings;
}

std::optional<Range> TomlReader::optional_range(const std::string& key, int min, int max) {
    const toml::node* value = node(key);
    if (!value) return std::nullopt;
    const std::string bounds = std::to_string(min) + " to " + std::to_string(max);
    const std::string expected = "an integer or [low, high] from " + bounds;
    auto in_bounds = [&](int64_t n) { return n >= min && n <= max; };
    if (value->is_integer()) {
        const int64_t n = value->as_integer()->get();
        if (!in_bounds(n)) fail_here(qualified(key) + ": expected " + expected + ", got " + std::to_string(n));
        return Range{static_cast<int>(n), static_cast<int>(n)};
    }
    const toml::array* array = value->as_array();
    if (!array || array->size() != 2 || !(*array)[0].is_integer() || !(*array)[1].is_integer())
        fail(*value, key, expected);
    const int64_t low = (*array)[0].as_integer()->get();
    const int64_t high = (*array)[1].as_integer()->get();
    if (!in_bounds(low) || !in_bounds(high) || low > high) {
        const auto where = position_of(*value);
        throw RoutineError(file_, where.line, where.column,
                           qualified(key) + ": expected " + expected + " with low <= high, got [" +
                               std::to_string(low) + ", " + std::to_string(high) + "]");
    }
    return Range{static_cast<int>(low), static_cast<int>(high)};
}

Range TomlReader::required_range(const std::string& key, int min, int max) {
    auto range = optional_range(key, min, max);
    if (!range) fail_missing(key, "an integer or [low, high]");
    return *range;
}

void TomlReader::reject_unknown_keys() const {
    const std::vector<std::string> known(asked_.begin(), asked_.end());
    for (const auto& [key, value] : table_) {
        const std::string name(key.str());
        if (asked_.contains(name)) continue;
        const auto near = closest(name, known);
        throw RoutineError(file_, static_cast<int>(key.source().begin.line),
                           static_cast<int>(key.source().begin.column), qualified(name) + ": unknown key",
                           near ? "did you mean '" + *near + "'?" : "see man 5 stretch-routines for the keys");
    }
}

}  // namespace stretch
