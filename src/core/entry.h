#pragma once
/// One line of the log: a stretch that was done, or a pain score on its own.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace stretch {

enum class EntryKind { stretch, pain };
std::string to_text(EntryKind kind);

/// Which side a stretch was done on, when the user says.
enum class Side { left, right, both };
std::string to_text(Side side);
std::optional<Side> parse_side(std::string_view text);

struct Entry {
    std::string uuid;      ///< stable across export/import
    std::string logged_at; ///< UTC instant, "2026-11-22T08:00:00Z"
    Date day;              ///< the local calendar day it counts for
    EntryKind kind = EntryKind::stretch;
    std::string exercise;  ///< exercise id; empty for a pain score
    std::string routine;   ///< routine id it was planned in; may be empty
    std::optional<int> reps;
    std::optional<int> hold_seconds;
    std::optional<Side> side;
    std::optional<int> pain;  ///< 0-10
    std::string note;
    std::string changed_at;  ///< UTC instant of the last edit; empty: never edited
    /// For a pain score given in a guided session (`stretch go`): "before" or
    /// "after" the session; empty for every other entry.
    std::string moment;
};

/// The values Entry::moment takes.
inline constexpr const char* kBeforeSession = "before";
inline constexpr const char* kAfterSession = "after";

/// How many characters of the uuid `history` prints, and commands accept, as an id.
constexpr size_t kShortIdLength = 8;
/// The id `history` prints: "3f2a9c1e".
std::string short_id(const Entry& entry);
/// What the entry is of, as history's second column shows it: "bridge" or "pain".
std::string subject(const Entry& entry);

/// "10 reps, hold 5 s, both sides, pain 3/10" for a stretch, "pain 4/10" for
/// a pain score: what a person reads in `log`, `undo` and `history`.
std::string details(const Entry& entry);
/// "bridge: 10 reps, both sides" or "pain 4/10".
std::string describe(const Entry& entry);

using History = std::vector<Entry>;

/// Throws a usage Error when a note is not UTF-8 text, so every note in the
/// log can be printed as JSON and CSV.
void check_note(std::string_view note);

}  // namespace stretch
