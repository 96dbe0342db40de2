#pragma once
/// Everything needed to rebuild a log, as `export` writes it and `import`
/// reads it, and the rules that merge one into a log. Pure.
///
/// Records are matched by identity: entries and pauses by uuid, skips by
/// day, routine versions by routine and effective day. Importing a record
/// already present changes nothing; a record with the same identity and
/// other content is a conflict, settled for the most recently changed side.

#include <optional>
#include <string>
#include <vector>

#include "core/date_range.h"
#include "core/entry.h"
#include "core/record.h"

namespace stretch {

/// A pause as the log keeps it, with its identity and times.
struct PauseRecord {
    std::string uuid;
    Pause pause;
    std::string created_at;
    std::string changed_at;  ///< empty: unchanged since created_at
    friend bool operator==(const PauseRecord&, const PauseRecord&) = default;
};

struct SkipRecord {
    std::string uuid;
    Date day;
    std::string reason;
    std::string created_at;
    friend bool operator==(const SkipRecord&, const SkipRecord&) = default;
};

/// A routine version as the log keeps it: `definition` is the stored JSON text.
struct VersionRecord {
    std::string routine;
    Date effective;
    std::string definition;
    std::string recorded_at;
    friend bool operator==(const VersionRecord&, const VersionRecord&) = default;
};

struct Archive {
    std::optional<DateRange> range;  ///< what was exported; nullopt: everything
    History entries;
    std::vector<PauseRecord> pauses;
    std::vector<SkipRecord> skips;
    std::vector<VersionRecord> versions;

    size_t size() const { return entries.size() + pauses.size() + skips.size() + versions.size(); }
};

/// What merging one incoming record does.
enum class MergeAction {
    add,          ///< new here: insert it
    present,      ///< already here, the same: nothing to do
    keep_ours,    ///< conflict; this log's side changed more recently (or at the same time)
    take_theirs,  ///< conflict; the incoming side changed more recently
    take_theirs_quietly,  ///< the same in all that counts: take theirs, so both logs agree, as present
};

/// `ours` is the log's record with the same identity, or null. A conflict
/// goes to the side changed later; at the same moment, to the same side on
/// every machine, so two logs that import each other agree.
MergeAction merge_action(const Entry* ours, const Entry& theirs);
MergeAction merge_action(const PauseRecord* ours, const PauseRecord& theirs);
MergeAction merge_action(const SkipRecord* ours, const SkipRecord& theirs);
MergeAction merge_action(const VersionRecord* ours, const VersionRecord& theirs);

/// When an entry last changed: its changed_at, else logged_at.
const std::string& last_changed(const Entry& entry);

/// Checks an entry from outside (an import) as `log` checks its own: a
/// well-formed uuid and UTC instant, a day in the supported years, a stretch
/// with an exercise or a pain score with a pain, doses and pain in range, a
/// side that exists, a UTF-8 note. Throws a data Error starting with `where`.
void check_entry(const Entry& entry, const std::string& where);
void check_pause(const PauseRecord& pause, const std::string& where);
void check_skip(const SkipRecord& skip, const std::string& where);

/// Throws a data Error when an entry's day, or the day of its logged_at or
/// changed_at, lies after `latest`: what was done cannot be in the future.
void check_not_future(const Entry& entry, Date latest);
/// The same for the time stamps of the other records, which decide a merge.
void check_not_future(const PauseRecord& pause, Date latest);
void check_not_future(const SkipRecord& skip, Date latest);
void check_not_future(const VersionRecord& version, Date latest);

/// Throws the data Error for an export of format `version`, newer than the
/// `readable` one: nothing in the file is wrong, this stretch is too old.
/// The message starts with `where` ("this export has", "line 2:").
[[noreturn]] void refuse_newer_format(long long version, int readable, const std::string& where);

/// Receives an archive's records one at a time, in the file's order, as a
/// reader parses them, so that nothing need hold a whole file.
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual void entry(Entry entry) = 0;
    virtual void pause(PauseRecord pause) = 0;
    virtual void skip(SkipRecord skip) = 0;
    virtual void version(VersionRecord version) = 0;
};

/// A sink that keeps every record, for a caller that wants the Archive.
class ArchiveBuilder : public RecordSink {
public:
    Archive archive;
    void entry(Entry entry) override { archive.entries.push_back(std::move(entry)); }
    void pause(PauseRecord pause) override { archive.pauses.push_back(std::move(pause)); }
    void skip(SkipRecord skip) override { archive.skips.push_back(std::move(skip)); }
    void version(VersionRecord version) override { archive.versions.push_back(std::move(version)); }
};

/// True for "2026-11-22T08:00:00Z".
bool is_utc_instant(std::string_view text);
/// True for a uuid in its 36-character text form (any version), lower case.
bool is_uuid(std::string_view text);

}  // namespace stretch
