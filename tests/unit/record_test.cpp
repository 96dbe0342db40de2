// The plan of record: which routine version, pauses and skip were in force
// on a day, as expected_on() answers it.

#include <catch2/catch.hpp>

#include "core/record.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

RoutineSnapshot routine_of(std::initializer_list<const char*> ids, Schedule days = {}) {
    RoutineSnapshot routine{"back", "Back", "", days, {}, true, std::nullopt, std::nullopt};
    for (const char* id : ids) routine.steps.push_back({id, Dose{{8, 12}, false, std::nullopt, Sides::none, "side"}});
    return routine;
}

std::vector<std::string> due(const ExpectedDay& day) { return day.due_exercises(); }

const Date kToday = ymd(2026, 11, 23);

}  // namespace

TEST_CASE("with nothing recorded every day uses today's definition", "[record]") {
    const RoutineSnapshot current = routine_of({"bridge", "bird-dog"});
    const ExpectedDay day = expected_on(PlanRecord{}, current, ymd(2026, 1, 5), kToday);
    CHECK(day.routine == &current);
    CHECK(day.scheduled);
    CHECK_FALSE(day.skipped());
    CHECK(due(day) == std::vector<std::string>{"bridge", "bird-dog"});
    CHECK(day.paused.empty());
}

TEST_CASE("a past day uses the version in force that day, today and later use the files", "[record]") {
    PlanRecord record;
    record.versions["back"] = {{kEarliestDay, routine_of({"a", "b", "c"})},
                               {ymd(2026, 11, 10), routine_of({"a", "b"})},
                               {ymd(2026, 11, 20), routine_of({"a"})}};
    const RoutineSnapshot current = routine_of({"x"});
    CHECK(due(expected_on(record, current, ymd(2026, 11, 9), kToday)) == std::vector<std::string>{"a", "b", "c"});
    CHECK(due(expected_on(record, current, ymd(2026, 11, 10), kToday)) == std::vector<std::string>{"a", "b"});
    CHECK(due(expected_on(record, current, ymd(2026, 11, 22), kToday)) == std::vector<std::string>{"a"});
    CHECK(due(expected_on(record, current, kToday, kToday)) == std::vector<std::string>{"x"});
    CHECK(due(expected_on(record, current, ymd(2026, 12, 1), kToday)) == std::vector<std::string>{"x"});
    // Another routine's versions do not apply: a past day of a routine the
    // log does not record yet was not one of its days.
    RoutineSnapshot other = routine_of({"y"});
    other.id = "other";
    const ExpectedDay before = expected_on(record, other, ymd(2026, 11, 9), kToday);
    CHECK(before.before_routine);
    CHECK(due(before).empty());
    CHECK(due(expected_on(record, other, kToday, kToday)) == std::vector<std::string>{"y"});
    // A log that records no version at all (older than the record) uses the files.
    CHECK(due(expected_on(PlanRecord{}, other, ymd(2026, 11, 9), kToday)) == std::vector<std::string>{"y"});
}

TEST_CASE("a recorded schedule decides whether a past day was scheduled", "[record]") {
    Schedule weekdays;
    weekdays.weekdays = {true, true, true, true, true, false, false};
    PlanRecord record;
    record.versions["back"] = {{kEarliestDay, routine_of({"a"}, weekdays)}};
    const RoutineSnapshot daily = routine_of({"a"});
    const ExpectedDay saturday = expected_on(record, daily, ymd(2026, 11, 21), kToday);
    CHECK_FALSE(saturday.scheduled);
    CHECK(saturday.due.empty());
    CHECK(expected_on(record, daily, ymd(2026, 11, 28), kToday).scheduled);  // a future Saturday: the files
}

TEST_CASE("a pause is in force from its first day up to the day before it was resumed", "[record]") {
    PlanRecord record;
    record.pauses = {{"b", ymd(2026, 11, 10), ymd(2026, 11, 15), "hurt"}, {"c", ymd(2026, 11, 20), std::nullopt, ""}};
    const RoutineSnapshot current = routine_of({"a", "b", "c", "b"});
    CHECK(due(expected_on(record, current, ymd(2026, 11, 9), kToday)) == std::vector<std::string>{"a", "b", "c"});
    const ExpectedDay paused = expected_on(record, current, ymd(2026, 11, 10), kToday);
    CHECK(due(paused) == std::vector<std::string>{"a", "c"});
    REQUIRE(paused.paused.size() == 1);  // named twice in the routine, paused once
    CHECK(paused.paused[0]->reason == "hurt");
    CHECK(due(expected_on(record, current, ymd(2026, 11, 14), kToday)) == std::vector<std::string>{"a", "c"});
    CHECK(due(expected_on(record, current, ymd(2026, 11, 15), kToday)) == std::vector<std::string>{"a", "b", "c"});
    CHECK(due(expected_on(record, current, ymd(2026, 12, 25), kToday)) == std::vector<std::string>{"a", "b"});
    CHECK(record.open_pause("c") == &record.pauses[1]);
    CHECK_FALSE(record.open_pause("b"));
}

