#pragma once
/// The loaded catalog, kept between runs: parsing the routine files with
/// toml++ was a quarter of every command's start-up.

#include <filesystem>
#include <vector>

#include "core/catalog.h"

namespace stretch {

/// load_catalog(directories), read from `cache_file` when that was written
/// by this very binary from the same routine files (the same paths, sizes,
/// inodes and change times); else loaded and, unless a file changed so
/// recently that it could change again unseen, written there for the next
/// run. The cache is
/// only ever a copy: a cache that cannot be read or written is ignored, and
/// errors in the files are found by loading them, never remembered.
Catalog load_catalog_cached(const std::vector<std::filesystem::path>& directories,
                            const std::filesystem::path& cache_file);

}  // namespace stretch
