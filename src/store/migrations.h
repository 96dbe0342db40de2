#pragma once
/// The schema's migrations, as SQL: the history of the log's layout. The
/// mechanics of applying them are in schema.cpp.

#include <array>

namespace stretch {

inline constexpr int kMigrationCount = 9;

/// Migration N (1-based) brings a database from version N-1 to N. Append
/// only: never edit a migration that has shipped.
extern const std::array<const char*, kMigrationCount> kMigrations;

}  // namespace stretch
