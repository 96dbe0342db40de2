#pragma once
/// Turns SQLite's exceptions into stretch::Errors with the right exit code.

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <filesystem>

#include "core/error.h"

namespace stretch {

[[noreturn]] void rethrow_sqlite(const SQLite::Exception& error, const std::filesystem::path& path);

/// Runs `work`, translating SQLite exceptions for the database at `path`.
template <typename Work>
auto guarded(const std::filesystem::path& path, Work&& work) {
    try {
        return work();
    } catch (const SQLite::Exception& error) {
        rethrow_sqlite(error, path);
    }
}

}  // namespace stretch
