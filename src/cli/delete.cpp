/// `stretch delete ID...`: remove entries by id, all in one command.

#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/entry_ids.h"
#include "cli/judged_days.h"
#include "cli/pain_response.h"
#include "cli/progress.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

int run_delete(const std::vector<std::string>& ids, const Catalog& catalog, const Routine* routine, Store& store,
               const Clock& clock, const PainZones& zones, bool quiet, std::ostream& out, const std::string& stretch) {
    History doomed;
    std::vector<std::string> still_paused;
    std::string judged_otherwise;
    store.atomically([&] {
        record_routines(store, catalog, clock);
        std::vector<std::string> uuids;
        for (const std::string& id : ids) {
            Entry entry = find_entry(store, id, stretch);
            if (std::find(uuids.begin(), uuids.end(), entry.uuid) != uuids.end()) continue;  // named twice
            uuids.push_back(entry.uuid);
            doomed.push_back(std::move(entry));
        }
        // From the first day touched through yesterday: a deleted first entry
        // moves the log's start, and the days it leaves out are said too.
        std::optional<DateRange> days;
        if (!quiet && !doomed.empty()) {
            const auto earliest = std::min_element(doomed.begin(), doomed.end(),
                                                   [](const Entry& a, const Entry& b) { return a.day < b.day; });
            days = DateRange{earliest->day, clock.today};
        }
        judged_otherwise = judged_change(&catalog, routine, store, days, clock.today, false,
                                         [&] { store.remove_entries(uuids); });
        const PlanRecord record = store.plan_record();  // once, not once an entry
        for (const Entry& entry : doomed)
            if (pause_outlives_its_pain(entry, zones, record, clock.today) &&
                std::find(still_paused.begin(), still_paused.end(), entry.exercise) == still_paused.end())
                still_paused.push_back(entry.exercise);
    });
    if (quiet) return 0;
    for (const Entry& entry : doomed) {
        const auto lines = wrap("Deleted " + describe(entry) + " on " + to_iso(entry.day) + " (id " +
                                    short_id(entry) + ").",
                                80);
        for (size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "" : "  ") << lines[i] << "\n";
    }
    out << judged_otherwise;
    if (doomed.size() > 1)
        out << "`" << stretch << " undo` brings "
            << (doomed.size() == 2 ? std::string("both") : "all " + std::to_string(doomed.size())) << " back.\n";
    // Deleting the score that paused a stretch does not resume it, as an edit does not.
    for (const std::string& exercise : still_paused)
        out << hanging("  ", still_paused_note(exercise, stretch), kLineWidth);
    return 0;
}

void add_delete_command(CLI::App& app, Session& session) {
    auto ids = std::make_shared<std::vector<std::string>>();
    CLI::App* command = app.add_subcommand("delete", "Delete log entries by the id history prints");
    command->add_option("id", *ids, "Entry ids, or unique prefixes of at least 4 characters")->required();
    command->callback([ids, &session] {
        if (!session.existing_store())
            throw Error(ErrorKind::usage, "the log is empty, so there is nothing to delete", "");
        const Catalog& catalog = session.catalog();
        // Only to say which past days the deletion judges otherwise.
        const Routine* routine = session.main_routine_or_none(catalog);
        Store store = session.writable_store();
        session.exit_code = run_delete(*ids, catalog, routine, store, session.clock(),
                                       session.config().pain_zones, session.options.quiet, session.out,
                                       session.invocation());
    });
}

}  // namespace stretch
