#pragma once
/// JSON documents as text, the one way every command prints them.

#include <string>

#include <nlohmann/json.hpp>

namespace stretch {

/// The version every JSON document states first, as "format_version". It
/// grows when a field is removed or changes meaning; new fields keep it.
constexpr int kJsonFormatVersion = 1;

/// `document` (an object) with "format_version" first, two-space indented,
/// one trailing newline. Bytes that are not UTF-8 (a note from an older or
/// hand-edited log) become U+FFFD instead of aborting.
std::string to_json_text(nlohmann::ordered_json document);

}  // namespace stretch
