#include "archive/archive_json.h"

#include "core/error.h"
#include "core/text.h"
#include "render/history.h"
#include "render/json_text.h"
#include "store/snapshot_json.h"

namespace stretch {

namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

[[noreturn]] void bad(const std::string& where, const std::string& what) {
    throw Error(ErrorKind::data, where + ": " + what, "fix or remove that record; nothing was imported");
}

/// Typed access to one record's fields, each error naming the field.
class Fields {
public:
    Fields(const Json& object, std::string where) : object_(object), where_(std::move(where)) {
        if (!object_.is_object()) bad(where_, "expected an object");
    }
    const std::string& where() const { return where_; }

    std::string text(const char* key, bool required = true) const {
        const Json* value = find(key);
        if (!value || value->is_null()) {
            if (required) bad(at(key), "missing");
            return {};
        }
        if (!value->is_string()) bad(at(key), "expected a string");
        return value->get<std::string>();
    }
    std::optional<int> number(const char* key) const {
        const Json* value = find(key);
        if (!value || value->is_null()) return std::nullopt;
        if (!value->is_number_integer()) bad(at(key), "expected a whole number or null");
        const auto n = value->get<long long>();
        if (n < -1000000 || n > 1000000) bad(at(key), "out of range");
        return static_cast<int>(n);
    }
    Date day(const char* key) const {
        const std::string value = text(key);
        const auto parsed = parse_iso_date(value);
        if (!parsed) bad(at(key), "expected a date like 2026-11-22, got '" + value + "'");
        return *parsed;
    }
    std::optional<Date> optional_day(const char* key) const {
        if (text(key, false).empty()) return std::nullopt;
        return day(key);
    }
    const Json* find(const char* key) const {
        const auto found = object_.find(key);
        return found == object_.end() ? nullptr : &*found;
    }
    std::string at(const char* key) const { return where_ + "." + key; }

private:
    const Json& object_;
    std::string where_;
};

Entry entry_from(const Fields& f) {
    Entry entry;
    entry.uuid = lower(f.text("id"));
    entry.logged_at = f.text("logged_at");
    entry.day = f.day("day");
    const std::string kind = f.text("kind");
    if (kind != "stretch" && kind != "pain") bad(f.at("kind"), "expected \"stretch\" or \"pain\"");
    entry.kind = kind == "pain" ? EntryKind::pain : EntryKind::stretch;
    entry.exercise = f.text("exercise", false);
    entry.routine = f.text("routine", false);
    entry.reps = f.number("reps");
    entry.hold_seconds = f.number("hold_seconds");
    const std::string side = f.text("side", false);
    if (!side.empty()) {
        entry.side = parse_side(side);
        if (!entry.side) bad(f.at("side"), "expected \"left\", \"right\" or \"both\"");
    }
    entry.pain = f.number("pain");
    entry.note = f.text("note", false);
    entry.changed_at = f.text("changed_at", false);
    entry.moment = f.text("moment", false);
    check_entry(entry, f.where());
    return entry;
}

PauseRecord pause_from(const Fields& f) {
    PauseRecord record{lower(f.text("id")), Pause{f.text("exercise"), f.day("first_day"), f.optional_day("resumed_on"),
                                           f.text("reason", false)},
                       f.text("created_at"), f.text("changed_at", false)};
    check_pause(record, f.where());
    return record;
}

SkipRecord skip_from(const Fields& f) {
    SkipRecord skip{lower(f.text("id")), f.day("day"), f.text("reason", false), f.text("created_at")};
    check_skip(skip, f.where());
    return skip;
}

VersionRecord version_from(const Fields& f) {
    VersionRecord version{f.text("routine"), f.day("effective"), {}, f.text("recorded_at")};
    const Json* definition = f.find("definition");
    if (!definition || !definition->is_object()) bad(f.at("definition"), "expected an object");
    try {
        // Stored in the log's own canonical form, so equal definitions compare equal.
        version.definition = snapshot_to_json(snapshot_from_json(definition->dump(), f.at("definition")));
    } catch (const Error&) {
        bad(f.at("definition"), "not a routine definition as stretch exports it");
    }
    if (!is_utc_instant(version.recorded_at)) bad(f.at("recorded_at"), "not a UTC time like 2026-11-22T08:00:00Z");
    return version;
}

template <typename Record, typename Read>
std::vector<Record> records(const Json& document, const char* key, Read read) {
    std::vector<Record> out;
    const auto found = document.find(key);
    if (found == document.end()) bad(key, "missing (is the file cut short?)");
    if (!found->is_array()) bad(key, "expected an array");
    for (size_t i = 0; i < found->size(); ++i)
        out.push_back(read(Fields((*found)[i], std::string(key) + "[" + std::to_string(i) + "]")));
    return out;
}

}  // namespace

