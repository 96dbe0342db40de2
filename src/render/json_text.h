#pragma once
/// JSON documents as text, the one way every command prints them.

#include <functional>
#include <ostream>
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

/// Hands each element of a streamed array to the writer.
using JsonSink = std::function<void(const nlohmann::ordered_json&)>;
/// Writes to `out` exactly what to_json_text(document) would with the
/// top-level array `key` holding the elements `fill` hands to its sink, but
/// writes each element as it comes, so a long array (years of entries) never
/// sits in memory whole. `document` must hold `key`, in the place it goes.
void write_json_text(std::ostream& out, nlohmann::ordered_json document, const std::string& key,
                     const std::function<void(const JsonSink&)>& fill);

}  // namespace stretch
