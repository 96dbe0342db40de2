#include <catch2/catch.hpp>

#include "unit/report_fixtures.h"

using namespace stretch;
using namespace report_test;
using test::ymd;

TEST_CASE("to_text names every day status", "[report]") {
    CHECK(to_text(C) == "complete");
    CHECK(to_text(P) == "partial");
    CHECK(to_text(M) == "missed");
    CHECK(to_text(N) == "not-scheduled");
    CHECK(to_text(T) == "pending");
    CHECK(to_text(F) == "future");
    CHECK(to_text(S) == "not-started");
}

TEST_CASE("a perfect week", "[report]") {
    History history;
    log_complete_days(history, kMon, kSun);
    const Report r = report_for(history, kWeek, kSun);

    // 7 days x 2 distinct stretches (bridge is named twice), all logged at 10 reps.
    CHECK(r.routine_id == "back");
    CHECK(r.routine_name == "Back care");
    CHECK(r.today == kSun);
    REQUIRE(r.days.size() == 7);
    for (const DayResult& day : r.days) {
        CHECK(day.status == C);
        CHECK(day.planned == 2);
        CHECK(day.done == 2);
        CHECK_FALSE(day.pain);
    }
    CHECK(r.days.back().day == kSun);
    CHECK(r.counted_days == 7);
    CHECK(r.complete_days == 7);
    CHECK(r.partial_days + r.missed_days == 0);
    REQUIRE(r.consistency);
    CHECK(*r.consistency == Approx(1.0));
    CHECK(r.stretches_done == 14);
    CHECK(r.stretches_planned == 14);
    CHECK(r.current_streak == 7);
    CHECK(r.longest_streak == 7);

    REQUIRE(r.stretches.size() == 2);
    CHECK(r.stretches[0].exercise_id == "bridge");
    CHECK(r.stretches[0].name == "Bridge");
    CHECK(r.stretches[1].exercise_id == "cat-cow");
    for (const StretchSummary& s : r.stretches) {
        CHECK(s.days_done == 7);
        CHECK(s.days_planned == 7);
        CHECK(s.total_reps == 70);
        CHECK_FALSE(s.mean_pain);
    }

    REQUIRE(r.weeks.size() == 1);
    CHECK(r.weeks[0].start == kMon);
    CHECK(r.weeks[0].counted_days == 7);
    CHECK(r.weeks[0].complete_days == 7);
    CHECK(*r.weeks[0].consistency == Approx(1.0));
    CHECK_FALSE(r.weeks[0].mean_pain);

    // Weeks from Sunday: Sun 15 (Mon-Sat in range, 6 days) and Sun 22 (1 day).
    const Report sunday_weeks = build_report(sample_catalog(), sample_routine(), history, kWeek, kSun, 6);
    REQUIRE(sunday_weeks.weeks.size() == 2);
    CHECK(sunday_weeks.weeks[0].start == ymd(2026, 11, 15));
    CHECK(sunday_weeks.weeks[0].counted_days == 6);
    CHECK(sunday_weeks.weeks[1].start == kSun);
    CHECK(sunday_weeks.weeks[1].counted_days == 1);
}

TEST_CASE("an empty history", "[report]") {
    SECTION("nothing was logged yet, so no day is missed: they are not started") {
        const Report r = report_for({}, kWeek, ymd(2026, 11, 23));  // today is the Monday after
        CHECK(statuses(r) == std::vector{S, S, S, S, S, S, S});
        CHECK(r.counted_days == 0);
        CHECK(r.missed_days == 0);
        CHECK_FALSE(r.consistency);
        CHECK(r.stretches_done == 0);
        CHECK(r.stretches_planned == 0);
        CHECK(r.current_streak == 0);
        CHECK(r.longest_streak == 0);
        REQUIRE(r.stretches.size() == 2);  // the routine's, even when never logged
        CHECK(r.stretches[1].days_done == 0);
        CHECK(r.stretches[1].days_planned == 0);
        CHECK(r.pain.count == 0);
        CHECK_FALSE(r.pain.mean);
        CHECK_FALSE(r.pain.lowest);
        CHECK_FALSE(r.pain.first_week_mean);
        CHECK_FALSE(r.pain.meaningful);
    }
    SECTION("a range entirely after today has nothing to count") {
        const Report r = report_for({}, kWeek, ymd(2026, 11, 15));
        CHECK(statuses(r) == std::vector{F, F, F, F, F, F, F});
        CHECK(r.counted_days == 0);
        CHECK_FALSE(r.consistency);
        REQUIRE(r.weeks.size() == 1);
        CHECK_FALSE(r.weeks[0].consistency);
    }
}

