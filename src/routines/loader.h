#pragma once
/// TOML routine files -> core types. Strict: unknown keys, wrong types and
/// out-of-range numbers are RoutineErrors at file:line:column.

#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/error.h"

namespace stretch {

/// What one file holds: `[exercise.<id>]` tables, a `[routine]` table, or both.
struct RoutineFile {
    std::filesystem::path path;
    std::vector<Exercise> exercises;
    std::optional<Routine> routine;
};

/// Parses TOML text; `path` names the file in messages and gives the routine
/// its default id (the file stem).
RoutineFile parse_routine_file(std::string_view text, const std::filesystem::path& path);

/// Reads and parses one file. A missing file is a no_input Error.
RoutineFile load_routine_file(const std::filesystem::path& path);

/// The `*.toml` files of a directory in name order; none when it does not exist.
std::vector<std::filesystem::path> routine_files_in(const std::filesystem::path& directory);

/// Reads every routine file of a directory, in name order.
std::vector<RoutineFile> read_directory(const std::filesystem::path& directory);

/// What a check does with a problem it finds: throw it (the default, which
/// stops at the first), or keep it and go on, as `stretch check` does to
/// find every one in one run.
using ProblemSink = std::function<void(const RoutineError&)>;
[[noreturn]] void throw_problem(const RoutineError& problem);

/// Adds one directory's files to `catalog`; an id defined here replaces one
/// from an earlier layer, but two files of the same layer may not both
/// define it: each second definition is a problem, and the first is kept.
void add_layer(Catalog& catalog, const std::vector<RoutineFile>& layer, const ProblemSink& problem = throw_problem);

/// Checks that every routine step names a known exercise, suggesting the
/// closest id when one does not: each such step is a problem.
void check_references(const Catalog& catalog, const ProblemSink& problem = throw_problem);

/// Loads the directories in order (bundled first, the user's last) and checks them.
Catalog load_catalog(const std::vector<std::filesystem::path>& directories);

}  // namespace stretch
