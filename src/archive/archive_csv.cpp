#include "archive/archive_csv.h"

#include <algorithm>
#include <cstdio>
#include <istream>
#include <sstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "archive/csv_rows.h"
#include "core/error.h"
#include "core/text.h"
#include "render/history.h"
#include "render/json_text.h"
#include "store/snapshot_json.h"

namespace stretch {

namespace {

/// Hands a row's record on through `hand`, so that an error the record
/// meets on its way (a day still to come, an id met before) names the row's
/// line, as the reader's own errors do.
template <typename Hand>
void at_line(size_t line, Hand&& hand) {
    try {
        hand();
    } catch (const Error& error) {
        // Only what is wrong with the record: a full disk is not the line's.
        const std::string what = error.what();
        if (error.kind() != ErrorKind::data || what.starts_with("line ")) throw;
        throw Error(error.kind(), "line " + std::to_string(line) + ": " + what, error.hint());
    }
}

template <typename T>
std::string or_empty(const std::optional<T>& value) {
    return value ? std::to_string(*value) : "";
}


/// One row's fields by column name.
class Fields {
public:
    Fields(const std::map<std::string, size_t>& columns, const Row& row) : columns_(columns), row_(row) {}
    std::string text(const std::string& name) const {
        const auto found = columns_.find(name);
        return found == columns_.end() ? std::string() : row_.fields.at(found->second);
    }
    /// A whole number, negative ones too, so that the range it must be in
    /// can be said ("reps must be from 1 to 1000, not -3"), which says more
    /// than that it is not a number.
    std::optional<int> number(const std::string& name) const {
        const std::string value = text(name);
        if (value.empty()) return std::nullopt;
        const size_t digits = value[0] == '-' ? 1 : 0;
        if (value.size() == digits || value.find_first_not_of("0123456789", digits) != std::string::npos)
            refuse_line(row_.line, name + " '" + terminal_safe(value) + "' is not a whole number");
        const size_t first_digit = std::min(value.find_first_not_of('0', digits), value.size());
        if (value.size() - first_digit > 7) refuse_line(row_.line, name + " '" + terminal_safe(value) + "' is far out of range");
        return std::stoi(value);
    }
    Date day(const std::string& name) const {
        const auto parsed = parse_iso_date(text(name));
        if (!parsed) refuse_line(row_.line, name + " '" + terminal_safe(text(name)) + "' is not a date like 2026-11-22");
        return *parsed;
    }
    std::optional<Date> optional_day(const std::string& name) const {
        if (text(name).empty()) return std::nullopt;
        return day(name);
    }
    size_t line() const { return row_.line; }
    std::string where() const { return "line " + std::to_string(row_.line); }

private:
    const std::map<std::string, size_t>& columns_;
    const Row& row_;
};

/// Rows of one day that are alike, in a history CSV without ids: a stretch
/// done twice that day is two entries, so the second gets an id of its own.
/// Only the current day is kept, so that memory stays flat however long the
/// file (rows of a day are together in every file stretch writes).
struct RepeatsOfDay {
    std::optional<Date> day;
    std::map<std::string, int> seen;

