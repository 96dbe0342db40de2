// The per-day summaries and the kept day logs change nothing a report says:
// years of randomized use (logging, pain, skips, pauses and resumes, edits
// and deletes of past entries, routine changes, an undo-like change that no
// refresh follows) are written through the real store, and at checkpoints
// every report read from the summaries and day logs equals the report
// computed from scratch from every entry, for several ranges and in every
// format.

#include <catch2/catch.hpp>

#include <random>

#include "cli/day_summaries.h"
#include "cli/progress.h"
#include "render/json_text.h"
#include "render/report_html.h"
#include "render/report_json.h"
#include "render/report_markdown.h"
#include "render/report_text.h"
#include "routines/loader.h"
#include "store/store.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

/// Randomized daily use of one log, one simulated day at a time.
class Simulation {
public:
    explicit Simulation(unsigned seed)
        : random_(seed), catalog_(load_catalog({STRETCH_ROUTINES_SOURCE})), store_(Store::in_memory()) {}

    /// One day of use on `today`, written as the commands write it.
    void live(Date today) {
        clock_ = Clock{today, std::chrono::system_clock::time_point{}};
        if (chance(0.01)) change_routine();
        store_.before_commit([&](Store& store) { refresh_day_summaries(store, catalog_, today); });
        store_.atomically([&] {
            record_routines(store_, catalog_, clock_);
            if (!chance(0.15)) log_stretches(today);
            if (chance(0.4)) store_.add({pain(today, pick(0, 10))});
            if (chance(0.03)) store_.add_skips({add_days(today, pick(0, 3))}, "rest", stamp());
            if (chance(0.02)) pause_one(today);
            if (chance(0.04)) resume_one(today);
            if (chance(0.03)) edit_or_delete_past(today);
        });
        // Now and then a change that no refresh follows (as undo makes):
        // the summaries are cleared from that day on and stay so a while.
        store_.before_commit({});
        if (chance(0.01)) edit_or_delete_past(today);
    }

    const Catalog& catalog() const { return catalog_; }
    const Store& store() const { return store_; }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(random_) < p; }
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
    std::string stamp() { return "2026-01-01T00:00:" + std::to_string(10 + pick(0, 49)) + "Z"; }
    std::string uuid() { return "00000000-0000-4000-8000-" + std::to_string(100000000000 + ++made_); }

    Entry entry(Date day, EntryKind kind, std::string exercise = {}, std::string routine = {}) {
        Entry made;
        made.uuid = uuid();
        made.logged_at = stamp();
        made.day = day;
        made.kind = kind;
        made.exercise = std::move(exercise);
        made.routine = std::move(routine);
        return made;
    }

    Entry pain(Date day, int score) {
        Entry made = entry(day, EntryKind::pain);
        made.pain = score;
        return made;
    }

    /// All of the routine's stretches most days, some of them on others,
    /// now and then with the gentle routine instead.
    void log_stretches(Date today) {
        const Routine& routine = catalog_.routines.at(chance(0.1) ? "gentle" : "lower-back");
        const bool all = chance(0.7);
        History entries;
        for (const RoutineStep& step : routine.steps) {
            if (!all && chance(0.5)) continue;
            Entry done = entry(today, EntryKind::stretch, step.exercise_id, routine.id);
            done.reps = pick(1, 12);
            if (chance(0.2)) done.pain = pick(0, 8);
            entries.push_back(done);
            if (chance(0.05)) entries.push_back(entry(today, EntryKind::stretch, step.exercise_id));
        }
        if (!entries.empty()) store_.add(entries);
    }

    void pause_one(Date today) {
        const auto& steps = catalog_.routines.at("lower-back").steps;
        const std::string exercise = steps.at(static_cast<size_t>(pick(0, int(steps.size()) - 1))).exercise_id;
        if (!store_.plan_record().open_pause(exercise))
            store_.add_pause(Pause{exercise, add_days(today, pick(0, 1)), std::nullopt, "hurt"}, stamp());
    }

    void resume_one(Date today) {
        for (const Pause& pause : store_.plan_record().pauses)
            if (!pause.resumed_on && pause.first_day < today) {
                store_.resume(pause.exercise, today, stamp());
                return;
            }
    }

    /// Changes or deletes an entry of the last few months: a day the
    /// summaries already hold.
    void edit_or_delete_past(Date today) {
        const History past = store_.entries_in(DateRange{add_days(today, -pick(1, 120)), add_days(today, -1)});
        if (past.empty()) return;
        Entry entry = past.at(static_cast<size_t>(pick(0, int(past.size()) - 1)));
        if (chance(0.5)) return store_.remove_entries({entry.uuid});
        if (entry.kind == EntryKind::stretch) entry.exercise = chance(0.5) ? "bridge" : "spine-stretch";
        entry.day = std::min(add_days(entry.day, pick(-2, 2)), add_days(today, -1));
        entry.changed_at = stamp();
        store_.update_entry(entry);
    }

    /// The routine file changes: a stretch dropped or put back, or the
    /// days it runs on.
    void change_routine() {
        Routine& routine = catalog_.routines.at("lower-back");
        if (chance(0.5) && routine.steps.size() > 6) {
            dropped_.push_back(routine.steps.back());
            routine.steps.pop_back();
        } else if (!dropped_.empty()) {
            routine.steps.push_back(dropped_.back());
            dropped_.pop_back();
        } else {
            routine.days.weekdays[static_cast<size_t>(pick(0, 6))] ^= true;
            if (std::none_of(routine.days.weekdays.begin(), routine.days.weekdays.end(), [](bool on) { return on; }))
                routine.days.weekdays[0] = true;
        }
    }

    std::mt19937 random_;
    Catalog catalog_;
    Store store_;
    Clock clock_{};
    std::vector<RoutineStep> dropped_;
    int made_ = 0;
};

