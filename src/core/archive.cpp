#include "core/archive.h"

#include <cctype>
#include <set>
#include <tuple>

#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

/// A conflict goes to the side changed later. A tie goes to the larger
/// content key, so two machines that import each other's export agree.
MergeAction settle(const std::string& ours_changed, const std::string& theirs_changed, const std::string& ours_key,
                   const std::string& theirs_key) {
    if (theirs_changed != ours_changed)
        return theirs_changed > ours_changed ? MergeAction::take_theirs : MergeAction::keep_ours;
    return theirs_key > ours_key ? MergeAction::take_theirs : MergeAction::keep_ours;
}

template <typename T>
std::string key_part(const std::optional<T>& value) {
    return value ? std::to_string(*value) : "-";
}

std::string content_key(const Entry& e) {
    return to_iso(e.day) + "\x1f" + e.exercise + "\x1f" + e.routine + "\x1f" + key_part(e.reps) + "\x1f" +
           key_part(e.hold_seconds) + "\x1f" + (e.side ? to_text(*e.side) : "-") + "\x1f" + key_part(e.pain) +
           "\x1f" + e.note + (e.moment.empty() ? "" : "\x1f" + e.moment);
}

/// Exercise and routine ids as routine files allow them: lower-case words
/// joined by hyphens, so an id can never carry a terminal escape.
bool is_id(std::string_view text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && text[i - 1] != '-');
        if (!ok) return false;
    }
    return true;
}

bool same_content(const Entry& a, const Entry& b) {
    return a.uuid == b.uuid && a.logged_at == b.logged_at && a.day == b.day && a.kind == b.kind &&
           a.exercise == b.exercise && a.routine == b.routine && a.reps == b.reps &&
           a.hold_seconds == b.hold_seconds && a.side == b.side && a.pain == b.pain && a.note == b.note &&
           a.moment == b.moment;
}

[[noreturn]] void bad(const std::string& where, const std::string& what) {
    throw Error(ErrorKind::data, where + ": " + what, "fix or remove that record; nothing was imported");
}

void check_range(const std::optional<int>& value, int min, int max, const std::string& where, const char* name) {
    if (value && (*value < min || *value > max))
        bad(where, std::string(name) + " must be from " + std::to_string(min) + " to " + std::to_string(max) +
                       ", not " + std::to_string(*value));
}

void check_day(Date day, const std::string& where, const char* name) {
    if (day < kEarliestDay || day > kLatestDay)
        bad(where, std::string(name) + " " + to_iso(day) + " is outside the years 2000-2199");
}

}  // namespace

const std::string& last_changed(const Entry& entry) {
    return entry.changed_at.empty() ? entry.logged_at : entry.changed_at;
}

MergeAction merge_action(const Entry* ours, const Entry& theirs) {
    if (!ours) return MergeAction::add;
    if (same_content(*ours, theirs)) return MergeAction::present;
    return settle(last_changed(*ours), last_changed(theirs), content_key(*ours), content_key(theirs));
}

MergeAction merge_action(const PauseRecord* ours, const PauseRecord& theirs) {
    if (!ours) return MergeAction::add;
    const auto content = [](const PauseRecord& r) {
        return std::tie(r.uuid, r.pause.exercise, r.pause.first_day, r.pause.resumed_on, r.pause.reason, r.created_at);
    };
    if (content(*ours) == content(theirs)) return MergeAction::present;
    const auto changed = [](const PauseRecord& r) { return r.changed_at.empty() ? r.created_at : r.changed_at; };
    const auto key = [](const PauseRecord& r) {
        return to_iso(r.pause.first_day) + (r.pause.resumed_on ? to_iso(*r.pause.resumed_on) : "-") + r.pause.reason;
    };
    return settle(changed(*ours), changed(theirs), key(*ours), key(theirs));
}

MergeAction merge_action(const SkipRecord* ours, const SkipRecord& theirs) {
    if (!ours) return MergeAction::add;
    if (ours->uuid == theirs.uuid && ours->reason == theirs.reason) return MergeAction::present;
    // Two machines that set the same day aside each made a record of it: the
    // one kept is chosen as for any conflict, so that both logs end with it;
    // records that differ only in their ids are no conflict to report.
    const MergeAction action =
        settle(ours->created_at, theirs.created_at, ours->reason + ours->uuid, theirs.reason + theirs.uuid);
    if (ours->reason != theirs.reason) return action;
    return action == MergeAction::take_theirs ? MergeAction::take_theirs_quietly : MergeAction::present;
}

MergeAction merge_action(const VersionRecord* ours, const VersionRecord& theirs) {
    if (!ours) return MergeAction::add;
    if (ours->definition == theirs.definition) return MergeAction::present;
    return settle(ours->recorded_at, theirs.recorded_at, ours->definition, theirs.definition);
}

bool is_utc_instant(std::string_view text) {
    // 2026-11-22T08:00:00Z
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return false;
    if (!parse_iso_date(text.substr(0, 10))) return false;
    for (size_t i : {11u, 12u, 14u, 15u, 17u, 18u})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return text.substr(11, 2) < "24" && text.substr(14, 2) < "60" && text.substr(17, 2) < "61";
}

