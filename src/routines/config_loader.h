#pragma once
/// config.toml -> Config, as strictly as routine files: unknown keys and
/// wrong types are RoutineErrors at file:line:column.

#include <filesystem>
#include <string_view>

#include "core/config.h"

namespace stretch {

Config parse_config(std::string_view text, const std::filesystem::path& path);

/// A missing file is the default Config, unless `required` (the user named it).
Config load_config(const std::filesystem::path& path, bool required);

}  // namespace stretch
