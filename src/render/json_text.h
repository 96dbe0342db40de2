#pragma once
/// JSON documents as text, the one way every command prints them.

#include <string>

#include <nlohmann/json.hpp>

namespace stretch {

/// Two-space indented, one trailing newline. Bytes that are not UTF-8 (a
/// note from an older or hand-edited log) become U+FFFD instead of aborting.
std::string to_json_text(const nlohmann::ordered_json& document);

}  // namespace stretch
