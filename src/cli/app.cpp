#include "cli/app.h"

#include <algorithm>
#include <ostream>

#include <SQLiteCpp/Exception.h>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "core/error.h"
#include "cli/usage.h"
#include "core/text.h"

#ifndef STRETCH_VERSION
#define STRETCH_VERSION "unknown"
#endif

namespace stretch {

namespace {

/// Subcommand help shows only the command's own options; this names the rest.
constexpr const char* kGlobalOptionsFooter =
    "Global options (see stretch --help): --db FILE, --routines DIR,\n"
    "--color auto|always|never, --no-color, -q/--quiet, --version";

void add_global_options(CLI::App& app, GlobalOptions& options) {
    app.add_option("--db", options.db, "The log (default: ~/.local/share/stretch/stretch.db)")
        ->check(non_empty());
    app.add_option("--routines", options.routines,
                   "Routines for this run only (a trial; see man stretch)")
        ->check(non_empty());
    app.add_option("--color", options.color, "auto (on a terminal; the default), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("--no-color", options.no_color, "Never colour the output (as --color never)");
    app.add_flag("-q,--quiet", options.quiet, "Print only what was asked for");
    app.set_version_flag("--version", std::string("stretch ") + STRETCH_VERSION);
}

using CommandAdder = void (*)(CLI::App&, Session&);

/// Every command, in the order of a day: plan, do, record, check, look
/// back; then routine files and the log as a whole.
constexpr std::pair<const char*, CommandAdder> kCommands[] = {
    {"plan", add_plan_command},       {"go", add_go_command},           {"log", add_log_command},
    {"pain", add_pain_command},
    {"undo", add_undo_command},       {"edit", add_edit_command},       {"delete", add_delete_command},
    {"pause", add_pause_command},     {"resume", add_resume_command},   {"skip", add_skip_command},
    {"unskip", add_unskip_command},   {"status", add_status_command},   {"remind", add_remind_command},
    {"history", add_history_command}, {"report", add_report_command},   {"list", add_list_command},
    {"show", add_show_command},       {"check", add_check_command},     {"export", add_export_command},
    {"import", add_import_command},   {"backup", add_backup_command},
};

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const auto& [name, add] : kCommands) names.emplace_back(name);
    return names;
}

/// Only the command that runs is set up when the arguments name one: each
/// command's options cost start-up time that every run pays. Help (`--help`
/// or `help`, which prints any command's) and a bare `stretch` get them all.
void add_commands(CLI::App& app, Session& session, const std::string& word) {
    const auto named = std::find_if(std::begin(kCommands), std::end(kCommands),
                                    [&](const auto& command) { return word == command.first; });
    if (named != std::end(kCommands)) return named->second(app, session);
    for (const auto& [name, add] : kCommands) add(app, session);
    add_help_command(app, session);
}

/// What the command saved before it failed, for its error to say (empty
/// when nothing): a script that retries on failure must not log twice.
std::string what_was_saved(const Session& session) {
    if (session.log_changed) return "the change to the log was saved, so do not run the command again";
    if (!session.file_written.empty())
        return terminal_safe(session.file_written) + " was written, so do not run the command again";
    return {};
}

/// `hint`, then what_was_saved, when anything was.
std::string with_what_was_saved(const std::string& hint, const Session& session) {
    const std::string saved = what_was_saved(session);
    return hint.empty() || saved.empty() ? hint + saved : hint + "; " + saved;
}

}  // namespace

int run_app(const std::vector<std::string>& args, const Environment& env, std::ostream& out,
            std::ostream& err, bool out_is_terminal) {
    CLI::App app{"stretch: plan, log and review your daily stretches for lower-back pain", "stretch"};
    // CLI11 reads these back to front, and leaves in them what it could not use.
    std::vector<std::string> reversed;
    // Outside the try, so that an error can say what the command had saved.
    Session session(env, out, err, out_is_terminal);
    try {
        for (const std::string& arg : args) session.command_line += " " + shell_quoted(arg);
        app.get_formatter()->column_width(26);
        app.fallthrough();
        app.require_subcommand(0, 1);
        add_global_options(app, session.options);
        // `help` is named whole: "h" stays history, as it was before there was a help.
        const auto expanded = first_word(args) == "help" ? args : expand_command(args, command_names(), {"help"});
        session.command_name = first_word(expanded);
        add_commands(app, session, session.command_name);
        for (CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
            command->footer(kGlobalOptionsFooter);
        reversed.assign(expanded.rbegin(), expanded.rend());
        app.parse(reversed);
        if (app.get_subcommands().empty()) out << app.help();
        out.flush();
        if (!out) {
            // `stretch history | head`: a reader that took what it wanted is
            // no error worth a message when nothing changed; the status says it.
            const bool changed = session.log_changed || !session.file_written.empty();
            if (!changed && standard_output_reader_gone()) return exit_code(ErrorKind::io);
            // A script that retries on failure must not log twice.
            const std::string saved = what_was_saved(session);
            print_error(err, "could not write the output",
                        saved.empty() ? kCheckTheOutput : saved);
            return exit_code(ErrorKind::io);
        }
        return session.exit_code;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        return usage_error(app, e, args, reversed, err);
    } catch (const Error& e) {
        print_error(err, e.what(), with_what_was_saved(e.hint(), session));
        return exit_code(e.kind());
    } catch (const SQLite::Exception& e) {
        print_error(err, std::string("database: ") + e.what(), what_was_saved(session));
        return exit_code(ErrorKind::io);
    } catch (const std::filesystem::filesystem_error& e) {
        // Said as every other error is: the file, what went wrong, the fix.
        const std::string where = e.path1().empty() ? "a file" : e.path1().string();
        print_error(err, where + ": " + e.code().message(),
                    with_what_was_saved(fix_for(e.code(), "check the path and the disk"), session));
        return exit_code(ErrorKind::io);
    } catch (const std::exception& e) {
        // Anything else is a bug: one line and a status a script can tell
        // apart, not an abort. A write transaction it left was rolled back.
        print_error(err, std::string("internal error: ") + e.what(),
                    with_what_was_saved("this is a fault in stretch; please report it with the command that caused it",
                                        session));
        return exit_code(ErrorKind::internal);
    }
}

}  // namespace stretch
