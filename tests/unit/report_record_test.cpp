// Reports judged by the plan of record: skipped, gentle and paused days are
// never missed, streaks pass over them, and a routine change never rewrites
// an earlier day.

#include <algorithm>

#include <catch2/catch.hpp>

#include "unit/report_fixtures.h"

using namespace stretch;
using namespace report_test;
using test::ymd;

namespace {

constexpr DayStatus K = DayStatus::skipped, G = DayStatus::gentle, Z = DayStatus::paused;

/// The sample routine (bridge, cat-cow) with `record` and an optional gentle
/// routine of cat-cow alone.
Report report_with(const PlanRecord& record, const History& history, DateRange range, Date today,
                   bool with_gentle = false, const Routine& routine = sample_routine()) {
    const Catalog catalog = sample_catalog();
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    RoutineSnapshot gentle{"gentle", "Gentle", "", Schedule{}, {{"cat-cow", Dose{}}}, true, std::nullopt, std::nullopt};
    return build_report(ReportSources{catalog, current, with_gentle ? &gentle : nullptr, record, history}, range, today, 0);
}

}  // namespace

TEST_CASE("to_text names the statuses of the plan of record", "[report][record]") {
    CHECK(to_text(K) == "skipped");
    CHECK(to_text(G) == "gentle");
    CHECK(to_text(Z) == "paused");
}

TEST_CASE("skipped days are not missed and keep the streak", "[report][record]") {
    // Mon-Wed complete, Thu-Sat skipped (nothing done), Sun complete.
    History history;
    log_complete_days(history, kMon, ymd(2026, 11, 18));
    log_complete(history, kSun);
    PlanRecord record;
    for (unsigned d : {19u, 20u, 21u}) record.skips[ymd(2026, 11, d)] = "flu";
    const Report r = report_with(record, history, kWeek, kSun);
    CHECK(statuses(r) == std::vector{C, C, C, K, K, K, C});
    CHECK(r.counted_days == 4);
    CHECK(r.missed_days == 0);
    CHECK(r.skipped_days == 3);
    CHECK(*r.consistency == Approx(1.0));
    CHECK(r.current_streak == 4);  // skipped days neither break nor extend it
    CHECK(r.longest_streak == 4);

    // Without the skips the same log breaks the streak.
    const Report unskipped = report_with({}, history, kWeek, kSun);
    CHECK(unskipped.missed_days == 3);
    CHECK(unskipped.current_streak == 1);
}

TEST_CASE("a skip on a day the routine does not run leaves it unscheduled", "[report][record]") {
    // Mon, Wed, Fri, all done; a skip on Tuesday is kept for a routine that
    // runs then, and is not one of this routine's days.
    Schedule mon_wed_fri;
    mon_wed_fri.weekdays = {true, false, true, false, true, false, false};
    History history;
    for (Date day : {kMon, ymd(2026, 11, 18), ymd(2026, 11, 20)}) log_complete(history, day);
    PlanRecord record;
    record.skips[ymd(2026, 11, 17)] = "";
    const Report r = report_with(record, history, kWeek, kSun, false, sample_routine(mon_wed_fri));
    CHECK(statuses(r) == std::vector{C, N, C, N, C, N, N});
    CHECK(r.skipped_days == 0);
    CHECK(r.counted_days == 3);
    CHECK(r.current_streak == 3);
}

TEST_CASE("a skipped day that was completed anyway is complete, today skipped is not pending", "[report][record]") {
    History history;
    log_complete(history, kMon);
    PlanRecord record;
    record.skips[kMon] = "";
    record.skips[kThu] = "";
    const Report r = report_with(record, history, {kMon, kThu}, kThu);
    CHECK(statuses(r) == std::vector{C, M, M, K});
}

