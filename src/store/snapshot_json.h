#pragma once
/// How the log stores a routine version: JSON text a person can read with
/// the sqlite3 shell, and that a later release can still parse.

#include <filesystem>
#include <string>

#include "core/record.h"

namespace stretch {

std::string snapshot_to_json(const RoutineSnapshot& routine);
/// Throws a data Error naming `path` when the text is not a routine version.
RoutineSnapshot snapshot_from_json(const std::string& text, const std::filesystem::path& path);

/// Whether `theirs` records no pain zones where `ours` does, and says the
/// same otherwise: a version exported before schema 10 and this log's own
/// of the same day, which migration 10 gave zones. False when either cannot
/// be read.
bool same_but_recorded_zones(const std::string& theirs, const std::string& ours, const std::filesystem::path& path);

}  // namespace stretch