TEST_CASE("pausing every stretch leaves nothing due on a scheduled day", "[record]") {
    PlanRecord record;
    record.pauses = {{"a", ymd(2026, 11, 1), std::nullopt, ""}, {"b", ymd(2026, 11, 1), std::nullopt, ""}};
    const ExpectedDay day = expected_on(record, routine_of({"a", "b"}), kToday, kToday);
    CHECK(day.scheduled);
    CHECK(day.due.empty());
    CHECK(day.paused.size() == 2);
}

TEST_CASE("a skip belongs to its day only, with its reason", "[record]") {
    PlanRecord record;
    record.skips = {{ymd(2026, 11, 24), "travel"}, {ymd(2026, 11, 25), ""}};
    const RoutineSnapshot current = routine_of({"a"});
    const ExpectedDay skipped = expected_on(record, current, ymd(2026, 11, 24), kToday);
    CHECK(skipped.skip_reason == "travel");
    CHECK(due(skipped) == std::vector<std::string>{"a"});  // skipped days still say what the plan was
    CHECK(expected_on(record, current, ymd(2026, 11, 25), kToday).skipped());
    CHECK_FALSE(expected_on(record, current, kToday, kToday).skipped());
    CHECK(record.first_day() == ymd(2026, 11, 24));
}

TEST_CASE("stop-zone pain pauses from the next day, never from a day before today", "[record][pain]") {
    const PlanRecord none;
    const auto today_log = pause_for_pain("bridge", 6, kToday, kToday, 6, none, "pain 6/10");
    REQUIRE(today_log);
    CHECK(today_log->first_day == ymd(2026, 11, 24));
    CHECK_FALSE(today_log->resumed_on);
    CHECK(today_log->reason == "pain 6/10");
    CHECK(pause_for_pain("bridge", 9, ymd(2026, 11, 22), kToday, 6, none, "")->first_day == kToday);
    CHECK(pause_for_pain("bridge", 9, ymd(2026, 11, 10), kToday, 6, none, "")->first_day == kToday);
    CHECK_FALSE(pause_for_pain("bridge", 5, kToday, kToday, 6, none, ""));
    CHECK(pause_for_pain("bridge", 5, kToday, kToday, 5, none, ""));
    PlanRecord paused;
    paused.pauses.push_back({"bridge", ymd(2026, 11, 20), std::nullopt, ""});
    CHECK_FALSE(pause_for_pain("bridge", 9, kToday, kToday, 6, paused, ""));
    CHECK(pause_for_pain("hip", 9, kToday, kToday, 6, paused, ""));
}

TEST_CASE("the day a log has reached is its newest entry's, or the day before its newest change takes effect",
          "[record]") {
    CHECK_FALSE(latest_day_reached(PlanRecord{}, std::nullopt));
    PlanRecord record;
    record.versions["back"] = {{kEarliestDay, routine_of({"a"})}, {ymd(2026, 11, 20), routine_of({"b"})}};
    // A version effective on the 20th was made on the 19th at the latest.
    CHECK(latest_day_reached(record, std::nullopt) == ymd(2026, 11, 19));
    CHECK(latest_day_reached(record, ymd(2026, 11, 18)) == ymd(2026, 11, 19));
    CHECK(latest_day_reached(record, ymd(2026, 11, 22)) == ymd(2026, 11, 22));
    // Only the newest version of each routine counts, and pauses and resumes
    // count like versions.
    record.pauses.push_back(Pause{"a", ymd(2026, 11, 24), ymd(2026, 11, 26), ""});
    CHECK(latest_day_reached(record, ymd(2026, 11, 22)) == ymd(2026, 11, 25));
    record.pauses.back().resumed_on.reset();
    CHECK(latest_day_reached(record, ymd(2026, 11, 22)) == ymd(2026, 11, 23));
    // A skip may be for any later day: it says nothing of the clock.
    record.skips[ymd(2026, 12, 31)] = "travel";
    CHECK(latest_day_reached(record, ymd(2026, 11, 22)) == ymd(2026, 11, 23));
}

TEST_CASE("the log's today is the clock's, or a later day the log has reached", "[record]") {
    CHECK(log_today(ymd(2026, 3, 5), std::nullopt) == ymd(2026, 3, 5));
    CHECK(log_today(ymd(2026, 3, 5), ymd(2026, 3, 4)) == ymd(2026, 3, 5));
    CHECK(log_today(ymd(2026, 3, 5), ymd(2026, 3, 5)) == ymd(2026, 3, 5));
    CHECK(log_today(ymd(2026, 3, 5), ymd(2026, 3, 6)) == ymd(2026, 3, 6));
}
