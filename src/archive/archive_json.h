#pragma once
/// The export document as JSON: written by `export`, read back by `import`.

#include <istream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/archive.h"

namespace stretch {

/// {"kind": "stretch-export", "exported_at", "range", "entries", "pauses",
/// "skips", "routine_versions"}; to_json_text puts "format_version" first.
nlohmann::ordered_json archive_json(const Archive& archive, const std::string& exported_at);

/// Parses an export document. A syntax error names its line and column, a
/// bad record its place ("entries[3].reps"); either is a data Error and
/// nothing of the document is returned.
Archive parse_archive_json(const std::string& text);

/// The same, read as a stream: each record goes to `sink` as soon as it is
/// parsed, so that a file of any size takes little memory. An error can
/// come after some records were handed on.
void read_archive_json(std::istream& in, RecordSink& sink);

}  // namespace stretch