TEST_CASE("a week with gaps: partial and missed days", "[report]") {
    History history;
    log_complete(history, kMon);
    history.push_back(stretch_entry(ymd(2026, 11, 17), "bridge"));
    log_complete(history, kThu);
    history.push_back(stretch_entry(ymd(2026, 11, 20), "cat-cow"));
    log_complete(history, kSun);
    const Report r = report_for(history, kWeek, kSun);

    // Mon C, Tue P, Wed M, Thu C, Fri P, Sat M, Sun C: 3 of 7; done 2+1+0+2+1+0+2 = 8 of 14.
    CHECK(statuses(r) == std::vector{C, P, M, C, P, M, C});
    CHECK(r.days[1].done == 1);
    CHECK(r.days[2].done == 0);
    CHECK(r.complete_days == 3);
    CHECK(r.partial_days == 2);
    CHECK(r.missed_days == 2);
    CHECK(*r.consistency == Approx(3.0 / 7));
    CHECK(r.stretches_done == 8);
    CHECK(r.stretches_planned == 14);
    CHECK(r.current_streak == 1);  // Sunday; Saturday was missed
    CHECK(r.longest_streak == 1);
    CHECK(r.stretches[0].days_done == 4);  // bridge: Mon, Tue, Thu, Sun
    CHECK(r.stretches[1].days_done == 4);  // cat-cow: Mon, Thu, Fri, Sun
}

TEST_CASE("a mon/wed/fri routine: other days neither count nor break streaks", "[report]") {
    // Sun 15 .. Sun 29 (two weeks and the Sunday before), today Sun 29.
    const DateRange range{ymd(2026, 11, 15), ymd(2026, 11, 29)};
    const auto history_without = [](std::optional<unsigned> skipped_day) {
        History history;
        for (unsigned d : {16u, 18u, 20u, 23u, 25u, 27u})
            if (d != skipped_day) log_complete(history, ymd(2026, 11, d));
        history.push_back(stretch_entry(ymd(2026, 11, 17), "bridge"));  // a Tuesday: not counted
        // One score a week; the first week (only Sunday 15 in range) counts no days.
        for (auto [day, score] : {std::pair{15u, 5}, {16u, 3}, {23u, 7}})
            history.push_back(pain_entry(ymd(2026, 11, day), score));
        return history;
    };

    SECTION("every scheduled day complete") {
        const Report r = report_for(history_without(std::nullopt), range, ymd(2026, 11, 29), mon_wed_fri());
        CHECK(statuses(r) == std::vector{N, C, N, C, N, C, N, N, C, N, C, N, C, N, N});
        CHECK(r.days[2].planned == 0);
        CHECK(r.days[2].done == 0);
        CHECK(r.counted_days == 6);
        CHECK(r.complete_days == 6);
        CHECK(r.current_streak == 6);
        CHECK(r.longest_streak == 6);
        // Tuesday's bridge is not on a counted day, so it is no day done,
        // but its reps are reps done.
        CHECK(r.stretches[0].days_done == 6);
        CHECK(r.stretches[0].total_reps == 70);
        // Week of Mon 9 clipped to Sunday 15: nothing counted, one score.
        REQUIRE(r.weeks.size() == 3);
        CHECK(r.weeks[0].start == ymd(2026, 11, 9));
        CHECK(r.weeks[0].counted_days == 0);
        CHECK_FALSE(r.weeks[0].consistency);
        CHECK(r.weeks[0].pain_scores == 1);
        CHECK(r.weeks[1].counted_days == 3);
        CHECK(r.weeks[2].counted_days == 3);
        // The first week has scores, so it is the first week (5 -> 7).
        CHECK(*r.pain.first_week_mean == Approx(5.0));
        CHECK(*r.pain.change == Approx(2.0));
        // Weeks 2 and 3 are both adherent: no other weeks, no comparison.
        CHECK_FALSE(r.pain.adherent_weeks_mean);
        CHECK(r.pain.adherent_weeks == 0);
    }
    SECTION("a missed Wednesday breaks the run") {
        // 16 18 20 23 complete (4), 25 missed, 27 complete (1).
        const Report r = report_for(history_without(25), range, ymd(2026, 11, 29), mon_wed_fri());
        CHECK(r.days[10].status == M);
        CHECK(r.complete_days == 5);
        CHECK(r.missed_days == 1);
        CHECK(r.current_streak == 1);
        CHECK(r.longest_streak == 4);
        // Week 2 (3/3) is adherent, week 3 (2/3) is not; week 1 has no consistency: left out.
        CHECK(r.pain.adherent_weeks == 1);
        CHECK(*r.pain.adherent_weeks_mean == Approx(3.0));
        CHECK(r.pain.other_weeks == 1);
        CHECK(*r.pain.other_weeks_mean == Approx(7.0));
    }
}

