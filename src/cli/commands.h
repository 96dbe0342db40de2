#pragma once
/// Every subcommand: an options struct, a run function that takes only what it
/// uses and returns the exit code, and a function that registers it with CLI11.

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output_file.h"
#include "cli/shared_options.h"
#include "cli/session.h"
#include "core/archive.h"
#include "core/catalog.h"
#include "render/style.h"

namespace stretch {

struct PlanOptions {
    std::string when = "today";
    bool week = false;    ///< --week: seven days from `when`
    std::string routine;  ///< empty: the default routine
    std::string format = "text";
    std::string output;   ///< --output: a file replaced whole; empty or "-": standard output
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// `routine` comes from Session::routine(options.routine, catalog); `store`
/// is null when there is no log yet (so for the other commands below).
int run_plan(const PlanOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
             Date today, const Config& config, const Style& style, OutputFile& output);
void add_plan_command(CLI::App& app, Session& session);

struct GoOptions {
    std::string routine;
    int speed = 1;  ///< the clock runs this many times faster
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
    std::string show_command = "stretch show";  ///< prints an exercise whole, with this run's --routines
};
/// The guided session; needs a terminal on standard input and output.
/// `dumb`: the terminal cannot clear the screen or erase a line.
int run_go(const GoOptions& options, const Catalog& catalog, const Routine& routine, Store& store,
           const Clock& clock, const Config& config, const Style& style, bool dumb, std::ostream& out);
void add_go_command(CLI::App& app, Session& session);

/// Lists the exercises, the routines, and the stretches paused today or
/// later, as `format` (text, json or tsv) says.
int run_list(const std::string& format, const Catalog& catalog, const Store* store, Date today, std::ostream& out);
void add_list_command(CLI::App& app, Session& session);

struct ShowOptions {
    std::string exercise;
    std::string format = "text";  ///< text or json
};
/// The exercise's instructions, then the warning signs.
int run_show(const ShowOptions& options, const Catalog& catalog, const Style& style, std::ostream& out);
void add_show_command(CLI::App& app, Session& session);

struct CheckOptions {
    std::vector<std::string> files;  ///< empty: every file in the routine directories
};
/// Prints a one-line summary, or nothing with `quiet`. A file's problem is
/// an Error; when several files have one, each is printed to `err` and the
/// Error thrown says how many. Without named files, `in_use` then checks
/// what else the files must satisfy (config.toml's routine), before "ok".
int run_check(const CheckOptions& options, const RoutineSources& sources, bool quiet, std::ostream& out,
              std::ostream& err, const std::function<void(const Catalog&)>& in_use);
void add_check_command(CLI::App& app, Session& session);

struct LogOptions {
    std::vector<std::string> exercises;
    std::optional<int> reps;
    std::optional<int> hold;
    std::string side;  ///< empty: "both" for two-sided stretches, none otherwise
    std::optional<int> pain;
    std::string note;
    std::string date = "today";
    std::string routine;
    bool all = false;
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// Throws a usage Error for anything that would stop run_log (among them
/// --side for a stretch without sides, --hold for one without a hold), so
/// the caller can check before it creates the database.
void check_log_request(const LogOptions& options, const Catalog& catalog, const Routine& routine, Date today);
/// `options` must have passed check_log_request. Pain in the stop zone
/// pauses the stretch from the next day, in the same transaction. A log for
/// an earlier day says when it judges that day otherwise for `judged` (the
/// main routine: a severe pain rests a missed day); none says nothing.
int run_log(const LogOptions& options, const Catalog& catalog, const Routine& routine, Store& store,
            const Clock& clock, const Config& config, bool quiet, std::ostream& out, std::ostream& err,
            const Routine* judged = nullptr);
void add_log_command(CLI::App& app, Session& session);

struct PainOptions {
    int score = 0;
    std::string note;
    std::string date = "today";
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// A score of kSeverePain or more also prints the warning signs; `routine`
/// (null when none can be found: then resting is offered unless today is
/// skipped) tells whether resting today needs a skip.
/// `catalog` is null when the routine files cannot be used: the score is
/// recorded all the same, without today's routine versions, and resting is
/// offered unless today is skipped already.
int run_pain(const PainOptions& options, const Catalog* catalog, const Routine* routine, Store& store,
             const Clock& clock, bool quiet, std::ostream& out, std::ostream& err);
void add_pain_command(CLI::App& app, Session& session);

/// Reverts the newest journalled command, or with `list` shows the commands
/// the next undos would revert. `store` is null when there is no log.
/// Refuses (a usage Error) to take back a skip or pause whose days have passed.
/// `stretch` is how its hints name stretch (Session::invocation()). A past
/// day `routine` judges otherwise after the revert is said to be (none
/// without a catalog: the revert goes ahead all the same).
int run_undo(Store* store, bool list, Date today, bool quiet, const std::string& stretch, std::ostream& out,
             const Catalog* catalog = nullptr, const Routine* routine = nullptr);
void add_undo_command(CLI::App& app, Session& session);

/// Deletes the entries with these ids (or unique prefixes), all or none.
/// A deleted stretch whose pain in the stop zone paused it stays paused,
/// and is said to; so is a past day `routine` now judges otherwise (a day
/// rested after a severe pain that was deleted is missed).
/// `stretch` is how hints name stretch (Session::invocation()).
int run_delete(const std::vector<std::string>& ids, const Catalog& catalog, const Routine* routine, Store& store,
               const Clock& clock, const PainZones& zones, bool quiet, std::ostream& out,
               const std::string& stretch = "stretch");
void add_delete_command(CLI::App& app, Session& session);

struct EditOptions {
    std::string id;
    std::optional<int> reps;
    std::optional<int> hold;
    std::string side;  ///< empty: unchanged
    std::optional<int> pain;
    std::optional<std::string> note;  ///< "" removes the note
    std::string date;                 ///< empty: unchanged
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// Changes one entry and says what changed; pain moved into the stop zone
/// pauses the stretch as `log` does, and pain moved to kSeverePain or more
/// gets the advice `pain` and `log` give (today's plan judged by `routine`).
/// A past day `routine` now judges otherwise is said to be.
int run_edit(const EditOptions& options, const Catalog& catalog, const Routine* routine, Store& store,
             const Clock& clock, const PainZones& zones, const Style& style, bool quiet, std::ostream& out,
             std::ostream& err);
void add_edit_command(CLI::App& app, Session& session);

struct ExportOptions {
    RangeRequest range;  ///< nothing chosen: the whole log
    std::string format = "json";
};
int run_export(const ExportOptions& options, const Store* store, const Clock& clock, int week_start,
               std::ostream& out);
void add_export_command(CLI::App& app, Session& session);

/// `import FILE|-`: reads an export or a history CSV (whose exercises are
/// resolved in the catalog) as a stream, merging each record as it is read,
/// all in one transaction: a data Error naming the line or record when any
/// of it is bad, repeats itself, or lies after tomorrow, and then nothing
/// changes.
void add_import_command(CLI::App& app, Session& session);

struct BackupOptions {
    std::string file;
    bool force = false;
};
int run_backup(const BackupOptions& options, const Store& store, const std::filesystem::path& database, bool quiet,
               std::ostream& out);
void add_backup_command(CLI::App& app, Session& session);

struct PauseOptions {
    std::string exercise;
    std::string reason;
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// Pauses from today; a stretch already paused is left as it is.
int run_pause(const PauseOptions& options, const Catalog& catalog, Store& store, const Clock& clock, bool quiet,
              std::ostream& out);
void add_pause_command(CLI::App& app, Session& session);
/// Due again from today; says so when the stretch was not paused.
int run_resume(const std::string& exercise, const Catalog& catalog, Store& store, const Clock& clock, bool quiet,
               std::ostream& out);
void add_resume_command(CLI::App& app, Session& session);

struct SkipOptions {
    std::string when = "today";
    std::string until;  ///< empty: just `when`
    std::string reason;
    std::string routine;
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// Refuses (a usage Error, nothing written) when the span holds today and
/// today's plan is already complete. `catalog` is null when the routine
/// files cannot be used, and `routine` when it cannot be found: the days are
/// skipped all the same, without that check (and, with no catalog, without
/// today's routine versions).
int run_skip(const SkipOptions& options, const Catalog* catalog, const Routine* routine, Store& store,
             const Clock& clock, bool quiet, std::ostream& out);
void add_skip_command(CLI::App& app, Session& session);
/// `routine` (the one in use; none when it cannot be found) only says
/// whether it runs on the days unskipped at all.
int run_unskip(const SkipOptions& options, const Catalog& catalog, const Routine* routine, Store& store,
               const Clock& clock, bool quiet, std::ostream& out);
void add_unskip_command(CLI::App& app, Session& session);

struct HistoryOptions {
    RangeRequest range;
    std::string format = "text";
};
int run_history(const HistoryOptions& options, const Store* store, Date today, int week_start, std::ostream& out);
void add_history_command(CLI::App& app, Session& session);

struct StatusOptions {
    std::string format = "text";  ///< text or json (--json is an alias)
    bool json = false;
    std::string routine;
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
/// Returns 0 when today's plan is complete or nothing is scheduled, 1 otherwise.
int run_status(const StatusOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
               Date today, bool quiet, std::ostream& out);
void add_status_command(CLI::App& app, Session& session);

struct RemindOptions {
    std::string routine;
};
/// `named`: the routine was chosen with --routine, so the plan the line
/// points to must name it too (else `stretch plan today` shows the default).
/// `stretch` is how the line names stretch (Session::invocation()).
int run_remind(const Catalog& catalog, const Routine& routine, bool named, const Store* store, Date today,
               std::string_view stretch, std::ostream& out);
void add_remind_command(CLI::App& app, Session& session);

struct ReportOptions {
    RangeRequest range;  ///< default: this week
    std::string routine;
    std::string format = "text";
    std::string output;  ///< as PlanOptions::output
    std::string stretch = "stretch";  ///< how hints name stretch: Session::invocation()
};
int run_report(const ReportOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
               Date today, int week_start, const Style& style, OutputFile& output);
void add_report_command(CLI::App& app, Session& session);

/// `stretch help [COMMAND]`: the help `stretch [COMMAND] --help` prints.
/// Needs every other command set up first.
void add_help_command(CLI::App& app, Session& session);

}  // namespace stretch
