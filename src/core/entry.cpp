#include "core/entry.h"

#include "core/error.h"
#include "core/text.h"

namespace stretch {

std::string to_text(EntryKind kind) { return kind == EntryKind::stretch ? "stretch" : "pain"; }

std::string to_text(Side side) {
    switch (side) {
    case Side::left: return "left";
    case Side::right: return "right";
    case Side::both: return "both";
    }
    return "both";
}

std::optional<Side> parse_side(std::string_view text) {
    if (text == "left") return Side::left;
    if (text == "right") return Side::right;
    if (text == "both") return Side::both;
    return std::nullopt;
}

void check_note(std::string_view note) {
    if (!valid_utf8(note))
        throw Error(ErrorKind::usage, "the note is not valid UTF-8 text", "check your terminal's encoding");
}

std::string details(const Entry& entry) {
    std::vector<std::string> parts;
    if (entry.reps) parts.push_back(count_of(*entry.reps, "rep", "reps"));
    if (entry.hold_seconds) parts.push_back("hold " + std::to_string(*entry.hold_seconds) + " s");
    if (entry.side) parts.push_back(*entry.side == Side::both ? "both sides" : to_text(*entry.side) + " side");
    if (entry.pain) parts.push_back("pain " + std::to_string(*entry.pain) + "/10");
    return join(parts);
}

std::string short_id(const Entry& entry) { return entry.uuid.substr(0, kShortIdLength); }

std::string subject(const Entry& entry) { return entry.kind == EntryKind::pain ? "pain" : entry.exercise; }

std::string describe(const Entry& entry) {
    if (entry.kind == EntryKind::pain) return details(entry);
    const std::string rest = details(entry);
    return rest.empty() ? entry.exercise : entry.exercise + ": " + rest;
}

}  // namespace stretch
