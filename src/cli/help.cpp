#include <memory>
#include <ostream>

#include "cli/commands.h"
#include "cli/usage.h"

namespace stretch {

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
        // A command's first letters name it here too, and an unknown one is
        // refused with the error (and suggestion) of `stretch NAME`.
        const std::string name = expand_command({*topic}, command_names(app)).front();
        session.out << app.get_subcommand(name)->help(app.get_name());
    });
}

}  // namespace stretch
