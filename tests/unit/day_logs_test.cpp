// The kept day logs follow the first day of use as it moves: a skip before
// it (as an import can bring) adds the days in between, and removing it
// drops the rows before the new first day, so that they never lie about
// which days are kept.

#include <catch2/catch.hpp>

#include "cli/day_summaries.h"
#include "routines/loader.h"
#include "store/store.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

TEST_CASE("the kept day logs run from the first day of use to yesterday as it moves", "[day-logs]") {
    const Catalog catalog = load_catalog({STRETCH_ROUTINES_SOURCE});
    Store store = Store::in_memory();
    const Date today = ymd(2026, 3, 20);
    store.before_commit([&](Store& changed) { refresh_day_summaries(changed, catalog, today); });
    const auto span = [&] {
        const auto kept = store.kept_day_log_span();
        return kept ? to_iso(kept->first) + ".." + to_iso(kept->last) : std::string("none");
    };

    Entry bridge;
    bridge.uuid = "00000000-0000-4000-8000-000000000001";
    bridge.logged_at = "2026-03-10T08:00:00Z";
    bridge.day = ymd(2026, 3, 10);
    bridge.kind = EntryKind::stretch;
    bridge.exercise = "bridge";
    bridge.reps = 8;
    store.atomically([&] { store.add({bridge}); });
    CHECK(span() == "2026-03-10..2026-03-19");

    store.atomically([&] { store.add_skips({ymd(2026, 3, 5)}, "rest", "2026-03-20T08:00:00Z"); });
    CHECK(span() == "2026-03-05..2026-03-19");

    store.atomically([&] { store.remove_skips(DateRange{ymd(2026, 3, 5), ymd(2026, 3, 5)}); });
    CHECK(span() == "2026-03-10..2026-03-19");

    // A day logged late clears the rows from its day on; the same write
    // keeps them again, and the days read back include it.
    bridge.uuid = "00000000-0000-4000-8000-000000000002";
    bridge.day = ymd(2026, 3, 15);
    store.atomically([&] { store.add({bridge}); });
    CHECK(span() == "2026-03-10..2026-03-19");
    const auto days = store.kept_day_logs(DateRange{ymd(2026, 3, 1), ymd(2026, 3, 19)}, ymd(2026, 3, 10), today);
    std::string logged;
    DayLog day;
    while (days->next(day))
        for (const StretchDay& stretch : day.stretches)
            logged += to_iso(day.day) + " " + stretch.exercise + " " + std::to_string(stretch.reps) + "; ";
    CHECK(logged == "2026-03-10 bridge 8; 2026-03-15 bridge 8; ");
}