TEST_CASE("a paused stretch is not planned, missed or needed for a complete day", "[report][record]") {
    // cat-cow paused from Thursday: Thu-Sun only bridge is due, and done.
    History history;
    log_complete_days(history, kMon, ymd(2026, 11, 18));
    for (Date day = kThu; day <= kSun; day = add_days(day, 1)) history.push_back(stretch_entry(day, "bridge"));
    PlanRecord record;
    record.pauses.push_back({"cat-cow", kThu, std::nullopt, "pain 7/10"});
    const Report r = report_with(record, history, kWeek, kSun);
    CHECK(statuses(r) == std::vector{C, C, C, C, C, C, C});
    CHECK(r.stretches_planned == 3 * 2 + 4 * 1);
    CHECK(r.current_streak == 7);
    CHECK(r.days[3].planned == 1);
    CHECK(r.days[3].paused == std::vector<std::string>{"cat-cow"});
    CHECK(r.days[2].paused.empty());
    REQUIRE(r.stretches.size() == 2);
    CHECK(r.stretches[1].exercise_id == "cat-cow");
    CHECK(r.stretches[1].days_planned == 3);
    CHECK(r.stretches[1].days_paused == 4);

    // A skipped day within the pause is still a day it was paused, as the days' own lists say.
    const Date sat = add_days(kSun, -1);
    record.skips[sat] = "rest";
    history.erase(std::remove_if(history.begin(), history.end(), [&](const Entry& e) { return e.day == sat; }),
                  history.end());
    const Report skipped = report_with(record, history, kWeek, kSun);
    CHECK(statuses(skipped) == std::vector{C, C, C, C, C, K, C});
    CHECK(skipped.days[5].paused == std::vector<std::string>{"cat-cow"});
    CHECK(skipped.stretches[1].days_paused == 4);
}

TEST_CASE("a stretch is done out of the days it was planned, never a day it was paused", "[report][record]") {
    // Monday both were done, then cat-cow was paused that same day; Tuesday it
    // was due again and only bridge was done.
    History history;
    log_complete(history, kMon);
    const Date tue = add_days(kMon, 1);
    history.push_back(stretch_entry(tue, "bridge"));
    PlanRecord record;
    record.pauses.push_back({"cat-cow", kMon, tue, "pain 7/10"});
    const Report r = report_with(record, history, {kMon, tue}, kSun);
    CHECK(statuses(r) == std::vector{C, P});
    REQUIRE(r.stretches.size() == 2);
    const StretchSummary& cat_cow = r.stretches[1];
    CHECK(cat_cow.exercise_id == "cat-cow");
    CHECK(cat_cow.days_planned == 1);
    CHECK(cat_cow.days_done == 0);    // Tuesday, the one day it was asked for, it was not done
    CHECK(cat_cow.total_reps == 10);  // what was done on Monday still counts
    CHECK(r.stretches[0].days_done == 2);
    CHECK(r.stretches[0].days_planned == 2);

    // Paused all along and done anyway: no day asked for it, so none is done.
    PlanRecord paused_before;
    paused_before.pauses.push_back({"cat-cow", add_days(kMon, -7), std::nullopt, "pain 7/10"});
    const Report all_along = report_with(paused_before, history, {kMon, tue}, kSun);
    REQUIRE(all_along.stretches.size() == 2);
    CHECK(all_along.stretches[1].exercise_id == "cat-cow");
    CHECK(all_along.stretches[1].days_planned == 0);
    CHECK(all_along.stretches[1].days_done == 0);
    CHECK(all_along.stretches[1].total_reps == 10);

    // Every stretch done and then paused the same day: the day planned them all.
    PlanRecord all_paused;
    all_paused.pauses.push_back({"bridge", kMon, tue, ""});
    all_paused.pauses.push_back({"cat-cow", kMon, tue, ""});
    const Report both = report_with(all_paused, history, {kMon, kMon}, kSun);
    CHECK(statuses(both) == std::vector{C});
    for (const StretchSummary& s : both.stretches) {
        CHECK(s.days_done == 1);
        CHECK(s.days_planned == 1);
    }
}

TEST_CASE("with every stretch paused nothing is due, and the streak waits", "[report][record]") {
    History history;
    log_complete(history, kMon);
    log_complete(history, kSun);
    PlanRecord record;
    record.pauses.push_back({"bridge", ymd(2026, 11, 17), kSun, ""});
    record.pauses.push_back({"cat-cow", ymd(2026, 11, 17), kSun, ""});
    const Report r = report_with(record, history, kWeek, kSun);
    CHECK(statuses(r) == std::vector{C, Z, Z, Z, Z, Z, C});
    CHECK(r.paused_days == 5);
    CHECK(r.counted_days == 2);
    CHECK(r.current_streak == 2);
}

