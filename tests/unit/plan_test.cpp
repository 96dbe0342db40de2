#include <catch2/catch.hpp>

#include "core/plan.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

const Date kSunday = ymd(2026, 11, 22);
const Date kMonday = ymd(2026, 11, 23);
const Date kWednesday = ymd(2026, 11, 25);
const Date kFriday = ymd(2026, 11, 27);

Exercise exercise(std::string id, Range reps, std::optional<Range> hold, Sides sides,
                  bool at_least = false) {
    Exercise e;
    e.id = id;
    e.name = id;
    e.dose.reps = reps;
    e.dose.hold = hold;
    e.dose.sides = sides;
    e.dose.reps_at_least = at_least;
    return e;
}

RoutineStep step(std::string id, std::optional<int> reps = std::nullopt,
                 std::optional<int> hold = std::nullopt) {
    RoutineStep s;
    s.exercise_id = std::move(id);
    s.reps = reps;
    s.hold_seconds = hold;
    return s;
}

Schedule mon_wed_fri() {
    Schedule schedule;
    schedule.weekdays = {true, false, true, false, true, false, false};
    return schedule;
}

Catalog sample_catalog() {
    Catalog catalog;
    // 12 x 4 + 20 = 68 s unchanged
    catalog.exercises.emplace("bridge", exercise("bridge", {8, 12}, std::nullopt, Sides::none));
    // 2 x (30 + 4) x 2 + 20 = 156 s unchanged
    catalog.exercises.emplace("hip-stretch", exercise("hip-stretch", {2, 2}, Range{20, 30}, Sides::each));
    // 8 x (10 + 4) + 20 = 132 s unchanged
    catalog.exercises.emplace("bird-dog",
                              exercise("bird-dog", {8, 8}, Range{5, 10}, Sides::alternate, true));
    return catalog;
}

Routine sample_routine() {
    Routine routine;
    routine.id = "evening";
    routine.name = "Evening";
    routine.days = mon_wed_fri();
    routine.steps = {
        step("bridge", 5),                   // 5 x 4 + 20 = 40 s
        step("hip-stretch", std::nullopt, 15),  // 2 x (15 + 4) x 2 + 20 = 96 s
        step("bird-dog"),                    // 132 s
    };
    return routine;
}

}  // namespace

TEST_CASE("Schedule: daily, includes and describe", "[plan][schedule]") {
    const Schedule daily;
    CHECK(daily.daily());
    CHECK(daily.describe() == "daily");
    CHECK(daily.includes(kSunday));

    const Schedule some = mon_wed_fri();
    CHECK_FALSE(some.daily());
    CHECK(some.describe() == "mon, wed, fri");
    CHECK(some.includes(kMonday));
    CHECK(some.includes(kWednesday));
    CHECK(some.includes(kFriday));
    CHECK_FALSE(some.includes(kSunday));
    CHECK_FALSE(some.includes(ymd(2026, 11, 24)));  // Tuesday

    Schedule never;
    never.weekdays.fill(false);
    CHECK(never.describe() == "never");
    CHECK_FALSE(never.includes(kMonday));
}

TEST_CASE("build_plan on a scheduled day lists every step in order", "[plan]") {
    const Catalog catalog = sample_catalog();
    const Routine routine = sample_routine();
    const Plan plan = build_plan(catalog, routine, kWednesday);

    CHECK(plan.date == kWednesday);
    CHECK(plan.routine.id == routine.id);
    CHECK(plan.scheduled);
    REQUIRE(plan.items.size() == 3);
    CHECK(plan.items[0].exercise.id == "bridge");
    CHECK(plan.items[1].exercise.id == "hip-stretch");
    CHECK(plan.items[2].exercise.id == "bird-dog");
    for (const auto& item : plan.items) CHECK_FALSE(item.done);
}

TEST_CASE("build_plan on an unscheduled day has no items", "[plan]") {
    const Catalog catalog = sample_catalog();
    const Routine routine = sample_routine();
    const Plan plan = build_plan(catalog, routine, kSunday, {"bridge"});

    CHECK(plan.date == kSunday);
    CHECK(plan.routine.id == routine.id);
    CHECK_FALSE(plan.scheduled);
    CHECK(plan.items.empty());
    CHECK(plan.estimated_minutes() == 0);
    CHECK(plan.remaining_count() == 0);
    CHECK(plan.remaining_minutes() == 0);
}

