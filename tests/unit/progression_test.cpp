// The progression rule on hand-built histories: fine days raise the target a
// step at a time up to the top, a day that hurt more steps it back, a pause
// holds it, and a routine can turn it off.

#include <catch2/catch.hpp>

#include "core/plan.h"
#include "core/progression.h"
#include "store/snapshot_json.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

const Dose kReps{{8, 12}, false, std::nullopt, Sides::none, "side"};           // 8-12 reps: 4 steps
const Dose kHold{{2, 2}, false, Range{20, 30}, Sides::each, "leg"};            // hold 20-30 s: 2 steps
const Dose kBoth{{6, 8}, false, Range{20, 32}, Sides::none, "side"};           // 2 reps steps, then 20-25-30-32
const Dose kAtLeast{{8, 8}, true, Range{5, 10}, Sides::alternate, "side"};     // reps never move
const ProgressionRule kRule;  // 3 fine days a step; 0-3 fine, 4-5 easier, 6-10 stop

/// `count` days in a row from 1 November, each with `pain`.
std::vector<DoneDay> days_with(int count, std::optional<int> pain, int first = 1) {
    std::vector<DoneDay> days;
    for (int i = 0; i < count; ++i) days.push_back({ymd(2026, 11, unsigned(first + i)), pain, std::nullopt, std::nullopt});
    return days;
}

Target target_after(const std::vector<DoneDay>& days, const Dose& dose, const ProgressionRule& rule = kRule) {
    return target_at(dose, after_days(Progress{}, days, dose, rule).steps);
}

/// The target after `count` fine days from 1 November, each logged as `log`
/// logs a stretch given no amounts: the reps and hold of that day's target.
Target target_after_days_as_planned(int count, const Dose& dose) {
    Progress progress;
    for (int i = 0; i < count; ++i) {
        const Target planned = target_at(dose, progress.steps);
        progress = after_day(progress, {ymd(2026, 11, unsigned(1 + i)), 0, planned.reps, planned.hold}, dose, kRule);
    }
    return target_at(dose, progress.steps);
}

}  // namespace

TEST_CASE("a run of fine days raises the target one step at a time and stops at the top", "[progression]") {
    CHECK(target_after({}, kReps) == Target{8, std::nullopt});
    CHECK(target_after(days_with(2, std::nullopt), kReps).reps == 8);
    CHECK(target_after(days_with(3, std::nullopt), kReps).reps == 9);  // no pain given counts as fine
    CHECK(target_after(days_with(5, 3), kReps).reps == 9);             // 3 is still fine
    CHECK(target_after(days_with(6, 0), kReps).reps == 10);
    CHECK(target_after(days_with(12, 1), kReps).reps == 12);
    CHECK(target_after(days_with(30, 0), kReps).reps == 12);  // never past the top
    CHECK(max_steps(kReps) == 4);
}

TEST_CASE("reps move first, then the hold by 5 seconds, the last step shorter", "[progression]") {
    CHECK(max_steps(kBoth) == 5);
    const std::vector<Target> expected = {{6, 20}, {7, 20}, {8, 20}, {8, 25}, {8, 30}, {8, 32}, {8, 32}};
    for (int steps = 0; steps < int(expected.size()); ++steps) {
        INFO(steps);
        CHECK(target_at(kBoth, steps) == expected.at(size_t(steps)));
    }
    CHECK(target_after_days_as_planned(6, kHold) == Target{2, 30});
    // "At least 8 reps" keeps its reps; only the hold moves.
    CHECK(max_steps(kAtLeast) == 1);
    CHECK(target_after_days_as_planned(9, kAtLeast) == Target{8, 10});
}

TEST_CASE("a day whose own pain score reached the stop zone holds the target", "[progression]") {
    // Logged at the target with no pain of its own, beside `stretch pain 8`:
    // such a day counted as fine and took the target up.
    std::vector<DoneDay> days = days_with(3, std::nullopt);
    days[2].day_pain = 8;
    CHECK(after_days(Progress{}, days, kReps, kRule) == Progress{0, 2});  // no step, and none back
    days[2].day_pain = 6;
    CHECK(after_days(Progress{}, days, kReps, kRule) == Progress{0, 2});
    // Below the stop zone it is a day like any other: many backs score a 4
    // or 5 every day, before and after stretching, and must still progress.
    days[2].day_pain = 5;
    CHECK(target_after(days, kReps).reps == 9);
    // The stretch's own pain still decides first: it hurt, so a step back.
    DoneDay hurt = days[2];
    hurt.day_pain = 8;
    hurt.pain = 5;
    CHECK(after_day(Progress{2, 2}, hurt, kReps, kRule) == Progress{1, 0});
}

