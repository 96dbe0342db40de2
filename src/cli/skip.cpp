/// `stretch skip` and `stretch unskip`: set days aside for rest, illness or
/// travel, today or later. A skipped day is not missed and costs no streak.

#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

/// "today, Friday 4 December 2026", "Saturday 5 December 2026", or "7 days,
/// 2026-11-07 to 2026-11-13".
std::string days_text(const std::vector<Date>& days, Date today) {
    if (days.size() == 1) return (days.front() == today ? "today, " : "") + long_date(days.front());
    return std::to_string(days.size()) + " days, " + to_iso(days.front()) + " to " + to_iso(days.back());
}

std::vector<Date> days_of(const DateRange& range) {
    std::vector<Date> days;
    for (Date day = range.first; day <= range.last; day = add_days(day, 1)) days.push_back(day);
    return days;
}

/// The refusal when the span holds today and today's plan is already done
/// (unless today is skipped already: then nothing changes, and that is said).
/// Its hint names stretch as `stretch` (Session::invocation()).
void refuse_if_today_complete(const DateRange& span, const Catalog& catalog, const Routine& routine, Store& store,
                              Date today, const std::string& stretch) {
    if (!span.contains(today) || store.plan_record().skipped(today)) return;
    Plan plan = plan_without_targets(catalog, routine, today, today, &store);
    plan.skip_reason.reset();  // judged as if not skipped
    if (plan.scheduled && !plan.items.empty() && plan.remaining_count() == 0)
        throw Error(ErrorKind::usage,
                    "today is already complete (" + whole_plan(plan.items.size()) + " done), so there is nothing to skip",
                    "skip from tomorrow instead: " + stretch + " skip tomorrow");
}

/// How the sentences after days_text name those days: "today" for today alone.
std::string then_text(const std::vector<Date>& days, Date today) {
    return days.size() == 1 && days.front() == today ? "today" : "then";
}

/// "Short (short) does not run then anyway" when `routine` runs on none of
/// `days`, else nullopt (and without a routine). A skip is kept by day, for
/// whichever routine runs then, so one on days the routine does not run
/// changes nothing for it: saying "no streak is lost", or "the plan is due
/// again", would mislead.
std::optional<std::string> runs_on_none(const std::vector<Date>& days, const Routine* routine, Date today) {
    if (!routine || std::any_of(days.begin(), days.end(), [&](Date day) { return routine->days.includes(day); }))
        return std::nullopt;
    return routine->name + " (" + routine->id + ") does not run " + then_text(days, today) + " anyway";
}

}  // namespace

int run_skip(const SkipOptions& options, const Catalog* catalog, const Routine* routine, Store& store,
             const Clock& clock, bool quiet, std::ostream& out) {
    const DateRange span = resolve_coming_days(options.when, options.until, clock.today);
    check_note(options.reason);
    std::vector<Date> added;
    store.atomically([&] {
        refuse_days_log_passed(store, span.first, clock.today, "skip");
        if (catalog && routine) refuse_if_today_complete(span, *catalog, *routine, store, clock.today, options.stretch);
        if (catalog) record_routines(store, *catalog, clock);
        added = store.add_skips(days_of(span), options.reason, utc_timestamp(clock.now));
    });
    if (quiet) return 0;
    if (added.empty()) {
        out << "Already skipped; nothing changed.\n";
        return 0;
    }
    // An unskip of the span would also take back days an earlier skip set
    // aside; then only undo takes back just this one.
    const bool whole_span = added.size() == static_cast<size_t>(span.days());
    const std::string undo = !whole_span ? options.stretch + " undo"
                                         : options.stretch + " unskip " +
                                               (span.first == clock.today ? std::string() : to_iso(span.first) + " ") +
                                               (span.days() > 1 ? "--until " + to_iso(span.last) : "");
    const auto idle = runs_on_none(added, routine, clock.today);
    out << hanging("", "Skipped " + days_text(added, clock.today) + ". " +
                           (idle ? *idle + "; the skip is kept for a routine that does."
                                 : "Nothing is due " + then_text(added, clock.today) + ", and no streak is lost."),
                   kLineWidth)
        << "To take it back: " << undo.substr(0, undo.find_last_not_of(' ') + 1) << "\n";
    return 0;
}

int run_unskip(const SkipOptions& options, const Catalog& catalog, const Routine* routine, Store& store,
               const Clock& clock, bool quiet, std::ostream& out) {
    const DateRange span = resolve_coming_days(options.when, options.until, clock.today);
    std::vector<Date> removed;
    store.atomically([&] {
        refuse_days_log_passed(store, span.first, clock.today, "unskip");
        record_routines(store, catalog, clock);
        removed = store.remove_skips(span);
    });
    if (quiet) return 0;
    if (removed.empty())
        out << "Nothing was skipped there; nothing changed.\n";
    else if (const auto idle = runs_on_none(removed, routine, clock.today))
        out << hanging("", "Unskipped " + days_text(removed, clock.today) + ". " + *idle + ".", kLineWidth);
    else
        out << hanging("", "Unskipped " + days_text(removed, clock.today) + ": the plan is due again.", kLineWidth);
    return 0;
}

void add_skip_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<SkipOptions>();
    CLI::App* command = app.add_subcommand("skip", "Set days aside (rest, illness, travel)");
    command->add_option("when", options->when, "today (default), tomorrow, a date or a weekday");
    command->add_option("--until", options->until, "Skip every day up to this one too")->check(non_empty());
    command->add_option("--reason", options->reason, "Why, shown on the plan");
    add_routine_option(*command, options->routine);
    command->callback([options, &session] {
        static const std::string kStillDone = "the days are skipped all the same";
        options->stretch = session.invocation();
        // The arguments first: no warning that the days are skipped all the
        // same, then an error that skips nothing. Before the database is created.
        resolve_coming_days(options->when, options->until, session.clock().today);
        check_note(options->reason);
        const Catalog* catalog = session.catalog_if_usable(kStillDone);
        // The routine only serves the check that today is not complete: a
        // config.toml naming a routine that is gone must not stop a rest.
        const Routine* routine = session.routine_if_found(options->routine, catalog, kStillDone);
        Store store = catalog ? session.writable_store_keeping_derived_if_it_can()
                              : session.writable_store_without_catalog();
        session.exit_code =
            run_skip(*options, catalog, routine, store, session.clock(), session.options.quiet, session.out);
    });
}

void add_unskip_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<SkipOptions>();
    CLI::App* command = app.add_subcommand("unskip", "Take back a skip of today or a later day");
    command->add_option("when", options->when, "today (default), tomorrow, a date or a weekday");
    command->add_option("--until", options->until, "Unskip every day up to this one too")->check(non_empty());
    command->callback([options, &session] {
        const Catalog& catalog = session.catalog();
        resolve_coming_days(options->when, options->until, session.clock().today);
        if (!session.existing_store()) {
            if (!session.options.quiet) session.out << "Nothing was skipped there; nothing changed.\n";
            return;
        }
        // The routine in use only says whether it runs on those days at all.
        const Routine* routine = session.routine_if_found("", &catalog, "the days are unskipped all the same");
        Store store = session.writable_store();
        session.exit_code =
            run_unskip(*options, catalog, routine, store, session.clock(), session.options.quiet, session.out);
    });
}

}  // namespace stretch
