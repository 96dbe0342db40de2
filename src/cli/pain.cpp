#include <ostream>

#include "cli/commands.h"
#include "cli/judged_days.h"
#include "cli/pain_response.h"
#include "cli/progress.h"
#include "core/error.h"
#include "core/pain.h"
#include "core/text.h"
#include "render/exercise_text.h"

namespace stretch {

int run_pain(const PainOptions& options, const Catalog* catalog, const Routine* routine, Store& store,
             const Clock& clock, bool quiet, std::ostream& out, std::ostream& err) {
    const Date day = resolve_past_day(options.date, clock.today);
    check_note(options.note);
    Entry entry = pain_score_entry(options.score, day, clock);
    entry.note = options.note;
    std::optional<Date> first_day;  ///< of the log before this score
    std::string judged_otherwise;   ///< a past day turned rested, or back
    store.atomically([&] {
        if (catalog) record_routines(store, *catalog, clock);
        if (day < clock.today) first_day = store.first_day();  // today cannot move the start back
        judged_otherwise = judged_change(catalog, routine, store, quiet ? std::nullopt : span_of({day}),
                                         clock.today, true, [&] { store.add({entry}); });
    });
    if (quiet) {
        // Quiet silences the confirmation, not the advice to rest (stderr).
        if (options.score >= kSeverePain)
            err << severe_score_advice(catalog, routine, store, day, clock, options.stretch);
        return 0;
    }
    out << "Pain " << options.score << "/10 recorded for "
        << (day == clock.today ? std::string("today") : long_date(day)) << ".\n";
    if (const std::string note = earlier_start_note(first_day, day, options.stretch); !note.empty())
        out << hanging("", note, kLineWidth);
    out << judged_otherwise;
    if (options.score >= kSeverePain)
        out << "\n" << severe_score_advice(catalog, routine, store, day, clock, options.stretch);
    return 0;
}

void add_pain_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<PainOptions>();
    CLI::App* command = app.add_subcommand("pain", "Record how much your back hurts, 0 to 10");
    command->add_option("score", options->score, "0 = no pain ... 10 = worst pain imaginable")
        ->required()
        ->transform(whole_number(0, 10));
    command->add_option("--note", options->note, "A note to keep with the score");
    command->add_option("--date", options->date, "The day it counts for (default: today, never later)");
    command->callback([options, &session] {
        static const std::string kStillDone = "the score is recorded all the same";
        options->stretch = session.invocation();
        resolve_past_day(options->date, session.clock().today);  // before the database is created
        check_note(options->note);
        const Catalog* catalog = session.catalog_if_usable(kStillDone);
        // The routine only shapes the advice to a severe score: a config.toml
        // naming no routine must not keep a score from being recorded.
        const Routine* routine = session.routine_if_found({}, catalog, kStillDone);
        Store store = catalog ? session.writable_store_keeping_derived_if_it_can()
                              : session.writable_store_without_catalog();
        session.exit_code =
            run_pain(*options, catalog, routine, store, session.clock(), session.options.quiet, session.out,
                     session.err);
    });
}

}  // namespace stretch