TEST_CASE("a day in the take-it-easier zone steps back one step and starts the run again", "[progression]") {
    auto days = days_with(6, 2);                    // two steps: 10
    days.push_back({ymd(2026, 11, 7), 4, std::nullopt, std::nullopt});          // easier: 9
    CHECK(target_after(days, kReps).reps == 9);
    days.push_back({ymd(2026, 11, 8), 0, std::nullopt, std::nullopt});
    days.push_back({ymd(2026, 11, 9), 0, std::nullopt, std::nullopt});
    CHECK(target_after(days, kReps).reps == 9);     // the run starts again: two fine days are not enough
    days.push_back({ymd(2026, 11, 10), 0, std::nullopt, std::nullopt});
    CHECK(target_after(days, kReps).reps == 10);
    // At the low end there is no step back.
    CHECK(target_after({{ymd(2026, 11, 1), 5, std::nullopt, std::nullopt}}, kReps).reps == 8);
}

TEST_CASE("a stop-zone day steps back too", "[progression]") {
    auto days = days_with(9, std::nullopt);  // three steps: 11
    days.push_back({ymd(2026, 11, 10), 7, std::nullopt, std::nullopt});
    CHECK(target_after(days, kReps).reps == 10);
}

TEST_CASE("a pause holds the target: days not done neither count nor break the run", "[progression]") {
    // Done on the 1st and 2nd, paused for a week, done again on the 10th:
    // the run goes on from where it was, and the target did not fall.
    const std::vector<DoneDay> days = {{ymd(2026, 11, 1), 0, std::nullopt, std::nullopt}, {ymd(2026, 11, 2), 0, std::nullopt, std::nullopt}, {ymd(2026, 11, 10), 0, std::nullopt, std::nullopt}};
    CHECK(target_after(days, kReps).reps == 9);
    auto higher = days_with(6, 0);
    const Target before_pause = target_after(higher, kReps);
    higher.push_back({ymd(2026, 11, 20), 0, std::nullopt, std::nullopt});  // the first day back
    CHECK(before_pause.reps == 10);
    CHECK(target_after(higher, kReps).reps == 10);
}

TEST_CASE("a step is earned at the target: a day done below it neither counts nor breaks the run", "[progression]") {
    // Fourteen fine days of 8 reps, as a gentler routine asks: one step is
    // earned at 8, and 9 is never done, so the target stays one step above
    // what was done instead of climbing to the top.
    std::vector<DoneDay> at_eight;
    for (int i = 1; i <= 14; ++i) at_eight.push_back({ymd(2026, 11, unsigned(i)), 0, 8, std::nullopt});
    CHECK(target_after(at_eight, kReps).reps == 9);
    // Two days at 9 keep the run going across a day at 8 that did not count.
    at_eight.push_back({ymd(2026, 11, 15), 0, 9, std::nullopt});
    at_eight.push_back({ymd(2026, 11, 16), 0, 8, std::nullopt});
    at_eight.push_back({ymd(2026, 11, 17), 0, 10, std::nullopt});
    CHECK(target_after(at_eight, kReps).reps == 9);
    at_eight.push_back({ymd(2026, 11, 18), 0, 9, std::nullopt});
    CHECK(target_after(at_eight, kReps).reps == 10);
    // A hold shorter than the target does not count either. Reps not logged
    // were done as planned (a file imported may leave them out).
    std::vector<DoneDay> short_holds;
    for (int i = 1; i <= 9; ++i) short_holds.push_back({ymd(2026, 11, unsigned(i)), 0, 2, 20});
    CHECK(target_after(short_holds, kHold) == Target{2, 25});
    CHECK(target_after(days_with(9, 0), kReps).reps == 11);
    // A day that hurt steps back whatever was done.
    at_eight.push_back({ymd(2026, 11, 19), 5, 8, std::nullopt});
    CHECK(target_after(at_eight, kReps).reps == 9);
}

