#include <ostream>

#include "cli/commands.h"

namespace stretch {

int run_undo(Store* store, bool quiet, std::ostream& out) {
    const auto removed = store ? store->remove_newest() : std::nullopt;
    if (quiet) return 0;
    if (!removed) {
        out << "Nothing to undo: the log is empty.\n";
        return 0;
    }
    out << "Removed " << describe(*removed) << " on " << to_iso(removed->day) << " (logged "
        << removed->logged_at << ", id " << removed->uuid << ").\n";
    return 0;
}

void add_undo_command(CLI::App& app, Session& session) {
    CLI::App* command = app.add_subcommand("undo", "Remove the newest entry of the log, saying which");
    command->callback([&session] {
        // Opening read-write only when a log exists keeps undo from creating one.
        std::optional<Store> store;
        if (session.existing_store()) store = session.writable_store();
        session.exit_code = run_undo(store ? &*store : nullptr, session.options.quiet, session.out);
        if (store) session.note_changes(*store);
    });
}

}  // namespace stretch
