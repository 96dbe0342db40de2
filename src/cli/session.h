#pragma once
/// What a command may take from the outside world, resolved once in main():
/// the global options, the environment, the clock and the output streams.

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>

#include "cli/environment.h"
#include "core/catalog.h"
#include "core/config.h"
#include "core/date.h"
#include "core/error.h"
#include "render/style.h"
#include "store/store.h"

namespace stretch {

struct GlobalOptions {
    std::string db;
    std::string routines;
    bool no_color = false;
    std::string color = "auto";  ///< --color: auto, always or never
    bool quiet = false;
};

/// The moment the program runs. STRETCH_NOW ("2026-03-14", "2026-03-14T07:30"
/// or "2026-03-14T07:30:00", local time; a bare date means noon) replaces the
/// real clock, so tests and scripts can run as if on another day.
struct Clock {
    Date today;
    std::chrono::system_clock::time_point now;

    static Clock from(const Environment& env);
};

struct Session {
    Session(Environment environment, std::ostream& out_stream, std::ostream& err_stream, bool terminal)
        : env(std::move(environment)), out(out_stream), err(err_stream), out_is_terminal(terminal) {}

    GlobalOptions options;
    Environment env;
    std::ostream& out;
    std::ostream& err;
    bool out_is_terminal = false;
    /// The command line as typed ("stretch log --all"), for the journal.
    std::string command_line = "stretch";
    /// The subcommand that runs ("log"), for the journal.
    std::string command_name;
    int exit_code = 0;  ///< set by the command that ran
    /// Set when a command committed a change to the log: even if its answer
    /// cannot be written, or it then fails, the user must learn the change
    /// was saved. Set by the stores writable_store() hands out, as they close.
    mutable bool log_changed = false;
    /// A file the command wrote besides the log (a backup), to name when its
    /// output cannot be written: running it again would refuse or repeat it.
    std::string file_written;