TEST_CASE("a hold added to a dose starts at its low end, whatever the days before it earned", "[progression]") {
    // `log` records the hold of a held stretch, so days without one were not
    // held. A month of 8 reps, then the physio adds a hold of 20-32 s: the
    // month took the reps to the top, and earns no step of the new hold.
    CHECK(target_after(days_with(30, 0), kBoth) == Target{8, 20});
    // Days with no hold still count toward the reps, and once the hold is
    // logged (as planned: 20 s) it moves a step at a time as before.
    std::vector<DoneDay> days = days_with(30, 0);
    for (int i = 1; i <= 3; ++i) days.push_back({ymd(2026, 12, unsigned(i)), 0, 8, 20});
    CHECK(target_after(days, kBoth) == Target{8, 25});
    days.push_back({ymd(2026, 12, 4), 0, 8, std::nullopt});  // a day without its hold earns nothing more
    days.push_back({ymd(2026, 12, 5), 0, 8, std::nullopt});
    days.push_back({ymd(2026, 12, 6), 0, 8, std::nullopt});
    CHECK(target_after(days, kBoth) == Target{8, 25});
    CHECK(target_after(days_with(9, 0), kHold) == Target{2, 20});
}

TEST_CASE("the days a step takes come from config.toml or the routine", "[progression]") {
    CHECK(target_after(days_with(2, 0), kReps, ProgressionRule{1, {}}).reps == 10);
    CHECK(target_after(days_with(4, 0), kReps, ProgressionRule{5, {}}).reps == 8);
    // The zones move with [pain_zones]: 4 is fine when fine_up_to is 4.
    CHECK(target_after(days_with(3, 4), kReps, ProgressionRule{3, PainZones{4, 7}}).reps == 9);

    RoutineSnapshot routine{"back", "Back", "", Schedule{}, {}, true, std::nullopt, std::nullopt};
    CHECK(progression_rule(routine)->days == 3);
    routine.progression_days = 5;
    CHECK(progression_rule(routine)->days == 5);
    // The zones a version was recorded with, else the defaults.
    CHECK(progression_rule(routine)->zones == PainZones{});
    routine.pain_zones = PainZones{4, 7};
    CHECK(progression_rule(routine)->zones == PainZones{4, 7});
}

TEST_CASE("progression = false keeps every target at the low end", "[progression]") {
    RoutineSnapshot routine{"back", "Back", "", Schedule{}, {{"bridge", kReps}}, true, std::nullopt, std::nullopt};
    routine.progression = false;
    CHECK_FALSE(progression_rule(routine).has_value());
    // The plan gets no progress for such a routine, so it asks for the low end.
    Catalog catalog;
    const ExpectedDay expected{ymd(2026, 11, 2), &routine, true, std::nullopt, {&routine.steps[0]}, {}};
    const Plan plan = build_plan(catalog, expected);
    CHECK(plan.items.at(0).target == Target{8, std::nullopt});
    // The setting is kept with the routine's recorded version, and a
    // definition from before progression existed reads as progressing.
    const RoutineSnapshot again = snapshot_from_json(snapshot_to_json(routine), "test.db");
    CHECK_FALSE(again.progression);
    routine.progression = true;
    CHECK(snapshot_to_json(routine).find("progression") == std::string::npos);
}

TEST_CASE("the plan shows the target and the range it moves in", "[progression]") {
    CHECK(describe(kReps, Target{9, std::nullopt}) == "9 reps (8-12)");
    CHECK(describe(kHold, Target{2, 25}) == "2 x each leg, hold 25 s (20-30)");
    CHECK(describe(kBoth, Target{7, 20}) == "7 reps (6-8), hold 20 s (20-32)");
    CHECK(describe(kAtLeast, Target{8, 5}) == "at least 8 reps, alternating sides, hold 5 s (5-10)");
    const Dose fixed{{5, 5}, false, Range{10, 10}, Sides::none, "side"};
    CHECK(describe(fixed, target_at(fixed, 3)) == "5 reps, hold 10 s");
    // The time is the target's.
    CHECK(estimated_seconds(dose_at(kReps, Target{9, std::nullopt})) < estimated_seconds(kReps));
}

TEST_CASE("progress kept for one dose or rule is never used for another", "[progression]") {
    CHECK(progression_key(kReps, kRule) != progression_key(kBoth, kRule));
    CHECK(progression_key(kReps, kRule) != progression_key(kReps, ProgressionRule{4, {}}));
    CHECK(progression_key(kReps, kRule) != progression_key(kReps, ProgressionRule{3, PainZones{2, 6}}));
    CHECK(progression_key(kReps, kRule) == progression_key(kReps, ProgressionRule{}));
}
