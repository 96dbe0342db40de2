#pragma once
/// The export document as JSON: written by `export`, read back by `import`.

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

}  // namespace stretch
