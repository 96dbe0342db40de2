#include <iomanip>
#include <utility>
#include <ostream>

#include "cli/commands.h"
#include "core/plan.h"
#include "core/text.h"

namespace stretch {

int run_list(const Catalog& catalog, const Store* store, Date today, std::ostream& out) {
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
    const PlanRecord record = store ? store->plan_record() : PlanRecord{};
    bool heading = false;
    for (const Pause& pause : record.pauses) {
        if (pause.resumed_on && *pause.resumed_on <= today) continue;
        if (!std::exchange(heading, true)) out << "\nPaused:\n";
        std::string id = pause.exercise;
        id.resize(std::max<size_t>(id.size() + 1, 24), ' ');
        const std::string text = "from " + to_iso(pause.first_day) +
                                 (pause.resumed_on ? " to " + to_iso(add_days(*pause.resumed_on, -1)) : "") +
                                 (pause.reason.empty() ? "" : ": " + terminal_safe(pause.reason));
        const auto lines = wrap(text, 80 - 2 - id.size());
        for (size_t i = 0; i < lines.size(); ++i)
            out << "  " << (i == 0 ? id : std::string(id.size(), ' ')) << lines[i] << "\n";
    }
    return 0;
}

void add_list_command(CLI::App& app, Session& session) {
    CLI::App* command = app.add_subcommand("list", "List the exercises and routines");
    command->callback([&session] {
        const auto store = session.existing_store();
        session.exit_code = run_list(session.catalog(), store ? &*store : nullptr, session.clock().today, session.out);
    });
}

}  // namespace stretch
