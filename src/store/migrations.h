#pragma once
/// The schema's migrations, as SQL: the history of the log's layout. The
/// mechanics of applying them are in schema.cpp.

#include <array>

namespace stretch {

inline constexpr int kMigrationCount = 11;
/// The migration that records config.toml's pain zones with the routine
/// versions recorded before it, which is done in C++ (schema.h,
/// pin_recorded_zones): SQL cannot read config.toml.
inline constexpr int kZonesMigration = 10;

/// Migration N (1-based) brings a database from version N-1 to N. Append
/// only: never edit a migration that has shipped. Since 11 no trigger in
/// the file clears the derived tables (day_summaries, day_logs, progress),
/// and the TEMP ones are made only after the last migration: a migration
/// that changes entries, pauses, skips or routine versions clears them
/// itself.
extern const std::array<const char*, kMigrationCount> kMigrations;

}  // namespace stretch