nlohmann::ordered_json archive_json(const Archive& archive, const std::string& exported_at) {
    Json entries = Json::array(), pauses = Json::array(), skips = Json::array(), versions = Json::array();
    for (const Entry& entry : archive.entries) entries.push_back(entry_json(entry));
    for (const PauseRecord& r : archive.pauses)
        pauses.push_back({{"id", r.uuid},
                          {"exercise", r.pause.exercise},
                          {"first_day", to_iso(r.pause.first_day)},
                          {"resumed_on", r.pause.resumed_on ? Json(to_iso(*r.pause.resumed_on)) : Json(nullptr)},
                          {"reason", text_or_null(r.pause.reason)},
                          {"created_at", r.created_at},
                          {"changed_at", text_or_null(r.changed_at)}});
    for (const SkipRecord& s : archive.skips)
        skips.push_back({{"id", s.uuid}, {"day", to_iso(s.day)}, {"reason", text_or_null(s.reason)},
                         {"created_at", s.created_at}});
    for (const VersionRecord& v : archive.versions)
        versions.push_back({{"routine", v.routine},
                            {"effective", to_iso(v.effective)},
                            {"recorded_at", v.recorded_at},
                            {"definition", Json::parse(v.definition)}});
    const Json range = archive.range ? Json{{"first", to_iso(archive.range->first)}, {"last", to_iso(archive.range->last)}}
                                     : Json(nullptr);
    return {{"kind", "stretch-export"}, {"exported_at", exported_at}, {"range", range},
            {"entries", entries},        {"pauses", pauses},           {"skips", skips},
            {"routine_versions", versions}};
}

Archive parse_archive_json(const std::string& text) {
    Json document;
    try {
        document = Json::parse(text);
    } catch (const Json::parse_error& error) {
        std::string what = error.what();
        const auto at = what.find("parse error at ");
        if (at != std::string::npos) what = what.substr(at + 15);
        throw Error(ErrorKind::data, "the JSON is malformed or cut short: " + what,
                    "use a file that `stretch export` wrote; nothing was imported");
    }
    if (!document.is_object() || document.value("kind", "") != "stretch-export")
        throw Error(ErrorKind::data, "this JSON is not a stretch export (it has no \"kind\": \"stretch-export\")",
                    "use a file that `stretch export` wrote; nothing was imported");
    const auto version = document.find("format_version");
    if (version == document.end() || !version->is_number_integer() || version->get<long long>() < 1)
        bad("format_version", "missing, or not a whole number from 1");
    if (version->get<long long>() > kJsonFormatVersion)
        throw Error(ErrorKind::data,
                    "this export has format version " + std::to_string(version->get<long long>()) +
                        ", newer than this stretch reads (" + std::to_string(kJsonFormatVersion) + ")",
                    "upgrade stretch; nothing was imported");
    Archive archive;
    archive.entries = records<Entry>(document, "entries", entry_from);
    archive.pauses = records<PauseRecord>(document, "pauses", pause_from);
    archive.skips = records<SkipRecord>(document, "skips", skip_from);
    archive.versions = records<VersionRecord>(document, "routine_versions", version_from);
    return archive;
}

}  // namespace stretch