bool is_uuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char c = text[i];
        if (dash ? c != '-' : !(std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

void check_entry(const Entry& entry, const std::string& where) {
    if (!is_uuid(entry.uuid)) bad(where, "id '" + terminal_safe(entry.uuid) + "' is not a uuid");
    if (!is_utc_instant(entry.logged_at))
        bad(where, "logged_at '" + terminal_safe(entry.logged_at) + "' is not a UTC time like 2026-11-22T08:00:00Z");
    if (!entry.changed_at.empty() && !is_utc_instant(entry.changed_at))
        bad(where, "changed_at '" + terminal_safe(entry.changed_at) + "' is not a UTC time");
    check_day(entry.day, where, "day");
    if (entry.kind == EntryKind::stretch && entry.exercise.empty()) bad(where, "a stretch entry needs an exercise");
    if (!entry.exercise.empty() && !is_id(entry.exercise))
        bad(where, "exercise '" + terminal_safe(entry.exercise) + "' is not an exercise id like bird-dog");
    if (!entry.routine.empty() && !is_id(entry.routine))
        bad(where, "routine '" + terminal_safe(entry.routine) + "' is not a routine id like lower-back");
    if (entry.kind == EntryKind::pain) {
        if (!entry.exercise.empty()) bad(where, "a pain entry has no exercise");
        if (!entry.pain) bad(where, "a pain entry needs a pain score");
        if (entry.reps || entry.hold_seconds || entry.side) bad(where, "a pain entry has no reps, hold or side");
    }
    if (!entry.moment.empty() && (entry.kind != EntryKind::pain || (entry.moment != kBeforeSession &&
                                                                    entry.moment != kAfterSession)))
        bad(where, "moment '" + terminal_safe(entry.moment) + "' is not before or after, on a pain score");
    check_range(entry.reps, 1, 1000, where, "reps");
    check_range(entry.hold_seconds, 1, 3600, where, "hold_seconds");
    check_range(entry.pain, 0, 10, where, "pain");
    if (!valid_utf8(entry.note) || !valid_utf8(entry.exercise) || !valid_utf8(entry.routine))
        bad(where, "the text is not valid UTF-8");
}

void check_pause(const PauseRecord& record, const std::string& where) {
    if (!is_uuid(record.uuid)) bad(where, "id '" + terminal_safe(record.uuid) + "' is not a uuid");
    if (!is_id(record.pause.exercise))
        bad(where, "exercise '" + terminal_safe(record.pause.exercise) + "' is not an exercise id like bird-dog");
    check_day(record.pause.first_day, where, "first_day");
    if (record.pause.resumed_on && *record.pause.resumed_on <= record.pause.first_day)
        bad(where, "resumed_on must come after first_day");
    if (!is_utc_instant(record.created_at)) bad(where, "created_at is not a UTC time like 2026-11-22T08:00:00Z");
    if (!record.changed_at.empty() && !is_utc_instant(record.changed_at)) bad(where, "changed_at is not a UTC time");
    if (!valid_utf8(record.pause.reason) || !valid_utf8(record.pause.exercise)) bad(where, "the text is not valid UTF-8");
}

void check_skip(const SkipRecord& skip, const std::string& where) {
    if (!is_uuid(skip.uuid)) bad(where, "id '" + terminal_safe(skip.uuid) + "' is not a uuid");
    check_day(skip.day, where, "day");
    if (!is_utc_instant(skip.created_at)) bad(where, "created_at is not a UTC time like 2026-11-22T08:00:00Z");
    if (!valid_utf8(skip.reason)) bad(where, "the reason is not valid UTF-8");
}

namespace {

/// Refuses a time stamp (a UTC instant) on a day after `latest`: a merge
/// keeps the side changed last, so such a record would win every later
/// import over the log's own edits.
void check_instant_not_future(const std::string& instant, Date latest, const std::string& what, const char* name) {
    const auto day = parse_iso_date(std::string_view(instant).substr(0, 10));
    if (day && *day > latest)
        throw Error(ErrorKind::data, what + " has " + name + " " + instant + ", a time still to come",
                    "fix the file; nothing was imported");
}

}  // namespace

void check_not_future(const Entry& entry, Date latest) {
    // Said by what it is, as a CSV row without an id has only a derived one.
    const std::string what =
        (entry.kind == EntryKind::pain ? std::string("a pain score") : "an entry for " + entry.exercise) +
        " (id " + entry.uuid + ")";
    if (entry.day > latest)
        throw Error(ErrorKind::data, what + " is on " + to_iso(entry.day) + ", a day still to come",
                    "fix the file; nothing was imported");
    check_instant_not_future(entry.logged_at, latest, what, "logged_at");
    check_instant_not_future(entry.changed_at, latest, what, "changed_at");
}

void check_not_future(const PauseRecord& pause, Date latest) {
    const std::string what = "the pause of " + pause.pause.exercise + " (id " + pause.uuid + ")";
    check_instant_not_future(pause.created_at, latest, what, "created_at");
    check_instant_not_future(pause.changed_at, latest, what, "changed_at");
}

void check_not_future(const SkipRecord& skip, Date latest) {
    check_instant_not_future(skip.created_at, latest, "the skip of " + to_iso(skip.day) + " (id " + skip.uuid + ")",
                             "created_at");
}

void check_not_future(const VersionRecord& version, Date latest) {
    // A change waits at most for tomorrow (Store::record_routines).
    if (version.effective > latest)
        throw Error(ErrorKind::data,
                    "the version of " + version.routine + " takes effect on " + to_iso(version.effective) +
                        ", a day still to come",
                    "fix the file; nothing was imported");
    check_instant_not_future(version.recorded_at, latest,
                             "the version of " + version.routine + " from " + to_iso(version.effective), "recorded_at");
}

void refuse_newer_format(long long version, int readable, const std::string& where) {
    throw Error(ErrorKind::data,
                where + " format version " + std::to_string(version) + ", newer than this stretch reads (" +
                    std::to_string(readable) + ")",
                "upgrade stretch; nothing was imported");
}

}  // namespace stretch
