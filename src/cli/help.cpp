#include <algorithm>
#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/usage.h"
#include "core/error.h"

namespace stretch {

namespace {

/// The command `word` names as it would on the command line: whole, or by
/// its first letters, never help's (so "h" is history); anything else is
/// refused with the error, and suggestion, of `stretch WORD`.
std::string command_named(const CLI::App& app, const std::string& word) {
    std::vector<std::string> names = stretch::command_names(app);  // qualified: app.cpp has one of its own
    if (word == "help") return word;
    std::erase(names, "help");
    const std::string name = expand_command({word}, names).front();
    if (std::find(names.begin(), names.end(), name) == names.end())  // "-x", after `--`
        throw Error(ErrorKind::usage, "'" + name + "' is not a stretch command",
                    "run 'stretch --help' to see the commands");
    return name;
}

}  // namespace

void add_help_command(CLI::App& app, Session& session) {
    CLI::App* help = app.add_subcommand("help", "Print a command's help, as COMMAND --help does");
    auto topic = std::make_shared<std::string>();
    help->add_option("command", *topic, "The command (default: all of them, as stretch --help)");
    help->callback([&app, &session, topic] {
        // Not app.help(), which would print the help of the command that
        // runs: this one.
        if (topic->empty()) {
            session.out << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
            return;
        }
        session.out << app.get_subcommand(command_named(app, *topic))->help(app.get_name());
    });
}

}  // namespace stretch
