#include <ostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "core/text.h"

namespace stretch {

namespace {

/// "3 of 10 stretches left today (about 6 min): run `stretch plan today`",
/// made shorter until it fits kLineWidth: a long routine id first loses
/// "run ", then takes the short form of the command, then leaves it out.
std::string fitted_reminder(const std::string& left, const std::string& command, const std::string& short_command) {
    for (const std::string& line : {left + ": run `" + command + "`", left + ": `" + command + "`",
                                    left + ": `" + short_command + "`"})
        if (display_width(line) <= kLineWidth) return line;
    return left;
}

}  // namespace

/// For cron: one line only when today's plan is unfinished (a skipped day,
/// or one with every stretch paused, asks for nothing), so cron mails a
/// reminder exactly when one is needed. Always exit 0 when nothing failed.
/// The line fits 80 columns, for a notification: advice first when pain
/// asks for it.
int run_remind(const Catalog& catalog, const Routine& routine, bool named, const Store* store, Date today,
               std::string_view stretch, std::ostream& out) {
    const Plan plan = plan_of_record(catalog, routine, today, today, store);
    if (plan.remaining_count() == 0 || gentle_done_on(catalog, routine, today, today, store)) return 0;
    const auto flare = flare_today(catalog, routine, store, today);
    const size_t left = plan.remaining_count();
    if (flare && flare->severe_today && flare->skip_offered)
        out << "Pain " << *flare->severe_today << "/10 today, so rest: `" << rest_command(stretch)
            << "` costs no streak\n";
    else if (flare && flare->severe_today)
        out << "Pain " << *flare->severe_today << "/10 today, so rest: resting today costs no streak\n";
    else if (flare)
        // The count is this routine's, which the gentle one would stand in for.
        out << "Pain is up, " << count_of(left, "stretch", "stretches") << " left: try `" << gentle_command(stretch, "plan")
            << "` instead\n";
    else
        out << (named ? fitted_reminder(remaining_phrase(plan, today), routine_command(stretch, "plan today", routine.id),
                                        std::string(stretch) + " plan -r " + shell_quoted(routine.id))
                      : fitted_reminder(remaining_phrase(plan, today), std::string(stretch) + " plan today",
                                        std::string(stretch) + " plan today"))
            << "\n";
    return 0;
}

void add_remind_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<RemindOptions>();
    CLI::App* command =
        app.add_subcommand("remind", "For cron: one line only when stretches are left");
    add_routine_option(*command, options->routine);
    command->callback([options, &session] {
        const Catalog& catalog = session.catalog();
        const Routine& routine = session.routine(options->routine, catalog);
        auto store = session.existing_store();
        session.put_on_record(store, catalog, routine, {session.clock().today, session.clock().today});
        session.exit_code = run_remind(catalog, routine, !options->routine.empty(), store ? &*store : nullptr,
                                       session.clock().today, session.invocation(), session.out);
    });
}

}  // namespace stretch