    /// Read once, on first use, so `--help` works whatever STRETCH_NOW says
    /// and one command never sees two different days.
    const Clock& clock() const;
    /// --color=always colours even a pipe; --no-color, --color=never and (for
    /// auto) NO_COLOR, TERM=dumb or output that is not a terminal turn it
    /// off. Glyphs need a UTF-8 locale (LC_ALL, else LC_CTYPE, else LANG).
    Style style() const;
    /// style() for an answer written to `output` (--output): a file never
    /// gets colour unless --color always asks for it.
    Style style_for(const std::string& output) const;
    /// How to run stretch on this same log, for the commands a hint names:
    /// "stretch", or "stretch --db FILE" when --db named the log, so that a
    /// hint followed word for word never changes another log.
    std::string invocation() const;
    /// Reads the bundled and user routine files, once.
    const Catalog& catalog() const;
    /// catalog() for pain and skip, the safe things to do on a bad day, which
    /// a routine file (or config.toml) half-way through an edit must not
    /// stop, nor one that cannot be read (a dangling link, a config.toml that
    /// is a directory): its problem becomes a warning on standard error,
    /// ending with `still_done` ("the score is recorded all the same"), and
    /// the result is null. A usage error is thrown, as by catalog(), and so
    /// is a --routines or STRETCH_ROUTINES that names no directory, and a
    /// STRETCH_CONFIG that names no file.
    const Catalog* catalog_if_usable(const std::string& still_done) const;
    /// The warning catalog_if_usable gives for `error`, ending in
    /// "(still_done)" unless that is empty.
    void warn(const Error& error, const std::string& still_done) const;
    /// routine(requested, *catalog) for pain and skip, where the routine only
    /// shapes advice or a check: null when there is no catalog, or when no
    /// routine was requested and config.toml names one that is gone (a
    /// --routine that is unknown is still a usage error). A config.toml that
    /// names none gets a warning, as catalog_if_usable gives.
    const Routine* routine_if_found(const std::string& requested, const Catalog* catalog,
                                    const std::string& still_done) const;
    /// routine({}, catalog), or null where that fails (config.toml names a
    /// routine that is gone), without a warning: for what only adds a
    /// remark, such as which past days a correction judges otherwise.
    const Routine* main_routine_or_none(const Catalog& catalog) const;
    /// writable_store() for a command that has no catalog (see
    /// catalog_if_usable): it leaves what is derived from the log to the next
    /// command that can read the routine files.
    Store writable_store_without_catalog() const;
    /// writable_store() for a change that must be made even when what is
    /// derived from the log cannot be kept (a damaged row, say): undo, and
    /// pain and skip, which record how much it hurts and a day of rest. The
    /// next write keeps the derived data instead; reports read the log itself
    /// until then.
    Store writable_store_keeping_derived_if_it_can() const;
    /// $STRETCH_CONFIG, else the config directory's config.toml; empty when
    /// there is no config directory (no HOME), and so no config file.
    std::filesystem::path config_path() const;
    /// Reads config_path() once; a missing file is the default unless named by STRETCH_CONFIG.
    const Config& config() const;
    /// The routine a command works on: `requested` (from --routine, a usage
    /// error when unknown), else config.toml's routine (bad data in
    /// config.toml when unknown), else Catalog::default_routine.
    const Routine& routine(const std::string& requested, const Catalog& catalog) const;
    /// Throws a usage error naming `requested` as retired when the log has
    /// recorded versions of it (its file is gone); returns otherwise.
    void refuse_retired(const std::string& requested) const;
    /// The same for a command that shows days as they were judged (plan,
    /// report): a --routine whose file is gone but whose versions `store`
    /// records is found too, retired (retired_routine): today and later
    /// plan nothing, and earlier days keep the versions recorded for them.
    const Routine& routine_of_record(const std::string& requested, const Catalog& catalog, const Store* store) const;
    std::filesystem::path database() const;
    /// The log to read; nullopt when there is none yet (reading never creates it).
    std::optional<Store> existing_store() const;
    /// For a command that shows the days of `shown` of `routine` (plan and
    /// report; status and remind show today): when `shown` takes in today or
    /// a later day, which follow the files, and the version of `routine` that `store`
    /// has in force today is not what the files say, that routine (and the
    /// gentle routine, which may have kept today, when it changed too) is
    /// recorded from today, or tomorrow (Store::record_routines), and
    /// `store` is read again. Today is then judged
    /// later by the plan shown now: a day shown with nothing due never turns
    /// missed. Nothing is recorded from a catalog that may not go on record
    /// (Catalog::may_go_on_record: a --routines trial, or no HOME), for a
    /// log that records no version yet (the next write records them all,
    /// from 2000). A `routine` whose file is gone (routine_of_record) is
    /// recorded as retired, as the next write would. A log that cannot be
    /// written (a read-only copy, or another writer holding it: this write
    /// gives way at once, never waits) is read as it is; the change counts
    /// from the next write.
    void put_on_record(std::optional<Store>& store, const Catalog& catalog, const Routine& routine,
                       const DateRange& shown) const;
    /// The log to write, created on first use, journalling its commands as
    /// command_line; each of its atomically() transactions also brings the
    /// per-day summaries up to yesterday. When it closes, log_changed says
    /// whether it changed the log, even when the command ends in an error.
    Store writable_store() const;
    /// The same for the log at `path` rather than database(): import builds
    /// a new log under a temporary name.
    Store writable_store(const std::filesystem::path& path) const;
    /// Brings what is derived from the log (per-day summaries, day logs,
    /// each stretch's progress) up to yesterday, in the write transaction
    /// open on `store`: writable_store() runs it before each commit.
    void refresh_derived(Store& store) const;

    /// The routine directories (--routines, STRETCH_ROUTINES, or the bundled
    /// and the config directory's), worked out once.
    const RoutineSources& sources() const;

private:
    /// config.toml's pain zones, for a log that migration 10 upgrades
    /// (store/schema.h); an error in config.toml then says that the upgrade
    /// needed it, and that the log is left as it was.
    ZonesUntilNow zones_until_now() const;

    mutable std::optional<Clock> clock_;
    mutable std::optional<RoutineSources> sources_;
    mutable std::optional<Catalog> catalog_;
    mutable std::optional<Config> config_;
    mutable std::optional<Routine> retired_;  ///< what routine_of_record() found retired
};

}  // namespace stretch
