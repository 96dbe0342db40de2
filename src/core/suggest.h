#pragma once
/// "Did you mean ...?" for mistyped ids, keys and subcommands.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch {

/// Levenshtein distance, case-insensitive.
int edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a plausible
/// typo (at most a third of the word's length in edits, and at least 2).
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace stretch
