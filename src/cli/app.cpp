#include "cli/app.h"

#include <algorithm>
#include <ostream>

#include <SQLiteCpp/Exception.h>

#include "cli/commands.h"
#include "core/error.h"
#include "core/suggest.h"

#ifndef STRETCH_VERSION
#define STRETCH_VERSION "unknown"
#endif

namespace stretch {

namespace {

void add_global_options(CLI::App& app, GlobalOptions& options) {
    app.add_option("--db", options.db, "Database file (default: $XDG_DATA_HOME/stretch/stretch.db)")
        ->check(non_empty());
    app.add_option("--routines", options.routines,
                   "Your routines directory (default: $XDG_CONFIG_HOME/stretch/routines)")
        ->check(non_empty());
    app.add_option("--color", options.color, "Colour: auto (on a terminal; the default), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("--no-color", options.no_color, "Never colour the output (the same as --color=never)");
    app.add_flag("-q,--quiet", options.quiet, "Print only what was asked for");
    app.set_version_flag("--version", std::string("stretch ") + STRETCH_VERSION);
}

void print_error(std::ostream& err, const std::string& message, const std::string& hint) {
    err << "stretch: error: " << message;
    if (!hint.empty()) err << "; " << hint;
    err << "\n";
}

/// The first word that is not an option or an option's value: what the user
/// meant as the command.
std::string first_word(const std::vector<std::string>& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--db" || args[i] == "--routines") {
            ++i;
            continue;
        }
        if (!args[i].starts_with("-")) return args[i];
    }
    return {};
}

int usage_error(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args,
                std::ostream& err) {
    std::vector<std::string> commands;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        commands.push_back(sub->get_name());
    const std::string word = first_word(args);
    if (!word.empty() && std::find(commands.begin(), commands.end(), word) == commands.end()) {
        const auto near = closest(word, commands);
        print_error(err, "'" + word + "' is not a stretch command",
                    near ? "did you mean '" + *near + "'?" : "run 'stretch --help' to see the commands");
        return exit_code(ErrorKind::usage);
    }
    const std::string command = word.empty() ? "" : " " + word;
    print_error(err, error.what(), "run 'stretch" + command + " --help' for usage");
    return exit_code(ErrorKind::usage);
}

}  // namespace

int run_app(const std::vector<std::string>& args, const Environment& env, std::ostream& out,
            std::ostream& err, bool out_is_terminal) {
    CLI::App app{"stretch: plan, log and review your daily stretches for lower-back pain", "stretch"};
    try {
        Session session(env, out, err, out_is_terminal);
        app.fallthrough();
        app.require_subcommand(0, 1);
        add_global_options(app, session.options);
        // In the order of a day: plan, do, record, check, look back; then routine files.
        add_plan_command(app, session);
        add_log_command(app, session);
        add_pain_command(app, session);
        add_undo_command(app, session);
        add_pause_command(app, session);
        add_resume_command(app, session);
        add_skip_command(app, session);
        add_unskip_command(app, session);
        add_status_command(app, session);
        add_remind_command(app, session);
        add_history_command(app, session);
        add_report_command(app, session);
        add_list_command(app, session);
        add_show_command(app, session);
        add_check_command(app, session);

        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
        if (app.get_subcommands().empty()) out << app.help();
        out.flush();
        if (!out) {
            // A script that retries on failure must not log twice.
            print_error(err, "could not write the output",
                        session.log_changed ? "the change to the log was saved, so do not run the command again" : "");
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
        return usage_error(app, e, args, err);
    } catch (const Error& e) {
        print_error(err, e.what(), e.hint());
        return exit_code(e.kind());
    } catch (const SQLite::Exception& e) {
        print_error(err, std::string("database: ") + e.what(), "");
        return exit_code(ErrorKind::io);
    } catch (const std::filesystem::filesystem_error& e) {
        print_error(err, e.what(), "");
        return exit_code(ErrorKind::io);
    }
}

}  // namespace stretch