TEST_CASE("streaks across a month and a year boundary", "[report]") {
    SECTION("November into December, begun before the range") {
        History history;
        log_complete_days(history, ymd(2026, 11, 25), ymd(2026, 12, 3));
        const Report r = report_for(history, {ymd(2026, 11, 28), ymd(2026, 12, 3)}, ymd(2026, 12, 3));
        CHECK(r.counted_days == 6);
        CHECK(r.current_streak == 9);  // Nov 25 .. Dec 3
        CHECK(r.longest_streak == 9);
        REQUIRE(r.weeks.size() == 2);  // Mon Nov 23 (Sat 28, Sun 29) and Mon Nov 30 (4 days)
        CHECK(r.weeks[0].start == ymd(2026, 11, 23));
        CHECK(r.weeks[0].counted_days == 2);
        CHECK(r.weeks[1].start == ymd(2026, 11, 30));
        CHECK(r.weeks[1].counted_days == 4);
    }
    SECTION("2026-12-29 .. 2027-01-03") {
        History history;
        log_complete_days(history, ymd(2026, 12, 29), ymd(2027, 1, 3));
        const Report r = report_for(history, {ymd(2026, 12, 29), ymd(2027, 1, 3)}, ymd(2027, 1, 3));
        REQUIRE(r.days.size() == 6);
        CHECK(r.days[3].day == ymd(2027, 1, 1));
        CHECK(r.complete_days == 6);
        CHECK(r.current_streak == 6);
        CHECK(r.longest_streak == 6);
        REQUIRE(r.weeks.size() == 1);
        CHECK(r.weeks[0].start == ymd(2026, 12, 28));  // the Monday before the range
        CHECK(r.weeks[0].counted_days == 6);
    }
}

TEST_CASE("29 February in a leap year", "[report]") {
    const DateRange range{ymd(2028, 2, 28), ymd(2028, 3, 1)};  // Mon .. Wed
    History history;
    log_complete(history, ymd(2028, 2, 28));
    log_complete(history, ymd(2028, 3, 1));

    SECTION("complete on all three days") {
        log_complete(history, ymd(2028, 2, 29));
        const Report r = report_for(history, range, ymd(2028, 3, 1));
        REQUIRE(r.days.size() == 3);
        CHECK(r.days[1].day == ymd(2028, 2, 29));
        CHECK(r.current_streak == 3);
        REQUIRE(r.weeks.size() == 1);
        CHECK(r.weeks[0].counted_days == 3);
    }
    SECTION("29 February missed") {
        const Report r = report_for(history, range, ymd(2028, 3, 1));
        CHECK(statuses(r) == std::vector{C, M, C});
        CHECK(r.current_streak == 1);
        CHECK(r.longest_streak == 1);
    }
}