    /// How many rows before this one, this day, had `content`.
    int count(Date of, const std::string& content) {
        if (day != of) {
            day = of;
            seen.clear();
        }
        return seen[content]++;
    }
};

/// `history` is set for a history CSV's row: missing ids and times are made
/// up (with `repeats`), and the exercise is resolved as a person typed it.
Entry entry_from(const Fields& f, const ExerciseResolver* history, RepeatsOfDay* repeats = nullptr) {
    const bool derive_missing = history != nullptr;
    Entry entry;
    entry.uuid = lower(f.text("id"));
    entry.logged_at = f.text("logged_at");
    entry.day = f.day("day");
    entry.exercise = f.text("exercise");
    std::string kind = f.text("kind");
    if (kind.empty() && derive_missing) kind = entry.exercise.empty() ? "pain" : "stretch";
    if (kind != "stretch" && kind != "pain") refuse_line(f.line(), "kind '" + terminal_safe(kind) + "' is not stretch or pain");
    entry.kind = kind == "pain" ? EntryKind::pain : EntryKind::stretch;
    entry.routine = f.text("routine");
    entry.reps = f.number("reps");
    entry.hold_seconds = f.number("hold_seconds");
    const std::string side = f.text("side");
    if (!side.empty()) {
        entry.side = parse_side(side);
        if (!entry.side) refuse_line(f.line(), "side '" + terminal_safe(side) + "' is not left, right or both");
    }
    entry.pain = f.number("pain");
    entry.note = f.text("note");
    entry.changed_at = f.text("changed_at");
    entry.moment = f.text("moment");
    if (derive_missing) {
        if (!entry.uuid.empty() && !is_uuid(entry.uuid))
            refuse_line(f.line(), "id '" + terminal_safe(entry.uuid) +
                              "' is not a whole id; give the full id from `stretch history --format csv`, or none");
        if (*history && !entry.exercise.empty()) entry.exercise = (*history)(entry.exercise, f.line());
        if (entry.logged_at.empty()) entry.logged_at = to_iso(entry.day) + "T12:00:00Z";
        if (entry.uuid.empty()) {
            std::string content = to_iso(entry.day) + "\x1f" + kind + "\x1f" + entry.exercise + "\x1f" +
                                  entry.logged_at + "\x1f" + or_empty(entry.reps) + "\x1f" +
                                  or_empty(entry.hold_seconds) + "\x1f" + side + "\x1f" + or_empty(entry.pain) +
                                  "\x1f" + entry.note;
            // The first keeps the id earlier releases gave it, so importing an
            // old file again adds nothing; the count goes first, where the hash
            // mixes it into every digit of the id.
            if (const int before = repeats ? repeats->count(entry.day, content) : 0; before > 0)
                content = std::to_string(before) + "\x1f" + content;
            entry.uuid = content_uuid(content);
        }
    }
    check_entry(entry, f.where());
    return entry;
}

std::map<std::string, size_t> column_index(const Row& header, const std::set<std::string>& known) {
    std::map<std::string, size_t> columns;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const std::string name = lower(header.fields[i]);
        if (!known.contains(name))
            refuse_line(1, "unknown column '" + terminal_safe(header.fields[i]) + "'; the columns are " +
                       join(std::vector<std::string>(known.begin(), known.end())));
        if (!columns.emplace(name, i).second) refuse_line(1, "column '" + name + "' appears twice");
    }
    return columns;
}

void read_history_rows(const Row& header, RowReader& rows, RecordSink& sink, const ExerciseResolver& resolve) {
    static const std::set<std::string> known = {"id",   "logged_at", "day",  "kind", "exercise", "routine",
                                                "reps", "hold_seconds", "side", "pain", "note", "changed_at",
                                                "moment"};
    const auto columns = column_index(header, known);
    if (!columns.contains("day")) refuse_line(1, "there is no 'day' column");
    if (!columns.contains("exercise") && !columns.contains("kind")) refuse_line(1, "there is no 'exercise' or 'kind' column");
    RepeatsOfDay repeats;
    while (const auto row = rows.next()) {
        if (row->fields.size() != header.fields.size())
            refuse_line(row->line, std::to_string(row->fields.size()) + " fields, but the header has " +
                               std::to_string(header.fields.size()));
        const Fields fields(columns, *row);
        Entry entry = entry_from(fields, &resolve, &repeats);
        at_line(row->line, [&] {
            try {
                sink.entry(std::move(entry));
            } catch (const RepeatedRecord&) {
                if (!fields.text("id").empty()) throw;
                // Its id was made from what it says, and a row further up said
                // the same: alike rows count as one stretch done twice only
                // when together, as RepeatsOfDay keeps one day at a time.
                throw Error(ErrorKind::data,
                            "it says what a row further up says of " + fields.text("day") +
                                ", but not next to it, so the two cannot be told apart",
                            "put the rows of each day together (sort the file by day), or give each row an id; "
                            "nothing was imported");
            }
        });
    }
}

/// One export row's record, handed to `sink`.
void read_export_record(const std::string& record, const Fields& f, RecordSink& sink) {
    if (record == "entry") return sink.entry(entry_from(f, nullptr));
    if (record == "pause") {
        PauseRecord pause{lower(f.text("id")), Pause{f.text("exercise"), f.day("day"), f.optional_day("until"), f.text("note")},
                          f.text("logged_at"), f.text("changed_at")};
        check_pause(pause, f.where());
        return sink.pause(std::move(pause));
    }
    if (record == "skip") {
        SkipRecord skip{lower(f.text("id")), f.day("day"), f.text("note"), f.text("logged_at")};
        check_skip(skip, f.where());
        return sink.skip(std::move(skip));
    }
    if (record == "routine") {
        VersionRecord version{f.text("routine"), f.day("day"), {}, f.text("logged_at")};
        try {
            version.definition = snapshot_to_json(snapshot_from_json(f.text("definition"), f.where()));
        } catch (const Error&) {
            refuse_line(f.line(), "the definition is not a routine as stretch exports it");
        }
        if (!is_utc_instant(version.recorded_at)) refuse_line(f.line(), "logged_at is not a UTC time");
        return sink.version(std::move(version));
    }
    refuse_line(f.line(), "record '" + terminal_safe(record) + "' is not entry, pause, skip, routine or end");
}

void read_export_rows(const Row& header_row, RowReader& rows, RecordSink& sink) {
    const std::string header = join(header_row.fields, ",");
    if (header != kArchiveCsvHeader && header != kArchiveCsvHeaderBeforeMoment)
        refuse_line(1, "the header is not that of a stretch export");
    std::map<std::string, size_t> columns;
    for (size_t i = 0; i < header_row.fields.size(); ++i) columns[header_row.fields[i]] = i;
    size_t records = 0;
    bool ended = false;
    while (const auto row = rows.next()) {
        if (ended) refuse_line(row->line, "a row after the end row");
        if (row->fields.size() != columns.size())
            refuse_line(row->line, std::to_string(row->fields.size()) + " fields, but the header has " +
                               std::to_string(columns.size()));
        const Fields f(columns, *row);
        const auto version = f.number("format_version");
        if (!version) refuse_line(row->line, "format_version is missing");
        if (*version < 1) refuse_line(row->line, "format_version must be 1 or more, not " + std::to_string(*version));
        if (*version > kJsonFormatVersion)
            refuse_newer_format(*version, kJsonFormatVersion, "line " + std::to_string(row->line) + ":");
        const std::string record = f.text("record");
        if (record != "end") {
            at_line(row->line, [&] { read_export_record(record, f, sink); });
            ++records;
            continue;
        }
        if (f.text("note") != std::to_string(records))
            refuse_line(row->line, "the end row counts " + terminal_safe(f.text("note")) + " records, but " +
                               std::to_string(records) + " came before it");
        ended = true;
    }
    if (!ended)
        throw Error(ErrorKind::data, "line " + std::to_string(rows.line()) + ": the end row is missing, so the file is cut short",
                    "import the whole file (export it again if need be); nothing was imported");
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string row = std::to_string(kJsonFormatVersion);
    for (const std::string& field : fields) (row += ',') += csv_field(field);
    return row + "\r\n";
}

}  // namespace