TEST_CASE("build_plan applies the routine's dose overrides", "[plan]") {
    const Catalog catalog = sample_catalog();
    const Plan plan = build_plan(catalog, sample_routine(), kMonday);
    REQUIRE(plan.items.size() == 3);

    SECTION("reps override replaces the range with one number") {
        const PlanItem& bridge = plan.items[0];
        CHECK(bridge.dose.reps == Range{5, 5});
        CHECK_FALSE(bridge.dose.hold.has_value());
        CHECK(bridge.estimated_seconds == 40);
        CHECK(describe(bridge.dose) == "5 reps");
    }
    SECTION("hold override replaces the hold and keeps the reps and sides") {
        const PlanItem& hip = plan.items[1];
        CHECK(hip.dose.reps == Range{2, 2});
        REQUIRE(hip.dose.hold.has_value());
        CHECK(*hip.dose.hold == Range{15, 15});
        CHECK(hip.dose.sides == Sides::each);
        CHECK(hip.estimated_seconds == 96);
        CHECK(describe(hip.dose) == "2 x each side, hold 15 s");
    }
    SECTION("no override keeps the exercise's dose") {
        const PlanItem& bird = plan.items[2];
        CHECK(bird.dose.reps == Range{8, 8});
        CHECK(bird.dose.reps_at_least);
        CHECK(bird.estimated_seconds == 92);  // at the target: 8 x (5 + 4) + 20
    }
    SECTION("the catalog's exercises are left alone") {
        CHECK(catalog.exercises.at("bridge").dose.reps == Range{8, 12});
        CHECK(*catalog.exercises.at("hip-stretch").dose.hold == Range{20, 30});
    }
}

TEST_CASE("a reps override drops 'at least'", "[plan]") {
    const Catalog catalog = sample_catalog();
    Routine routine = sample_routine();
    routine.steps = {step("bird-dog", 10), step("bird-dog", std::nullopt, 20)};
    const Plan plan = build_plan(catalog, routine, kFriday);
    REQUIRE(plan.items.size() == 2);
    CHECK(plan.items[0].dose.reps == Range{10, 10});
    CHECK_FALSE(plan.items[0].dose.reps_at_least);
    CHECK(describe(plan.items[0].dose) == "10 reps, alternating sides, hold 5-10 s");
    // A hold override alone leaves "at least" as it was.
    CHECK(plan.items[1].dose.reps_at_least);
    CHECK(describe(plan.items[1].dose) == "at least 8 reps, alternating sides, hold 20 s");
}

TEST_CASE("a hold override gives a hold to an exercise that has none", "[plan]") {
    const Catalog catalog = sample_catalog();
    Routine routine = sample_routine();
    routine.steps = {step("bridge", std::nullopt, 10)};
    const Plan plan = build_plan(catalog, routine, kMonday);
    REQUIRE(plan.items.size() == 1);
    REQUIRE(plan.items[0].dose.hold.has_value());
    CHECK(*plan.items[0].dose.hold == Range{10, 10});
    CHECK(plan.items[0].dose.reps == Range{8, 12});
    CHECK(plan.items[0].estimated_seconds == 132);  // at the target, the low end: 8 x (10 + 4) + 20
    CHECK(describe(plan.items[0].dose) == "8-12 reps, hold 10 s");
}

TEST_CASE("build_plan marks the exercises already done that day", "[plan]") {
    const Catalog catalog = sample_catalog();
    const Routine routine = sample_routine();
    const Plan plan = build_plan(catalog, routine, kMonday, {"hip-stretch", "not-in-routine"});
    REQUIRE(plan.items.size() == 3);
    CHECK_FALSE(plan.items[0].done);
    CHECK(plan.items[1].done);
    CHECK_FALSE(plan.items[2].done);
}

TEST_CASE("plan minutes: total and remaining, rounded up", "[plan]") {
    const Catalog catalog = sample_catalog();
    const Routine routine = sample_routine();

    SECTION("nothing done: 40 + 96 + 92 = 228 s is 4 minutes") {
        const Plan plan = build_plan(catalog, routine, kMonday);
        CHECK(plan.estimated_minutes() == 4);
        CHECK(plan.remaining_count() == 3);
        CHECK(plan.remaining_minutes() == 4);
    }
    SECTION("hip-stretch done: 40 + 92 = 132 s is 3 minutes") {
        const Plan plan = build_plan(catalog, routine, kMonday, {"hip-stretch"});
        CHECK(plan.estimated_minutes() == 4);
        CHECK(plan.remaining_count() == 2);
        CHECK(plan.remaining_minutes() == 3);
    }
    SECTION("bridge and bird-dog done: 96 s is 2 minutes") {
        const Plan plan = build_plan(catalog, routine, kMonday, {"bridge", "bird-dog"});
        CHECK(plan.remaining_count() == 1);
        CHECK(plan.remaining_minutes() == 2);
    }
    SECTION("all done") {
        const Plan plan = build_plan(catalog, routine, kMonday, {"bridge", "hip-stretch", "bird-dog"});
        CHECK(plan.estimated_minutes() == 4);
        CHECK(plan.remaining_count() == 0);
        CHECK(plan.remaining_minutes() == 0);
    }
}

