#pragma once
/// A loaded catalog as bytes and back, for the catalog cache. Pure: no I/O.

#include <optional>
#include <string>
#include <string_view>

#include "core/catalog.h"

namespace stretch {

/// Every field of every exercise and routine, in a private binary layout
/// that only this build reads back (the cache names the binary it came from).
std::string encode_catalog(const Catalog& catalog);

/// The catalog `bytes` encode, equal to the one encoded; nullopt when they
/// are not exactly what encode_catalog writes (cut short, or with bytes left).
std::optional<Catalog> decode_catalog(std::string_view bytes);

}  // namespace stretch
