/// `stretch edit ID`: correct one entry, with the checks `log` makes, and
/// say exactly what changed.

#include <ostream>

#include "cli/commands.h"
#include "cli/dose_advice.h"
#include "cli/entry_ids.h"
#include "cli/judged_days.h"
#include "cli/pain_response.h"
#include "cli/progress.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

std::string or_none(const std::optional<int>& value, const std::string& unit = "") {
    return value ? std::to_string(*value) + unit : "none";
}

std::string quoted_note(const std::string& note) { return note.empty() ? "none" : "\"" + terminal_safe(note) + "\""; }

/// The options that do not apply to `entry`, as a usage Error.
void check_edit(const EditOptions& options, const Entry& entry, const Catalog& catalog) {
    if (entry.kind == EntryKind::pain) {
        if (options.reps || options.hold || !options.side.empty())
            throw Error(ErrorKind::usage, "a pain score has no reps, hold or side",
                        "give --pain, --note or --date for this entry");
        return;
    }
    const auto exercise = catalog.exercises.find(entry.exercise);
    if (exercise == catalog.exercises.end()) return;  // a stretch no longer in the routine files
    const Dose& dose = exercise->second.dose;
    if (!options.side.empty() && options.side != "both" && dose.sides == Sides::none)
        throw Error(ErrorKind::usage, entry.exercise + " is done with both sides at once, so --side does not apply",
                    "drop --side");
    if (options.hold && !dose.hold)
        throw Error(ErrorKind::usage, entry.exercise + " has no hold, so --hold does not apply", "drop --hold");
}

/// The entry with the options applied, and what changed, as "reps 8 → 10".
std::pair<Entry, std::vector<std::string>> edited(const EditOptions& options, const Entry& entry, Date today,
                                                  const std::string& arrow) {
    Entry after = entry;
    std::vector<std::string> changes;
    const auto change = [&](const std::string& what, const std::string& from, const std::string& to) {
        if (from != to) changes.push_back(what + " " + from + " " + arrow + " " + to);
    };
    if (options.reps) after.reps = options.reps;
    if (options.hold) after.hold_seconds = options.hold;
    if (!options.side.empty()) after.side = parse_side(options.side);
    if (options.pain) after.pain = options.pain;
    if (options.note) after.note = *options.note;
    if (!options.date.empty()) after.day = resolve_past_day(options.date, today);
    change("day", to_iso(entry.day), to_iso(after.day));
    change("reps", or_none(entry.reps), or_none(after.reps));
    change("hold", or_none(entry.hold_seconds, " s"), or_none(after.hold_seconds, " s"));
    change("side", entry.side ? to_text(*entry.side) : "none", after.side ? to_text(*after.side) : "none");
    change("pain", or_none(entry.pain), or_none(after.pain));
    change("note", quoted_note(entry.note), quoted_note(after.note));
    return {after, changes};
}

/// What `log` says of an amount past the top of its range, when the edit
/// raised the reps or the hold past the dose of the entry's day: that of
/// the version in force then of the routine it was logged in (else of
/// `fallback`, the default routine), else the exercise's own.
std::string above_range_after_edit(const Catalog& catalog, const Routine* fallback, const Store& store,
                                   const Entry& before, const Entry& after, Date today) {
    if (after.kind != EntryKind::stretch) return {};
    if (after.reps.value_or(0) <= before.reps.value_or(0) &&
        after.hold_seconds.value_or(0) <= before.hold_seconds.value_or(0))
        return {};
    const auto logged_in = catalog.routines.find(after.routine);
    const Routine* routine = logged_in != catalog.routines.end() ? &logged_in->second : fallback;
    const RoutineSnapshot of_the_day =
        routine ? plan_without_targets(catalog, *routine, after.day, today, &store).routine : RoutineSnapshot{};
    const Dose* dose = dose_of(catalog, of_the_day, after.exercise);
    return dose ? above_range(after, *dose) : std::string();
}

}  // namespace

