#include "archive/archive_json.h"

#include <set>
#include <sstream>

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

void check_header(const Json& document) {
    if (!document.is_object() || document.value("kind", "") != "stretch-export")
        throw Error(ErrorKind::data, "this JSON is not a stretch export (it has no \"kind\": \"stretch-export\")",
                    "use a file that `stretch export` wrote; nothing was imported");
    const auto version = document.find("format_version");
    if (version == document.end() || !version->is_number_integer() || version->get<long long>() < 1)
        bad("format_version", "missing, or not a whole number from 1");
    if (version->get<long long>() > kJsonFormatVersion)
        refuse_newer_format(version->get<long long>(), kJsonFormatVersion, "this export has");
}

constexpr const char* kRecordArrays[] = {"entries", "pauses", "skips", "routine_versions"};

/// Builds the document as nlohmann's own DOM builder does, except that each
/// element of the four record arrays goes to the sink as soon as it is
/// complete and is then dropped: one record is in memory at a time.
class StreamingReader : public nlohmann::json_sax<Json> {
public:
    explicit StreamingReader(RecordSink& sink) : sink_(sink) {}

    /// The document without its records, once parsed.
    const Json& document() const { return root_; }

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t&) override { return value(nullptr); }
    bool key(string_t& k) override {
        key_ = std::move(k);
        return true;
    }
    bool start_object(std::size_t) override { return open(Json::object()); }
    bool start_array(std::size_t) override {
        if (stack_.size() == 1 && stack_.front()->is_object()) {
            for (const char* name : kRecordArrays)
                if (key_ == name) records_ = name, index_ = 0;
            // Its records have gone on already: a second copy cannot replace them.
            if (records_ && !seen_.insert(records_).second) bad(records_, "appears twice in the document");
            // An export writes its header first: a wrong file stops before its records.
            if (records_ && root_.contains("kind") && root_.contains("format_version")) check_header(root_);
        }
        return open(Json::array());
    }
    bool end_object() override { return close(); }
    bool end_array() override {
        if (stack_.size() == 2) records_ = nullptr;
        return close();
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
        std::string what = error.what();
        const auto at = what.find("parse error at ");
        if (at != std::string::npos) what = what.substr(at + 15);
        throw Error(ErrorKind::data, "the JSON is malformed or cut short: " + terminal_safe(what),
                    "use a file that `stretch export` wrote; nothing was imported");
    }

private:
    Json* add(Json v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Json& parent = *stack_.back();
        if (parent.is_object()) return &(parent[key_] = std::move(v));
        parent.push_back(std::move(v));
        return &parent.back();
    }
    bool value(Json v) {
        add(std::move(v));
        return settled();
    }
    bool open(Json container) {
        stack_.push_back(add(std::move(container)));
        return true;
    }
    bool close() {
        stack_.pop_back();
        return settled();
    }
    /// Hands on a record array's element once it is whole.
    bool settled() {
        if (!records_ || stack_.size() != 2) return true;
        Json& array = *stack_.back();
        const Fields fields(array.back(), std::string(records_) + "[" + std::to_string(index_++) + "]");
        const std::string_view name = records_;
        if (name == "entries") sink_.entry(entry_from(fields));
        else if (name == "pauses") sink_.pause(pause_from(fields));
        else if (name == "skips") sink_.skip(skip_from(fields));
        else sink_.version(version_from(fields));
        array.erase(array.size() - 1);
        return true;
    }

    RecordSink& sink_;
    Json root_;
    std::vector<Json*> stack_;
    std::string key_;
    const char* records_ = nullptr;  ///< the record array being read, at its elements' level
    std::set<std::string_view> seen_;  ///< the record arrays met so far
    size_t index_ = 0;
};

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

void read_archive_json(std::istream& in, RecordSink& sink) {
    StreamingReader reader(sink);
    Json::sax_parse(in, &reader);
    const Json& document = reader.document();
    check_header(document);
    for (const char* name : kRecordArrays) {
        const auto found = document.find(name);
        if (found == document.end()) bad(name, "missing (is the file cut short?)");
        if (!found->is_array()) bad(name, "expected an array");
    }
}

Archive parse_archive_json(const std::string& text) {
    std::istringstream in(text);
    ArchiveBuilder builder;
    read_archive_json(in, builder);
    return std::move(builder.archive);
}

}  // namespace stretch
