#include <ostream>

#include "cli/commands.h"

namespace stretch {

int run_pain(const PainOptions& options, Store& store, const Clock& clock, bool quiet, std::ostream& out) {
    const Date day = resolve_past_day(options.date, clock.today);
    check_note(options.note);
    Entry entry;
    entry.uuid = new_uuid();
    entry.logged_at = utc_timestamp(clock.now);
    entry.day = day;
    entry.kind = EntryKind::pain;
    entry.pain = options.score;
    entry.note = options.note;
    store.add({entry});
    if (!quiet)
        out << "Pain " << options.score << "/10 recorded for "
            << (day == clock.today ? std::string("today") : long_date(day)) << ".\n";
    return 0;
}

void add_pain_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<PainOptions>();
    CLI::App* command = app.add_subcommand("pain", "Record how much your back hurts, 0 (none) to 10 (worst)");
    command->add_option("score", options->score, "0 = no pain ... 10 = worst pain imaginable")
        ->required()
        ->check(whole_number(0, 10));
    command->add_option("--note", options->note, "A note to keep with the score");
    command->add_option("--date", options->date, "The day it counts for (default: today; never a future day)");
    command->callback([options, &session] {
        resolve_past_day(options->date, session.clock().today);  // before the database is created
        check_note(options->note);
        Store store = session.writable_store();
        session.exit_code = run_pain(*options, store, session.clock(), session.options.quiet, session.out);
    });
}

}  // namespace stretch