int run_edit(const EditOptions& options, const Catalog& catalog, const Routine* routine, Store& store,
             const Clock& clock, const PainZones& zones, const Style& style, bool quiet, std::ostream& out,
             std::ostream& err) {
    if (!options.reps && !options.hold && options.side.empty() && !options.pain && !options.note &&
        options.date.empty())
        throw Error(ErrorKind::usage, "say what to change",
                    "give --reps, --hold, --side, --pain, --note or --date");
    if (options.note) check_note(*options.note);
    Entry before, after;
    std::vector<std::string> changes;
    PainAction action;
    bool stays_paused = false;
    std::optional<Date> first_day;  ///< of the log before the edit
    std::string judged_otherwise;
    store.atomically([&] {
        record_routines(store, catalog, clock);
        before = find_entry(store, options.id, options.stretch);
        first_day = store.first_day();
        check_edit(options, before, catalog);
        std::tie(after, changes) = edited(options, before, clock.today, style.unicode ? "→" : "->");
        if (changes.empty()) return;
        after.changed_at = utc_timestamp(clock.now);
        // Through yesterday, as for delete: an entry moved off the first day
        // moves the log's start. Quiet says nothing, so judges nothing.
        const auto days = quiet ? std::nullopt : span_of({before.day, after.day, clock.today});
        judged_otherwise = judged_change(&catalog, routine, store, days, clock.today, true,
                                         [&] { store.update_entry(after); });
        if (after.kind == EntryKind::stretch && after.pain != before.pain) {
            action = act_on_pain(after, zones, store.plan_record(), clock.today, store, clock);
            // Only when the edit took the entry out of the stop zone: a pause
            // made by hand, or a score moved within the fine zone, is not its business.
            stays_paused = action.zone != PainZone::stop &&
                           pause_outlives_its_pain(before, zones, store.plan_record(), clock.today);
        }
    });
    if (quiet) {
        // Quiet silences the confirmation, not the rule acted on (stderr).
        if (action.paused_from) err << hanging("", pain_advice(after, action, clock, options.stretch), kLineWidth);
        if (after.pain.value_or(0) >= kSeverePain && before.pain.value_or(0) < kSeverePain)
            err << severe_score_advice(&catalog, routine, store, after.day, clock, options.stretch);
        return 0;
    }
    const std::string what = (before.kind == EntryKind::pain ? std::string("pain score") : subject(before)) + " on " +
                             to_iso(before.day) + " (id " + short_id(before) + ")";
    if (changes.empty()) {
        out << "Nothing to change: " << what << " already says so.\n";
        return 0;
    }
    const std::string one_line = "Changed " + what + ": " + join(changes) + ".";
    if (display_width(one_line) <= kLineWidth) {
        out << one_line << "\n";
    } else {  // one change a line, so each stays readable at 80 columns
        out << "Changed " << what << ":\n";
        for (const std::string& change : changes) out << hanging("  ", change, kLineWidth - 2);
    }
    if (const std::string note = earlier_start_note(first_day, after.day, options.stretch); !note.empty())
        out << hanging("  ", note, kLineWidth);
    out << judged_otherwise;
    if (const std::string more = above_range_after_edit(catalog, routine, store, before, after, clock.today);
        !more.empty())
        out << hanging("  ", more, kLineWidth);
    if (after.pain == before.pain) return 0;
    if (after.kind == EntryKind::stretch) {
        if (const std::string advice = pain_advice(after, action, clock, options.stretch); !advice.empty())
            out << hanging("  ", advice, kLineWidth);
        // A pause is never lifted behind the user's back, but a lower score
        // that no longer explains it must not leave it unmentioned.
        if (stays_paused) out << hanging("  ", still_paused_note(after.exercise, options.stretch), kLineWidth);
    }
    // A score corrected up to a severe one asks what that score given
    // outright asks: rest, and the warning signs.
    if (after.pain.value_or(0) >= kSeverePain && before.pain.value_or(0) < kSeverePain)
        out << "\n" << severe_score_advice(&catalog, routine, store, after.day, clock, options.stretch);
    return 0;
}

void add_edit_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<EditOptions>();
    auto note = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("edit", "Correct one log entry by the id history prints");
    command->add_option("id", options->id, "Entry id, or a unique prefix of at least 4 characters")->required();
    command->add_option("--reps", options->reps, "Repetitions done")->transform(whole_number(1, 1000));
    command->add_option("--hold", options->hold, "Seconds each hold lasted")->transform(whole_number(1, 3600));
    command->add_option("--side", options->side, "left, right or both")
        ->check(CLI::IsMember({"left", "right", "both"}));
    command->add_option("--pain", options->pain, "Pain, 0 (none) to 10 (worst)")->transform(whole_number(0, 10));
    CLI::Option* note_option = command->add_option("--note", *note, "The note (\"\" removes it)");
    command->add_option("--date", options->date, "The day it counts for (never later than today)")
        ->check(non_empty());
    command->callback([options, note, note_option, &session] {
        if (note_option->count() > 0) options->note = *note;
        options->stretch = session.invocation();
        if (!session.existing_store())
            throw Error(ErrorKind::usage, "the log is empty, so there is nothing to edit", "");
        const Catalog& catalog = session.catalog();
        const Routine* routine = session.routine_if_found({}, &catalog, "the entry is changed all the same");
        Store store = session.writable_store();
        session.exit_code = run_edit(*options, catalog, routine, store, session.clock(), session.config().pain_zones,
                                     session.style(), session.options.quiet, session.out, session.err);
    });
}

}  // namespace stretch