/// Every format of a report, as the commands print it.
std::vector<std::string> printed(const Report& report) {
    return {to_json_text(report_json(report, "stretch")), render_report_csv(report), render_report_markdown(report, "stretch"),
            render_report_text(report, Style{false, false}, "stretch"), render_report_html(report, "stretch")};
}

/// The report over `range` both ways: from the summaries as `report` reads
/// it, and from scratch from every entry.
void check_same(const Simulation& simulation, const std::string& routine_id, DateRange range, Date today) {
    const Catalog& catalog = simulation.catalog();
    const Store& store = simulation.store();
    const RoutineSnapshot current = snapshot_of(catalog, catalog.routines.at(routine_id));
    const RoutineSnapshot gentle = snapshot_of(catalog, catalog.routines.at("gentle"));
    const PlanRecord record = store.plan_record();
    const ReportBasis basis{catalog, current, &gentle, record};

    ReportLog log = report_log(&store, basis, range, today, store.first_day());
    const Report summarized =
        build_report(basis, LoggedDays{log.first_used, log.streak_before, *log.days}, range, today, 0);
    const History everything = store.entries_in(DateRange{kEarliestDay, add_days(today, 1)});
    const Report scratch = build_report(ReportSources{catalog, current, &gentle, record, everything}, range, today, 0);

    INFO(routine_id << " " << to_iso(range.first) << ".." << to_iso(range.last) << " on " << to_iso(today)
                    << (log.streak_before ? ", summaries to " + to_iso(log.streak_before->through) : ", no summary"));
    const auto a = printed(summarized), b = printed(scratch);
    for (size_t i = 0; i < a.size(); ++i) CHECK(a[i] == b[i]);
}

}  // namespace

TEST_CASE("reports read from the per-day summaries equal reports computed from scratch", "[summary][slow]") {
    // Two seeds of two and a quarter years each: enough for every kind of
    // change to land before, inside and across the ranges compared, and
    // well inside the test timeout under the sanitizers.
    const unsigned seed = GENERATE(1u, 2u);
    Simulation simulation(seed);
    const Date first = ymd(2023, 9, 1), last = ymd(2025, 11, 30);
    int checkpoints = 0, seeded = 0, kept_logs = 0;
    for (Date today = first; today <= last; today = add_days(today, 1)) {
        simulation.live(today);
        if (days_between(first, today) % 97 != 96 && today != last) continue;
        ++checkpoints;
        for (const std::string routine : {"lower-back", "gentle"}) {
            check_same(simulation, routine, DateRange{add_days(today, -6), today}, today);
            check_same(simulation, routine, DateRange{add_days(today, -30), add_days(today, -2)}, today);
            check_same(simulation, routine, DateRange{add_days(today, -364), today}, today);
            check_same(simulation, routine, DateRange{first, today}, today);
            check_same(simulation, routine, DateRange{add_days(today, -3), add_days(today, 10)}, today);
        }
        seeded += simulation.store().day_summary_until("lower-back", true, add_days(today, -7)) ? 1 : 0;
        const auto kept = simulation.store().kept_day_log_span();
        kept_logs += kept && kept->first == simulation.store().first_day() && kept->last >= add_days(today, -7);
    }
    CHECK(checkpoints == 9);
    // The summaries and day logs were there to be used, not skipped: most
    // checkpoints found them (a change no refresh followed may have cleared
    // a few).
    CHECK(seeded >= 6);
    CHECK(kept_logs >= 6);
}