std::string archive_csv_entry(const Entry& e) {
    return csv_row({"entry", e.uuid, e.logged_at, e.changed_at, to_iso(e.day), "", to_text(e.kind), e.exercise,
                    e.routine, or_empty(e.reps), or_empty(e.hold_seconds), e.side ? to_text(*e.side) : "",
                    or_empty(e.pain), e.note, "", e.moment});
}

std::string archive_csv_rest(const Archive& archive, size_t entries_written) {
    std::string out;
    for (const PauseRecord& p : archive.pauses)
        out += csv_row({"pause", p.uuid, p.created_at, p.changed_at, to_iso(p.pause.first_day),
                        p.pause.resumed_on ? to_iso(*p.pause.resumed_on) : "", "", p.pause.exercise, "", "", "", "",
                        "", p.pause.reason, "", ""});
    for (const SkipRecord& s : archive.skips)
        out += csv_row({"skip", s.uuid, s.created_at, "", to_iso(s.day), "", "", "", "", "", "", "", "", s.reason, "", ""});
    for (const VersionRecord& v : archive.versions)
        out += csv_row({"routine", "", v.recorded_at, "", to_iso(v.effective), "", "", "", v.routine, "", "", "", "",
                        "", v.definition, ""});
    const size_t records = entries_written + archive.pauses.size() + archive.skips.size() + archive.versions.size();
    out += csv_row({"end", "", "", "", "", "", "", "", "", "", "", "", "", std::to_string(records), "", ""});
    return out;
}

std::string archive_csv(const Archive& archive) {
    std::string out = std::string(kArchiveCsvHeader) + "\r\n";
    for (const Entry& e : archive.entries) out += archive_csv_entry(e);
    return out + archive_csv_rest(archive, archive.entries.size());
}

void read_archive_csv(std::istream& in, RecordSink& sink, const ExerciseResolver& resolve) {
    RowReader rows(in);
    const auto header = rows.next();
    if (!header) throw Error(ErrorKind::data, "the file is empty", "nothing was imported");
    const bool is_export = !header->fields.empty() && header->fields.front() == "format_version";
    if (is_export) read_export_rows(*header, rows, sink);
    else read_history_rows(*header, rows, sink, resolve);
}

Archive parse_archive_csv(const std::string& text, const ExerciseResolver& resolve) {
    std::istringstream in(text);
    ArchiveBuilder builder;
    read_archive_csv(in, builder, resolve);
    return std::move(builder.archive);
}

std::string content_uuid(const std::string& text) {
    // Two 64-bit FNV-1a hashes with different offsets make 128 bits; the
    // version nibble says 8 (custom) and the variant bits are RFC 4122's.
    uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
    for (unsigned char c : text) {
        a = (a ^ c) * 0x100000001b3ULL;
        b = (b ^ c) * 0x100000001b3ULL;
        b ^= b >> 29;
    }
    a = (a & 0xffffffffffff0fffULL) | 0x8000ULL;
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    char out[37];
    std::snprintf(out, sizeof out, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xffff),
                  static_cast<unsigned>(b >> 48), static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return out;
}

}  // namespace stretch
