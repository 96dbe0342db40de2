#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "core/error.h"

namespace stretch {

namespace {

/// The exercises to log: those named, or with --all the plan's undone ones.
std::vector<const PlanItem*> chosen_items(const LogOptions& options, const Catalog& catalog, const Plan& plan,
                                          std::vector<PlanItem>& unplanned) {
    std::vector<const Exercise*> exercises;
    for (const auto& query : options.exercises) exercises.push_back(&catalog.find_exercise(query));

    std::vector<const PlanItem*> chosen;
    if (options.all) {
        for (const auto& item : plan.items)
            if (!item.done) chosen.push_back(&item);
        return chosen;
    }
    unplanned.reserve(exercises.size());
    for (const Exercise* exercise : exercises) {
        auto planned = std::find_if(plan.items.begin(), plan.items.end(),
                                    [&](const PlanItem& item) { return item.exercise == exercise; });
        if (planned != plan.items.end()) {
            chosen.push_back(&*planned);
        } else {
            unplanned.push_back(PlanItem{exercise, exercise->dose, 0, false});
            chosen.push_back(&unplanned.back());
        }
    }
    return chosen;
}

/// Omitted options take the planned dose: the low end of each range, the
/// amount the plan asks for at least.
Entry entry_for(const PlanItem& item, const LogOptions& options, const Plan& plan, const Clock& clock) {
    Entry entry;
    entry.uuid = new_uuid();
    entry.logged_at = utc_timestamp(clock.now);
    entry.day = plan.date;
    entry.kind = EntryKind::stretch;
    entry.exercise = item.exercise->id;
    entry.routine = plan.routine->id;
    entry.reps = options.reps.value_or(item.dose.reps.min);
    if (options.hold) entry.hold_seconds = options.hold;
    else if (item.dose.hold) entry.hold_seconds = item.dose.hold->min;
    if (!options.side.empty()) entry.side = parse_side(options.side);
    else if (item.dose.sides != Sides::none) entry.side = Side::both;
    entry.pain = options.pain;
    entry.note = options.note;
    return entry;
}

}  // namespace

void check_log_request(const LogOptions& options, const Catalog& catalog, Date today) {
    resolve_past_day(options.date, today);
    if (options.all && !options.exercises.empty())
        throw Error(ErrorKind::usage, "--all logs the whole plan, so name no exercises with it",
                    "drop either --all or the names");
    if (options.all && (options.reps || options.hold || !options.side.empty()))
        throw Error(ErrorKind::usage, "--all logs each stretch at its planned dose",
                    "drop --reps, --hold and --side, or log the stretches one by one");
    if (!options.all && options.exercises.empty())
        throw Error(ErrorKind::usage, "name the stretches you did", "for example: stretch log bridge, or --all");
    for (const auto& query : options.exercises) catalog.find_exercise(query);
    check_note(options.note);
}

int run_log(const LogOptions& options, const Catalog& catalog, const Routine& routine, Store& store,
            const Clock& clock, bool quiet, std::ostream& out) {
    const Date day = resolve_past_day(options.date, clock.today);
    Plan plan = plan_with_progress(catalog, routine, day, &store);
    std::vector<PlanItem> unplanned;
    const auto chosen = chosen_items(options, catalog, plan, unplanned);
    if (chosen.empty()) {
        if (!quiet) out << "Nothing left to log. " << left_summary(plan, clock.today) << "\n";
        return 0;
    }
    std::vector<Entry> entries;
    for (const PlanItem* item : chosen) entries.push_back(entry_for(*item, options, plan, clock));
    store.add(entries);

    for (auto& item : plan.items)
        for (const auto& entry : entries) item.done = item.done || item.exercise->id == entry.exercise;
    if (quiet) return 0;
    for (const auto& entry : entries) out << entry.exercise << ": " << details(entry) << " logged.\n";
    out << left_summary(plan, clock.today) << "\n";
    return 0;
}

void add_log_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<LogOptions>();
    CLI::App* command = app.add_subcommand("log", "Record stretches you did");
    command->add_option("exercises", options->exercises, "Exercise ids, names or unique prefixes");
    command->add_option("--reps", options->reps, "Repetitions done (default: the planned dose)")
        ->check(whole_number(1, 1000));
    command->add_option("--hold", options->hold, "Seconds each hold lasted (default: the planned dose)")
        ->check(whole_number(1, 3600));
    command->add_option("--side", options->side, "left, right or both")
        ->check(CLI::IsMember({"left", "right", "both"}));
    command->add_option("--pain", options->pain, "Pain during the stretch, 0 (none) to 10 (worst)")
        ->check(whole_number(0, 10));
    command->add_option("--note", options->note, "A note to keep with the entry");
    command->add_option("--date", options->date, "The day it counts for (default: today; never a future day)");
    add_routine_option(*command, options->routine);
    command->add_flag("--all", options->all, "Log every stretch of the day's plan not yet logged");
    command->callback([options, &session] {
        const Catalog catalog = session.catalog();
        const Routine& routine = session.routine(options->routine, catalog);
        check_log_request(*options, catalog, session.clock().today);  // before the database is created
        Store store = session.writable_store();
        session.exit_code =
            run_log(*options, catalog, routine, store, session.clock(), session.options.quiet, session.out);
    });
}

}  // namespace stretch
