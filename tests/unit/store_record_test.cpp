// The store's plan of record on a :memory: database: routine versions are
// recorded only when they change, pauses end or vanish on resume, skips are
// added and removed by day.

#include <catch2/catch.hpp>

#include "store/store.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

RoutineSnapshot routine_of(std::initializer_list<const char*> ids) {
    RoutineSnapshot routine{"back", "Back", "For the back", Schedule{}, {}, true, std::nullopt, std::nullopt};
    routine.days.weekdays = {true, false, true, false, true, false, false};
    for (const char* id : ids)
        routine.steps.push_back({id, Dose{{8, 12}, true, Range{20, 30}, Sides::each, "leg"}});
    return routine;
}

}  // namespace

TEST_CASE("store: a routine version is recorded when it changes, and read back whole", "[store][record]") {
    Store store = Store::in_memory();
    store.record_routines({routine_of({"bridge", "hip"})}, ymd(2026, 11, 20), "2026-11-20T08:00:00Z");
    store.record_routines({routine_of({"bridge", "hip"})}, ymd(2026, 11, 21), "2026-11-21T08:00:00Z");
    store.record_routines({routine_of({"bridge"})}, ymd(2026, 11, 22), "2026-11-22T08:00:00Z");
    store.record_routines({routine_of({"hip"})}, ymd(2026, 11, 22), "2026-11-22T09:00:00Z");  // same day: replaced

    const PlanRecord record = store.plan_record();
    REQUIRE(record.versions.at("back").size() == 2);
    CHECK(record.versions.at("back")[0].effective == kEarliestDay);  // the first version stands for the past
    CHECK(record.versions.at("back")[0].routine() == routine_of({"bridge", "hip"}));
    CHECK(record.versions.at("back")[1].effective == ymd(2026, 11, 22));
    CHECK(record.versions.at("back")[1].routine() == routine_of({"hip"}));
}

TEST_CASE("store: resume ends an open pause, or removes one not yet begun", "[store][record]") {
    Store store = Store::in_memory();
    store.add_pause({"bridge", ymd(2026, 11, 20), std::nullopt, "hurt"}, "t");
    store.add_pause({"hip", ymd(2026, 11, 23), std::nullopt, ""}, "t");
    CHECK(store.resume("bridge", ymd(2026, 11, 22), "2026-11-22T08:00:00Z"));
    CHECK(store.resume("hip", ymd(2026, 11, 22), "2026-11-22T08:00:00Z"));
    CHECK_FALSE(store.resume("bridge", ymd(2026, 11, 23), "2026-11-22T08:00:00Z"));
    const PlanRecord record = store.plan_record();
    REQUIRE(record.pauses.size() == 1);
    CHECK(record.pauses[0].exercise == "bridge");
    CHECK(record.pauses[0].resumed_on == ymd(2026, 11, 22));
    CHECK(record.pauses[0].reason == "hurt");
}

TEST_CASE("store: skips are added once per day and removed by range", "[store][record]") {
    Store store = Store::in_memory();
    const auto added = store.add_skips({ymd(2026, 11, 23), ymd(2026, 11, 24)}, "travel", "t");
    CHECK(added.size() == 2);
    CHECK(store.add_skips({ymd(2026, 11, 24), ymd(2026, 11, 25)}, "", "t") == std::vector{ymd(2026, 11, 25)});
    CHECK(store.first_day() == ymd(2026, 11, 23));
    CHECK(store.remove_skips({ymd(2026, 11, 24), ymd(2026, 11, 30)}) == std::vector{ymd(2026, 11, 24), ymd(2026, 11, 25)});
    const PlanRecord record = store.plan_record();
    REQUIRE(record.skips.size() == 1);
    CHECK(record.skips.at(ymd(2026, 11, 23)) == "travel");
}

TEST_CASE("store: a failed step inside atomically writes nothing", "[store][record]") {
    Store store = Store::in_memory();
    CHECK_THROWS_AS(store.atomically([&] {
        store.add_skips({ymd(2026, 11, 23)}, "", "t");
        throw Error(ErrorKind::usage, "refused");
    }),
                    Error);
    CHECK(store.plan_record().skips.empty());
}