TEST_CASE("a range that ends in the future", "[report]") {
    // Today is Thursday: Mon-Wed complete, Thursday has bridge only so far.
    History history;
    log_complete_days(history, kMon, ymd(2026, 11, 18));
    history.push_back(stretch_entry(kThu, "bridge"));

    SECTION("today incomplete is pending and not counted") {
        const Report r = report_for(history, kWeek, kThu);
        CHECK(statuses(r) == std::vector{C, C, C, T, F, F, F});
        CHECK(r.days[3].done == 1);
        CHECK(r.days[4].planned == 2);  // the routine still plans future days
        CHECK(r.counted_days == 3);
        CHECK(r.missed_days == 0);
        CHECK(*r.consistency == Approx(1.0));
        CHECK(r.stretches_planned == 6);
        CHECK(r.current_streak == 3);
        // In the table of stretches, today's bridge counts at once; cat-cow,
        // not done yet, is not counted against today before it is over.
        CHECK(r.stretches[0].days_done == 4);
        CHECK(r.stretches[0].days_planned == 4);
        CHECK(r.stretches[0].total_reps == 40);
        CHECK(r.stretches[1].days_done == 3);
        CHECK(r.stretches[1].days_planned == 3);
        CHECK(r.weeks[0].counted_days == 3);
    }
    SECTION("today complete counts") {
        history.push_back(stretch_entry(kThu, "cat-cow"));
        const Report r = report_for(history, kWeek, kThu);
        CHECK(statuses(r) == std::vector{C, C, C, C, F, F, F});
        CHECK(r.counted_days == 4);
        CHECK(r.current_streak == 4);
        CHECK(r.stretches[0].days_done == 4);
        CHECK(r.stretches[0].total_reps == 40);
    }
    SECTION("unscheduled future days are future too") {
        const Report r = report_for(history, kWeek, kThu, mon_wed_fri());
        CHECK(statuses(r) == std::vector{C, N, C, N, F, F, F});
        CHECK(r.days[5].planned == 0);
        CHECK(r.current_streak == 2);
    }
}

TEST_CASE("a stretch logged twice on a day counts once, its reps are summed", "[report]") {
    const History history{stretch_entry(kSun, "bridge", 10), stretch_entry(kSun, "bridge", 12),
                          stretch_entry(kSun, "cat-cow", 5)};
    const Report r = report_for(history, {kSun, kSun}, kSun);
    CHECK(r.days[0].status == C);
    CHECK(r.days[0].done == 2);
    CHECK(r.stretches_done == 2);
    CHECK(r.stretches[0].days_done == 1);
    CHECK(r.stretches[0].total_reps == 22);
    CHECK(r.stretches[1].total_reps == 5);
}

TEST_CASE("current streak with today incomplete or complete", "[report]") {
    History history;
    log_complete_days(history, ymd(2026, 11, 18), ymd(2026, 11, 21));  // Wed .. Sat

    SECTION("nothing yet today: the run up to yesterday stands") {
        const Report r = report_for(history, kWeek, kSun);
        CHECK(r.days[6].status == T);
        CHECK(statuses(r) == std::vector{S, S, C, C, C, C, T});  // the log starts on Wednesday
        CHECK(r.counted_days == 4);
        CHECK(r.current_streak == 4);
        CHECK(r.longest_streak == 4);
    }
    SECTION("part of today done: still pending") {
        history.push_back(stretch_entry(kSun, "cat-cow"));
        const Report r = report_for(history, kWeek, kSun);
        CHECK(r.days[6].status == T);
        CHECK(r.current_streak == 4);
    }
    SECTION("today complete extends it") {
        log_complete(history, kSun);
        const Report r = report_for(history, kWeek, kSun);
        CHECK(r.counted_days == 5);
        CHECK(r.current_streak == 5);
        CHECK(r.longest_streak == 5);
    }
    SECTION("a range in the past ends the streak at its last day") {
        log_complete(history, kSun);  // after the range: ignored
        const Report r = report_for(history, {kMon, ymd(2026, 11, 20)}, kSun);
        CHECK(r.current_streak == 3);  // Wed 18 .. Fri 20
        CHECK(r.longest_streak == 3);
    }
    SECTION("yesterday missed: no current streak") {
        const Report r = report_for(history, {kMon, ymd(2026, 11, 23)}, ymd(2026, 11, 23));
        CHECK(r.days[6].status == M);  // Sunday 22
        CHECK(r.current_streak == 0);
        CHECK(r.longest_streak == 4);
    }
}

TEST_CASE("the longest streak can lie before the range", "[report]") {
    History history;
    log_complete_days(history, ymd(2026, 10, 1), ymd(2026, 10, 10));  // 10 days
    log_complete(history, ymd(2026, 11, 20));
    log_complete(history, kSun);
    const Report r = report_for(history, kWeek, kSun);
    CHECK(r.longest_streak == 10);
    CHECK(r.current_streak == 1);  // Sat 21 missed
    CHECK(r.counted_days == 7);
    CHECK(r.complete_days == 2);
    CHECK(r.stretches[0].days_done == 2);  // October is outside the range
}
