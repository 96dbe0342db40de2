#include <algorithm>
#include <ostream>
#include <set>

#include "cli/commands.h"
#include "cli/dose_advice.h"
#include "cli/judged_days.h"
#include "cli/pain_response.h"
#include "cli/progress.h"
#include "cli/targets.h"
#include "core/error.h"
#include "core/text.h"
#include "render/exercise_text.h"

namespace stretch {

namespace {

/// The exercises to log: those named, or with --all the plan's undone ones.
/// A named stretch the plan does not hold (another routine's, or a paused
/// one) is logged at the dose the routine's version of that day, else its
/// exercise, gives it, and at its target by that version's rule.
std::vector<PlanItem> chosen_items(const LogOptions& options, const Catalog& catalog, const Plan& plan,
                                   const Store& store) {
    std::vector<PlanItem> chosen;
    if (options.all) {
        for (const auto& item : plan.items)
            if (!item.done) chosen.push_back(item);
        return chosen;
    }
    const RoutineSnapshot& of_the_day = plan.routine;
    for (const auto& query : options.exercises) {
        const Exercise& exercise = catalog.find_exercise(query);
        auto planned = std::find_if(plan.items.begin(), plan.items.end(),
                                    [&](const PlanItem& item) { return item.exercise.id == exercise.id; });
        if (planned != plan.items.end()) {
            chosen.push_back(*planned);
            continue;
        }
        const Dose& dose = *dose_of(catalog, of_the_day, exercise.id);  // found: find_exercise knows it
        const auto rule = progression_rule(of_the_day);
        chosen.push_back(PlanItem{exercise, dose, target_for(store, {exercise.id, dose}, rule, plan.date), 0, false, {}});
    }
    return chosen;
}

/// Omitted options take the plan's target: where the stretch stands in its
/// ranges today (core/progression.h); the low end for a stretch the plan
/// does not hold.
Entry entry_for(const PlanItem& item, const LogOptions& options, const Plan& plan, const Clock& clock) {
    Entry entry;
    entry.uuid = new_uuid();
    entry.logged_at = utc_timestamp(clock.now);
    entry.day = plan.date;
    entry.kind = EntryKind::stretch;
    entry.exercise = item.exercise.id;
    entry.routine = plan.routine.id;
    entry.reps = options.reps.value_or(item.target.reps);
    if (options.hold) entry.hold_seconds = options.hold;
    else if (item.target.hold) entry.hold_seconds = item.target.hold;
    if (!options.side.empty()) entry.side = parse_side(options.side);
    else if (item.dose.sides != Sides::none) entry.side = Side::both;
    entry.pain = options.pain;
    entry.note = options.note;
    return entry;
}

/// Said when a paused stretch is logged anyway: the stop-zone caution of
/// the pain it last gave when that pain made the pause (or the pause gives
/// no reason), else the reason given to `pause`, as a sentence; empty for
/// neither.
std::string why_paused(const Pause& pause, const Store& store, Date day, const PainZones& zones) {
    const auto last = store.last_pain_before(day, {pause.exercise});
    if (const auto found = last.find(pause.exercise); found != last.end() && found->second.second) {
        const auto [pain_day, pain] = std::pair(found->second.first, *found->second.second);
        if (zones.zone_of(pain) == PainZone::stop &&
            (pause.reason.empty() || pause.reason.starts_with(pain_pause_reason(pain, pain_day))))
            return caution_after(pain, pain_day, zones) + " ";
    }
    return pause.reason.empty() ? "" : "It was paused for this reason: " + terminal_safe(pause.reason) + ". ";
}

}  // namespace

void check_log_request(const LogOptions& options, const Catalog& catalog, const Routine& routine, Date today) {
    resolve_past_day(options.date, today);
    if (options.all && !options.exercises.empty())
        throw Error(ErrorKind::usage, "--all logs the whole plan, so name no exercises with it",
                    "drop either --all or the names");
    if (options.all && (options.reps || options.hold || !options.side.empty()))
        throw Error(ErrorKind::usage, "--all logs each stretch at its planned dose",
                    "drop --reps, --hold and --side, or log the stretches one by one");
    if (!options.all && options.exercises.empty())
        throw Error(ErrorKind::usage, "name the stretches you did", "for example: stretch log bridge, or --all");
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    std::set<std::string> named;
    for (const auto& query : options.exercises) {
        const Exercise& exercise = catalog.find_exercise(query);
        // Twice in one command is a slip, not two rounds: those are two commands.
        if (!named.insert(exercise.id).second)
            throw Error(ErrorKind::usage, exercise.id + " is named twice",
                        "name each stretch once; to log another round, run `" + options.stretch + " log " +
                            exercise.id + "` again");
        const Dose& dose = *dose_of(catalog, current, exercise.id);  // found: find_exercise knows it
        if (!options.side.empty() && options.side != "both" && dose.sides == Sides::none)
            throw Error(ErrorKind::usage, exercise.id + " is done with both sides at once, so --side does not apply",
                        "drop --side");
        if (options.hold && !dose.hold)
            throw Error(ErrorKind::usage, exercise.id + " has no hold, so --hold does not apply",
                        "drop --hold, or give --reps");
    }
    check_note(options.note);
}

int run_log(const LogOptions& options, const Catalog& catalog, const Routine& routine, Store& store,
            const Clock& clock, const Config& config, bool quiet, std::ostream& out, std::ostream& err,
            const Routine* judged) {
    const Date day = resolve_past_day(options.date, clock.today);
    Plan plan;
    std::vector<PlanItem> chosen;
    std::vector<Entry> entries;
    std::vector<PainAction> actions;
    std::set<std::string> done_before;
    std::optional<Date> first_day;  ///< of the log before this one
    std::vector<bool> was_paused;  ///< per entry: paused that day, scheduled or not
    std::vector<std::string> pause_why;  ///< per entry paused: the caution of its last pain, else the pause's reason
    std::string judged_otherwise;        ///< an earlier day this log judged otherwise
    store.atomically([&] {
        record_routines(store, catalog, clock);
        plan = plan_of_record(catalog, routine, day, clock.today, &store);
        chosen = chosen_items(options, catalog, plan, store);
        if (chosen.empty()) return;
        done_before = store.exercises_done_on(day);
        if (day < clock.today) first_day = store.first_day();  // today cannot move the start back
        for (const PlanItem& item : chosen) entries.push_back(entry_for(item, options, plan, clock));
        judged_otherwise = judged_change(&catalog, judged, store, quiet ? std::nullopt : span_of({day}),
                                         clock.today, true, [&] { store.add(entries); });
        const PlanRecord record = store.plan_record();
        for (const Entry& entry : entries) {
            const Pause* pause = record.pause_on(entry.exercise, day);
            was_paused.push_back(pause != nullptr);
            pause_why.push_back(pause ? why_paused(*pause, store, day, config.pain_zones) : "");
            actions.push_back(act_on_pain(entry, config.pain_zones, record, clock.today, store, clock));
        }
    });
    if (chosen.empty()) {
        if (!quiet) out << hanging("", "Nothing left to log. " + left_summary(plan, clock.today), kLineWidth);
        return 0;
    }
    for (auto& item : plan.items)
        for (const auto& entry : entries) item.done = item.done || item.exercise.id == entry.exercise;
    // A severe pain, with one stretch or the whole routine, is about the back:
    // the day is one to rest (the report judges it rested, as severe_pain says).
    int highest = 0;
    for (const Entry& entry : entries) highest = std::max(highest, entry.pain.value_or(0));
    const bool resting_today = highest >= kSeverePain && day == clock.today;
    const auto rest_advice = [&] {
        const bool offer_skip = resting_today && resting_would_miss(catalog, routine, plan, clock.today, &store);
        return severe_pain_advice(catalog, kLineWidth, day == clock.today, offer_skip, options.stretch, routine.id);
    };
    // One pain that paused several stretches is said once, for them all.
    std::vector<std::string> paused_together;
    std::optional<Date> paused_from;
    for (size_t i = 0; i < entries.size(); ++i)
        if (actions[i].paused_from) {
            paused_together.push_back(entries[i].exercise);
            paused_from = actions[i].paused_from;
        }
    if (paused_together.size() < 2) paused_together.clear();
    const auto said_together = [&] {
        return hanging("", paused_advice(paused_together, *entries.front().pain, *paused_from, clock, options.stretch),
                       kLineWidth);
    };
    if (quiet) {
        // Quiet silences what was logged, not the rule acted on: a stretch
        // its pain paused, and advice to rest, still reach stderr.
        if (!paused_together.empty()) err << said_together();
        else
            for (size_t i = 0; i < entries.size(); ++i)
                if (actions[i].paused_from)
                    err << hanging("", pain_advice(entries[i], actions[i], clock, options.stretch), kLineWidth);
        if (highest >= kSeverePain) err << rest_advice();
        return 0;
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries[i];
        const bool again = done_before.contains(entry.exercise);
        // Wrapped under itself: a long id of one's own must not run past 80 columns.
        out << hanging(entry.exercise + ": ",
                       details(entry) + " logged" +
                           (again ? " again " + (day == clock.today ? std::string("today") : "on " + long_date(day))
                                  : "") +
                           ".",
                       kLineWidth);
        const std::string paused_note =
            was_paused[i] && !actions[i].paused_from
                ? entry.exercise + " is paused, so it is not asked for. " + pause_why[i] +
                      "It stays paused until `" + resume_command(options.stretch, entry.exercise) + "`."
                : "";
        const bool said_below = !paused_together.empty() && actions[i].paused_from;
        const std::string pain = said_below ? "" : pain_advice(entry, actions[i], clock, options.stretch);
        for (const std::string& advice : {above_range(entry, chosen[i].dose), pain, paused_note})
            if (!advice.empty()) out << hanging("  ", advice, kLineWidth);
    }
    if (!paused_together.empty()) out << said_together();
    out << judged_otherwise;
    if (const std::string note = earlier_start_note(first_day, day, options.stretch); !note.empty())
        out << hanging("", note, kLineWidth);
    if (highest >= kSeverePain) out << "\n" << rest_advice() << "\n";
    // After advice to rest, a count of what is left would push against it,
    // for an earlier day too; after one stretch hurt, the rest are not to be
    // pushed through either.
    if (highest >= kSeverePain) return 0;
    // The same when an earlier severe pain today already asked for rest:
    // what status, plan and remind say, said here instead of what is left.
    std::optional<Flare> done_after_severe;  ///< today's severe pain, with nothing left to rest from
    if (day == clock.today)
        if (auto flare = flare_today(catalog, routine, &store, clock.today); flare) {
            if (flare->severe_today) {
                out << flare_advice(*flare, options.stretch);
                return 0;
            }
            if (flare->after_severe) done_after_severe = std::move(flare);
        }
    const bool hurt = std::any_of(actions.begin(), actions.end(),
                                  [](const PainAction& action) { return action.zone == PainZone::stop; });
    // The four gentle stretches are also the main routine's: once they are
    // all done, the day is kept, as status says.
    const bool gentle = plan.remaining_count() > 0 && gentle_done_on(catalog, routine, day, clock.today, &store);
    // A day that is over has nothing left to stop.
    const bool stop_advice = hurt && day == clock.today && resting_would_miss(plan);
    const std::string then = gentle         ? " " + gentle_kept_phrase(plan, clock.today)
                             : stop_advice ? std::string(" ") + kStopIfItHurts
                                           : "";
    out << hanging("", left_summary(plan, clock.today) + then, kLineWidth);
    // The routine done all the same after a severe pain today: the pain is
    // not forgotten, as status says; and, as status, not once the gentle
    // routine kept the day, which its advice would offer again.
    if (done_after_severe && !gentle) out << flare_advice(*done_after_severe, options.stretch);
    return 0;
}

void add_log_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<LogOptions>();
    CLI::App* command = app.add_subcommand("log", "Record stretches you did");
    command->add_option("exercises", options->exercises, "Exercise ids, names or unique prefixes");
    command->add_option("--reps", options->reps, "Repetitions done (default: the plan's target)")
        ->transform(whole_number(1, 1000));
    command->add_option("--hold", options->hold, "Seconds each hold lasted (default: as planned)")
        ->transform(whole_number(1, 3600));
    command->add_option("--side", options->side, "left, right or both")
        ->check(CLI::IsMember({"left", "right", "both"}));
    command->add_option("--pain", options->pain, "Pain during the stretch, 0 (none) to 10 (worst)")
        ->transform(whole_number(0, 10));
    command->add_option("--note", options->note, "A note to keep with the entry");
    command->add_option("--date", options->date, "The day it counts for (default: today, never later)");
    add_routine_option(*command, options->routine);
    command->add_flag("--all", options->all, "Log every stretch of the day's plan not yet logged");
    command->callback([options, &session] {
        options->stretch = session.invocation();
        const Catalog& catalog = session.catalog();
        const Routine& routine = session.routine(options->routine, catalog);
        check_log_request(*options, catalog, routine, session.clock().today);  // before the database is created
        const Config& config = session.config();
        // The main routine judges the day, also for a log of the gentle one.
        const Routine* judged = options->routine.empty() ? &routine : session.main_routine_or_none(catalog);
        Store store = session.writable_store();
        session.exit_code = run_log(*options, catalog, routine, store, session.clock(), config,
                                    session.options.quiet, session.out, session.err, judged);
    });
}

}  // namespace stretch
