#include "render/history.h"

#include <iomanip>
#include <sstream>

#include "core/text.h"

namespace stretch {

namespace {

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json text_or_null(const std::string& text) {
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

template <typename T>
std::string or_empty(const std::optional<T>& value) {
    return value ? std::to_string(*value) : "";
}


/// Where a history row's subject starts: after the day and the short id.
constexpr size_t kSubjectColumn = 22;

}  // namespace

std::string history_text_line(const Entry& entry) {
    std::ostringstream head;
    head << to_iso(entry.day) << "  " << short_id(entry) << "  " << std::left << std::setw(22) << subject(entry) << " ";
    const std::string what =
        entry.kind == EntryKind::pain ? std::to_string(entry.pain.value_or(0)) + "/10" : details(entry);
    // Details too long for the row (a held stretch done on both sides, with
    // pain) wrap under themselves rather than past 80 columns. Most rows fit,
    // and are not wrapped at all: history --all prints every entry.
    std::string row = head.str();
    const size_t details_at = row.size();
    row += what;
    // (No character is wider than its UTF-8 bytes, so a short row needs no measuring.)
    if (row.size() <= kLineWidth || display_width(row) <= kLineWidth)
        row += '\n';
    else
        row = hanging(std::string_view(row).substr(0, details_at), what, kLineWidth);
    if (entry.note.empty()) return row;
    // A note that does not fit beside the row goes under it, below the subject.
    const std::string note = "\"" + terminal_safe(entry.note) + "\"";
    const std::string beside = row.substr(0, row.size() - 1) + "  " + note;
    if (row.find('\n') == row.size() - 1 && display_width(beside) <= kLineWidth) return beside + "\n";
    return row + hanging(std::string(kSubjectColumn, ' '), note, kLineWidth);
}

std::string render_history_text(const History& history) {
    if (history.empty()) return kNoHistory;
    std::string out;
    for (const Entry& entry : history) out += history_text_line(entry);
    return out;
}

nlohmann::ordered_json entry_json(const Entry& entry) {
    return {
        {"id", entry.uuid},
        {"logged_at", entry.logged_at},
        {"day", to_iso(entry.day)},
        {"kind", to_text(entry.kind)},
        {"exercise", text_or_null(entry.exercise)},
        {"routine", text_or_null(entry.routine)},
        {"reps", or_null(entry.reps)},
        {"hold_seconds", or_null(entry.hold_seconds)},
        {"side", entry.side ? nlohmann::ordered_json(to_text(*entry.side)) : nlohmann::ordered_json(nullptr)},
        {"pain", or_null(entry.pain)},
        {"note", text_or_null(entry.note)},
        {"changed_at", text_or_null(entry.changed_at)},
        {"moment", text_or_null(entry.moment)},
    };
}

nlohmann::ordered_json history_json(const History& history) {
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const Entry& entry : history) entries.push_back(entry_json(entry));
    return {{"entries", entries}};
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string history_csv_row(const Entry& entry) {
    return entry.uuid + "," + entry.logged_at + "," + to_iso(entry.day) + "," + to_text(entry.kind) + "," +
           csv_field(entry.exercise) + "," + csv_field(entry.routine) + "," + or_empty(entry.reps) + "," +
           or_empty(entry.hold_seconds) + "," + (entry.side ? to_text(*entry.side) : "") + "," +
           or_empty(entry.pain) + "," + csv_field(entry.note) + "\r\n";
}

std::string render_history_csv(const History& history) {
    std::string out = kHistoryCsvHeader;
    for (const Entry& entry : history) out += history_csv_row(entry);
    return out;
}

}  // namespace stretch
