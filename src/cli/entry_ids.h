#pragma once
/// Finding a log entry by the id `history` prints: its uuid or any unique
/// prefix of it, as git takes commit prefixes.

#include <string>

#include "store/store.h"

namespace stretch {

/// The shortest prefix accepted: shorter ones match too much to be safe.
constexpr size_t kShortestIdPrefix = 4;

/// The entry whose uuid starts with `id` (any case). A usage Error when `id`
/// is not an id, matches no entry, or matches several (naming them); its
/// hint names stretch as `stretch` (Session::invocation()).
Entry find_entry(const Store& store, const std::string& id, const std::string& stretch);

}  // namespace stretch