TEST_CASE("minutes round up only past a whole minute", "[plan]") {
    const Catalog catalog = sample_catalog();
    Routine routine = sample_routine();
    routine.steps = {step("bridge", 25)};  // 25 x 4 + 20 = 120 s
    CHECK(build_plan(catalog, routine, kMonday).estimated_minutes() == 2);
    CHECK(routine_minutes(catalog, routine) == 2);
    routine.steps = {step("bridge", 10)};  // 10 x 4 + 20 = 60 s
    CHECK(routine_minutes(catalog, routine) == 1);
    routine.steps = {step("bridge", 26)};  // 26 x 4 + 20 = 124 s
    CHECK(routine_minutes(catalog, routine) == 3);
}

TEST_CASE("routine_minutes counts every step with its overrides, whatever the day", "[plan]") {
    const Catalog catalog = sample_catalog();
    Routine routine = sample_routine();
    CHECK(routine_minutes(catalog, routine) == 5);  // 268 s
    routine.steps.push_back(step("bridge"));        // + 68 s = 336 s
    CHECK(routine_minutes(catalog, routine) == 6);
    routine.steps = {step("hip-stretch")};          // 156 s
    CHECK(routine_minutes(catalog, routine) == 3);
}

TEST_CASE("routine_minutes_at_start takes the low end of every range, as a first day's plan does", "[plan]") {
    const Catalog catalog = sample_catalog();
    Routine routine = sample_routine();
    routine.steps = {step("bridge")};  // 8-12 reps: 8 x 4 + 20 = 52 s, 12 x 4 + 20 = 68 s
    CHECK(routine_minutes_at_start(catalog, routine) == 1);
    CHECK(routine_minutes(catalog, routine) == 2);
    CHECK(build_plan(catalog, routine, kMonday).estimated_minutes() == routine_minutes_at_start(catalog, routine));
    routine.steps = {step("bridge", 10)};  // no range: 60 s either way
    CHECK(routine_minutes_at_start(catalog, routine) == 1);
    CHECK(routine_minutes(catalog, routine) == 1);
    // A routine that does not progress stays at the low end: that is its most.
    routine.steps = {step("bridge")};
    routine.progression = false;
    CHECK(routine_minutes(catalog, routine) == 1);
}

TEST_CASE("only a past day kept by the gentle routine or rested says so on its plan", "[plan][safety]") {
    Plan plan;
    plan.date = ymd(2026, 11, 24);
    plan.past = true;
    CHECK_FALSE(not_missed_sentence(plan));  // not judged
    plan.judged = DayStatus::gentle;
    CHECK(not_missed_sentence(plan) == "The gentle routine was done instead on this day, so it is not missed.");
    plan.judged = DayStatus::rested;
    CHECK(not_missed_sentence(plan) == "This day was rested after severe pain, as advised, so it is not missed.");
    CHECK(plan.asks_nothing_more());
    for (const DayStatus other : {DayStatus::complete, DayStatus::partial, DayStatus::missed, DayStatus::skipped}) {
        plan.judged = other;
        CHECK_FALSE(not_missed_sentence(plan));
    }
    // Today is still open: nothing is said of it before it is over.
    plan.past = false;
    plan.judged = DayStatus::gentle;
    CHECK_FALSE(not_missed_sentence(plan));
}

TEST_CASE("a past day before the log began says nothing was asked of it", "[plan]") {
    Plan plan;
    plan.date = ymd(2026, 11, 24);
    plan.past = true;
    plan.scheduled = true;
    plan.judged = DayStatus::not_started;
    CHECK(not_missed_sentence(plan) ==
          "Your log had not begun by this day, so nothing was asked of it and it is not missed.");
    // An unscheduled or skipped day says why in its own sentence instead.
    plan.skip_reason = "";
    CHECK_FALSE(not_missed_sentence(plan));
    plan.skip_reason.reset();
    plan.scheduled = false;
    CHECK_FALSE(not_missed_sentence(plan));
}

TEST_CASE("a skipped day done all the same says it counts as complete, as the report counts it", "[plan][skip]") {
    const Catalog catalog = sample_catalog();
    Plan plan = build_plan(catalog, sample_routine(), kMonday, {"hip-stretch"});
    plan.skip_reason = "travel";
    CHECK_FALSE(done_all_the_same(plan));
    CHECK(skipped_sentence(plan, "travel") == "This day is skipped (travel): nothing is due and no streak is lost.");
    for (PlanItem& item : plan.items) item.done = true;
    CHECK(done_all_the_same(plan));
    CHECK(skipped_sentence(plan, "") == "This day is skipped, and done all the same: it counts as complete.");
    // A past day goes by the report's judgement, whatever its items say.
    plan.past = true;
    plan.judged = DayStatus::skipped;
    CHECK_FALSE(done_all_the_same(plan));
    CHECK(skipped_sentence(plan, "") == "This day was skipped: nothing was due and no streak was lost.");
    plan.judged = DayStatus::complete;
    CHECK(skipped_sentence(plan, "travel") ==
          "This day was skipped (travel), and done all the same: it counts as complete.");
    plan.skip_reason.reset();
    CHECK_FALSE(done_all_the_same(plan));
}
