#include <iomanip>
#include <ostream>

#include "cli/commands.h"
#include "core/plan.h"

namespace stretch {

int run_list(const Catalog& catalog, std::ostream& out) {
    out << "Exercises:\n";
    for (const auto& [id, exercise] : catalog.exercises)
        out << "  " << std::left << std::setw(24) << id << std::setw(24) << exercise.name
            << describe(exercise.dose) << "\n";
    out << "\nRoutines:\n";
    for (const auto& [id, routine] : catalog.routines) {
        out << "  " << std::left << std::setw(24) << id << std::setw(24) << routine.name
            << routine.days.describe() << ", " << routine.steps.size() << " stretches, about "
            << routine_minutes(catalog, routine) << " min\n";
    }
    return 0;
}

void add_list_command(CLI::App& app, Session& session) {
    CLI::App* command = app.add_subcommand("list", "List the exercises and routines");
    command->callback([&session] { session.exit_code = run_list(session.catalog(), session.out); });
}

}  // namespace stretch