TEST_CASE("a day on the gentle routine is not missed and keeps the streak", "[report][record]") {
    // Mon, Tue complete; Wed only the gentle routine's cat-cow; Thu nothing.
    History history;
    log_complete_days(history, kMon, ymd(2026, 11, 17));
    history.push_back(stretch_entry(ymd(2026, 11, 18), "cat-cow"));
    log_complete(history, ymd(2026, 11, 20));
    const DateRange range{kMon, ymd(2026, 11, 20)};
    const Report r = report_with({}, history, range, ymd(2026, 11, 20), true);
    CHECK(statuses(r) == std::vector{C, C, G, M, C});
    CHECK(r.gentle_days == 1);
    CHECK(r.counted_days == 4);
    CHECK(r.longest_streak == 2);
    // Without a gentle routine Wednesday is partial.
    CHECK(statuses(report_with({}, history, range, ymd(2026, 11, 20))) == std::vector{C, C, P, M, C});
}

TEST_CASE("a shorter routine in the files never rewrites days judged by the longer one", "[report][record]") {
    // Mon-Sat only bridge was done. The routine then (recorded) was bridge alone;
    // today's files add cat-cow. The past keeps its plan.
    History history;
    for (Date day = kMon; day < kSun; day = add_days(day, 1)) history.push_back(stretch_entry(day, "bridge"));
    Routine bridge_only = sample_routine();
    bridge_only.steps.resize(1);
    PlanRecord record;
    record.versions["back"] = {{kEarliestDay, snapshot_of(sample_catalog(), bridge_only)}};
    const Report judged = report_with(record, history, kWeek, kSun);
    CHECK(statuses(judged) == std::vector{C, C, C, C, C, C, T});
    CHECK(judged.current_streak == 6);
    CHECK(judged.days[6].planned == 2);  // today follows the files

    const Report by_files = report_with({}, history, kWeek, kSun);
    CHECK(statuses(by_files) == std::vector{P, P, P, P, P, P, T});
}

TEST_CASE("gentle_kept: every stretch the gentle routine's plan of record asked for that day", "[report][record]") {
    const Date kWed = ymd(2026, 11, 18);
    RoutineSnapshot gentle{"gentle", "Gentle", "", Schedule{}, {{"cat-cow", Dose{}}, {"bridge", Dose{}}}, true,
                           std::nullopt, std::nullopt};
    const auto log_of = [&](std::vector<std::string> done) {
        DayLog log;
        log.clear(kWed);
        for (auto& id : done) log.stretches.push_back({std::move(id)});
        return log;
    };
    PlanRecord record;
    CHECK_FALSE(gentle_kept(record, gentle, "back", kWed, kSun, log_of({"cat-cow"})));
    CHECK(gentle_kept(record, gentle, "back", kWed, kSun, log_of({"bridge", "cat-cow"})));
    CHECK_FALSE(gentle_kept(record, gentle, "back", kWed, kSun, log_of({})));

    // A paused stretch is not asked for; with both paused, nothing was, and
    // a day that asked for nothing was not kept by it.
    record.pauses.push_back({"cat-cow", kMon, std::nullopt, "pain 7/10"});
    CHECK(gentle_kept(record, gentle, "back", kWed, kSun, log_of({"bridge"})));
    record.pauses.push_back({"bridge", kMon, std::nullopt, "pain 7/10"});
    CHECK_FALSE(gentle_kept(record, gentle, "back", kWed, kSun, log_of({"bridge", "cat-cow"})));

    // A weekday the gentle routine does not run on asks for nothing.
    record.pauses.clear();
    gentle.days.weekdays = {true, false, false, false, false, false, false};  // Mondays only
    CHECK_FALSE(gentle_kept(record, gentle, "back", kWed, kSun, log_of({"bridge", "cat-cow"})));
    CHECK(gentle_kept(record, gentle, "back", kMon, kSun, log_of({"bridge", "cat-cow"})));
    // The gentle routine's own days are its own, never kept in place of it.
    CHECK_FALSE(gentle_kept(record, gentle, "gentle", kMon, kSun, log_of({"bridge", "cat-cow"})));
}
