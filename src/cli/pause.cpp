/// `stretch pause` and `stretch resume`: take a stretch out of the plan from
/// today, and put it back. Neither touches an earlier day.

#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/day_summaries.h"
#include "cli/progress.h"
#include "core/text.h"

namespace stretch {

int run_pause(const PauseOptions& options, const Catalog& catalog, Store& store, const Clock& clock, bool quiet,
              std::ostream& out) {
    const Exercise& exercise = catalog.find_exercise(options.exercise);
    check_note(options.reason);
    std::optional<Pause> existing;
    Date from = clock.today;
    store.atomically([&] {
        record_routines(store, catalog, clock);
        const PlanRecord record = store.plan_record();
        if (const Pause* open = record.open_pause(exercise.id)) {
            existing = *open;
            return;
        }
        from = log_today_of(store, clock.today);  // never a day the log has passed
        store.add_pause(Pause{exercise.id, from, std::nullopt, options.reason}, utc_timestamp(clock.now));
    });
    if (quiet) return 0;
    if (existing) {
        out << exercise.id << " is already paused (from " << long_date(existing->first_day) << "); nothing changed.\n";
        return 0;
    }
    const bool planned = std::any_of(catalog.routines.begin(), catalog.routines.end(), [&](const auto& routine) {
        return std::any_of(routine.second.steps.begin(), routine.second.steps.end(),
                           [&](const RoutineStep& step) { return step.exercise_id == exercise.id; });
    });
    const std::string resume = "`" + resume_command(options.stretch, exercise.id) + "`";
    const std::string when = from == clock.today ? "today" : long_date(from);
    const std::string said =
        planned ? exercise.id + " is paused from " + when + ". It stays on the plan, marked paused, and is not asked "
                                "for, missed or needed for a complete day until you run " + resume + "."
                : exercise.id + " is paused from " + when + ". No routine has it now; a routine that takes it up "
                                "will show it paused, and not ask for it, until you run " + resume + ".";
    for (const auto& line : wrap(said, kLineWidth)) out << line << "\n";
    return 0;
}

int run_resume(const std::string& query, const Catalog& catalog, Store& store, const Clock& clock, bool quiet,
               std::ostream& out) {
    const Exercise& exercise = catalog.find_exercise(query);
    bool resumed = false;
    bool waits = false;
    Date today = clock.today;
    store.atomically([&] {
        record_routines(store, catalog, clock);
        today = log_today_of(store, clock.today);  // never a day the log has passed
        waits = resume_alters_settled_today(store, catalog, exercise.id, today);
        resumed = store.resume(exercise.id, waits ? add_days(today, 1) : today, utc_timestamp(clock.now));
    });
    if (quiet) return 0;
    if (!resumed) {
        out << exercise.id << " is not paused; nothing changed.\n";
        return 0;
    }
    const std::string from = today != clock.today ? long_date(waits ? add_days(today, 1) : today)
                             : waits ? "tomorrow, so that today (already settled) keeps the plan it had"
                                     : "today";
    for (const auto& line :
         wrap(exercise.id + " is back on the plan from " + from + ". Start gently, and stop if it hurts.", kLineWidth))
        out << line << "\n";
    return 0;
}

void add_pause_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<PauseOptions>();
    CLI::App* command = app.add_subcommand("pause", "Take a stretch out of the plan from today");
    command->add_option("exercise", options->exercise, "Exercise id, name or unique prefix")->required();
    command->add_option("--reason", options->reason, "Why, kept with the pause and shown on the plan");
    command->callback([options, &session] {
        options->stretch = session.invocation();
        const Catalog& catalog = session.catalog();
        catalog.find_exercise(options->exercise);  // before the database is created
        check_note(options->reason);
        Store store = session.writable_store();
        session.exit_code = run_pause(*options, catalog, store, session.clock(), session.options.quiet, session.out);
    });
}

void add_resume_command(CLI::App& app, Session& session) {
    auto exercise = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("resume", "Put a paused stretch back on the plan");
    command->add_option("exercise", *exercise, "Exercise id, name or unique prefix")->required();
    command->callback([exercise, &session] {
        const Catalog& catalog = session.catalog();
        catalog.find_exercise(*exercise);
        auto existing = session.existing_store();
        if (!existing) {
            if (!session.options.quiet) session.out << catalog.find_exercise(*exercise).id << " is not paused; nothing changed.\n";
            return;
        }
        existing.reset();
        Store store = session.writable_store();
        session.exit_code = run_resume(*exercise, catalog, store, session.clock(), session.options.quiet, session.out);
    });
}

}  // namespace stretch
