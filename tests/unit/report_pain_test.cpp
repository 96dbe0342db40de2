#include <catch2/catch.hpp>

#include "render/report_text.h"
#include "unit/report_fixtures.h"

using namespace stretch;
using namespace report_test;
using test::ymd;

TEST_CASE("pain: count, mean, range, weekly means and change", "[report]") {
    // Four weeks from Mon Oct 26. Week 2 (Nov 2): 8, 8 -> 8. Week 4 (Nov 16): 5, then 7 and 6 on
    // Nov 20 -> 18 / 3 = 6. Weeks 1 and 3 have none. All: 8+8+5+7+6 = 34 / 5 = 6.8.
    // 8 -> 6 is -2 points (-25%), but the first week has only 2 scores: too few to judge.
    const DateRange range{ymd(2026, 10, 26), kSun};
    const History history{
        pain_entry(ymd(2026, 10, 25), 1),                 // before the range
        pain_entry(ymd(2026, 11, 3), 8),          pain_entry(ymd(2026, 11, 5), 8),
        pain_entry(ymd(2026, 11, 17), 5),         pain_entry(ymd(2026, 11, 20), 7),
        pain_entry(ymd(2026, 11, 20), 6),
        stretch_entry(ymd(2026, 11, 17), "bridge", 10, 0),  // pain with a stretch: not a score
    };
    const Report r = report_for(history, range, kSun);
    CHECK(r.pain.count == 5);
    CHECK(*r.pain.mean == Approx(6.8));
    CHECK(r.pain.lowest == 5);
    CHECK(r.pain.highest == 8);
    CHECK(*r.days[25].pain == Approx(6.5));  // Nov 20
    CHECK_FALSE(r.days[0].pain);

    REQUIRE(r.weeks.size() == 4);
    CHECK(r.weeks[0].pain_scores == 0);
    CHECK_FALSE(r.weeks[0].mean_pain);
    CHECK(r.weeks[1].pain_scores == 2);
    CHECK(*r.weeks[1].mean_pain == Approx(8.0));
    CHECK_FALSE(r.weeks[2].mean_pain);
    CHECK(r.weeks[3].pain_scores == 3);
    CHECK(*r.weeks[3].mean_pain == Approx(6.0));

    CHECK(*r.pain.first_week_mean == Approx(8.0));
    CHECK(*r.pain.last_week_mean == Approx(6.0));
    CHECK(*r.pain.change == Approx(-2.0));
    CHECK(*r.pain.change_percent == Approx(-25.0));
    CHECK(r.pain.first_week_scores == 2);
    CHECK(r.pain.last_week_scores == 3);
    CHECK_FALSE(r.pain.meaningful.has_value());
    // Every week has consistency 0 (nothing done): no adherent weeks, no comparison.
    CHECK_FALSE(r.pain.adherent_weeks_mean);
    CHECK_FALSE(r.pain.other_weeks_mean);
    CHECK(r.pain.other_weeks == 0);
}

TEST_CASE("pain: when a change is meaningful", "[report]") {
    // Scores on Mon Nov 9 (first week) and Mon Nov 16 (last week), each given
    // three times: the means stay the same and each week has enough to judge.
    const auto pain_change = [](std::vector<int> first_week, std::vector<int> last_week) {
        History history;
        for (int i = 0; i < kMinScoresToJudge; ++i) {
            for (int score : first_week) history.push_back(pain_entry(ymd(2026, 11, 9), score));
            for (int score : last_week) history.push_back(pain_entry(kMon, score));
        }
        return report_for(history, {ymd(2026, 11, 9), kSun}, kSun).pain;
    };
    SECTION("2 -> 1.5: half a point and 25% is not") {
        const PainSummary p = pain_change({2}, {1, 2});
        CHECK(*p.change == Approx(-0.5));
        CHECK(*p.change_percent == Approx(-25.0));
        CHECK(p.meaningful == false);
    }
    SECTION("3 -> 2: 33% is") {
        const PainSummary p = pain_change({3}, {2});
        CHECK(*p.change_percent == Approx(-100.0 / 3));
        CHECK(p.meaningful == true);
    }
    // Thirds are inexact in binary: these are on the threshold only by hand.
    SECTION("10/3 -> 13/3: exactly 30% is") {
        const PainSummary p = pain_change({3, 3, 4}, {4, 4, 5});
        CHECK(*p.change == Approx(1.0));
        CHECK(*p.change_percent == Approx(30.0));
        CHECK(p.meaningful == true);
    }
    SECTION("26/3 -> 20/3: exactly 2 points (23%) is") {
        const PainSummary p = pain_change({8, 9, 9}, {6, 7, 7});
        CHECK(*p.change == Approx(-2.0));
        CHECK(*p.change_percent == Approx(-300.0 / 13));
        CHECK(p.meaningful == true);
    }
    SECTION("8 -> 6.1: 1.9 points and 24% is not") {
        const PainSummary p = pain_change({8}, {6, 6, 6, 6, 6, 6, 6, 6, 6, 7});
        CHECK(*p.change == Approx(-1.9));
        CHECK(p.meaningful == false);
    }
    SECTION("4 -> 5.5: getting worse is meaningful too") {
        const PainSummary p = pain_change({4}, {5, 6});
        CHECK(*p.change == Approx(1.5));
        CHECK(*p.change_percent == Approx(37.5));
        CHECK(p.meaningful == true);
    }
    SECTION("from 0 there is no percent: 0 -> 1 is not meaningful, 0 -> 2 is") {
        const PainSummary one = pain_change({0}, {1});
        CHECK(*one.change == Approx(1.0));
        CHECK_FALSE(one.change_percent);
        CHECK(one.meaningful == false);
        CHECK(pain_change({0}, {2}).meaningful == true);
    }
    SECTION("one week with scores has no change") {
        const PainSummary p = pain_change({6}, {});
        CHECK(*p.first_week_mean == Approx(6.0));
        CHECK(*p.last_week_mean == Approx(6.0));
        CHECK_FALSE(p.change);
        CHECK_FALSE(p.change_percent);
        CHECK_FALSE(p.meaningful.has_value());
    }
}

TEST_CASE("pain: the sentence's numbers agree with its verdict and its means", "[report]") {
    // The two weeks' means as the sentence prints them, and the change between.
    const auto sentence = [](double first, double last, bool meaningful) {
        PainSummary pain;
        pain.first_week_mean = first;
        pain.last_week_mean = last;
        pain.first_week_scores = pain.last_week_scores = kMinScoresToJudge;
        pain.change = last - first;
        pain.change_percent = (last - first) / first * 100;
        pain.meaningful = meaningful;
        return pain_findings(pain).front();
    };
    // 18/7 -> 10/3: 0.76 points and 29.6%, printed as means of 2.6 and 3.3.
    CHECK_THAT(sentence(18.0 / 7, 10.0 / 3, false),
               Catch::Matchers::StartsWith("Pain went up 0.7 points (29.6%) from the first week with scores (2.6) "
                                           "to the last (3.3): less than the 2 points or 30%"));
    // 5.04 -> 3.06: the means print as 5.0 and 3.1, so the change as 1.9.
    CHECK_THAT(sentence(5.04, 3.06, true), Catch::Matchers::StartsWith("Pain went down 1.9 points (39%)"));
    // 8 -> 6.02 (a verdict from points alone would be "less than"): 1.98, not 2.0.
    CHECK_THAT(sentence(8.0, 6.02, false), Catch::Matchers::StartsWith("Pain went down 1.98 points (25%)"));
    // 6.25 -> 4.4: 29.6% (not rounded down to 29.5), 1.9 points as printed.
    CHECK_THAT(sentence(6.25, 4.4, false), Catch::Matchers::StartsWith("Pain went down 1.9 points (29.6%)"));
    // 1/3 -> 1/4: both print as 0.3, so the change keeps two decimals.
    CHECK_THAT(sentence(1.0 / 3, 0.25, false), Catch::Matchers::StartsWith("Pain went down 0.08 points (25%)"));
    // 14/15 -> 13/14: too small even for two decimals.
    CHECK_THAT(sentence(14.0 / 15, 13.0 / 14, false),
               Catch::Matchers::StartsWith("Pain went down less than 0.01 points (1%)"));
    // Away from the marks, as always: one decimal and a whole percent.
    CHECK_THAT(sentence(2.0, 1.5, false), Catch::Matchers::StartsWith("Pain went down 0.5 points (25%)"));
}

TEST_CASE("pain: a verdict needs enough scores in both weeks compared", "[report]") {
    // The seed of this rule: one score of 1 in the first week and one of 0 in the
    // last was once called "a clinically meaningful improvement (100%)".
    const auto verdict = [](int first_count, int last_count) {
        History history;
        for (int i = 0; i < first_count; ++i) history.push_back(pain_entry(ymd(2026, 11, 9), 1));
        for (int i = 0; i < last_count; ++i) history.push_back(pain_entry(kMon, 0));
        return report_for(history, {ymd(2026, 11, 9), kSun}, kSun).pain;
    };
    const PainSummary one_each = verdict(1, 1);
    CHECK(*one_each.change == Approx(-1.0));
    CHECK_FALSE(one_each.meaningful.has_value());
    CHECK_FALSE(verdict(3, 2).meaningful.has_value());
    CHECK_FALSE(verdict(2, 3).meaningful.has_value());
    const PainSummary enough = verdict(3, 3);
    CHECK(enough.first_week_scores == 3);
    CHECK(enough.last_week_scores == 3);
    CHECK(enough.meaningful == true);  // 1 -> 0 is 100%
}

TEST_CASE("pain in adherent weeks against the other weeks", "[report]") {
    // Mon Nov 2 .. Fri Nov 27, today Fri 27. Week 1: 7/7 complete, pain 6. Week 2: 6/7 (Sun 15
    // missed), pain 4. Week 3: 3/7 (Mon-Wed), pain 8. Week 4: 4/5 = 0.8 (Wed 25 missed), pain 5.
    // Adherent (>= 0.8): 6, 4, 5 -> 5. Other: 8.
    History history;
    log_complete_days(history, ymd(2026, 11, 2), ymd(2026, 11, 18), {ymd(2026, 11, 15)});
    log_complete_days(history, ymd(2026, 11, 23), ymd(2026, 11, 27), {ymd(2026, 11, 25)});
    for (auto [day, score] : {std::pair{3u, 6}, {10u, 4}, {24u, 5}})
        history.push_back(pain_entry(ymd(2026, 11, day), score));
    const DateRange range{ymd(2026, 11, 2), ymd(2026, 11, 27)};

    SECTION("both kinds of week: compared") {
        history.push_back(pain_entry(ymd(2026, 11, 17), 8));
        const Report r = report_for(history, range, ymd(2026, 11, 27));
        CHECK(r.counted_days == 26);            // 7 + 7 + 7 + 5
        CHECK(r.complete_days == 20);           // 7 + 6 + 3 + 4
        CHECK(*r.weeks[1].consistency == Approx(6.0 / 7));
        CHECK(*r.weeks[3].consistency == Approx(0.8));
        CHECK(r.current_streak == 2);           // Thu 26, Fri 27
        CHECK(r.longest_streak == 13);          // Nov 2 .. Nov 14
        CHECK(r.pain.adherent_weeks == 3);
        CHECK(*r.pain.adherent_weeks_mean == Approx(5.0));
        CHECK(r.pain.other_weeks == 1);
        CHECK(*r.pain.other_weeks_mean == Approx(8.0));
        CHECK(*r.pain.change == Approx(-1.0));  // 6 -> 5: 1 point, 17%, one score in each week
        CHECK_FALSE(r.pain.meaningful.has_value());
    }
    SECTION("only adherent weeks have scores: no comparison") {
        const Report r = report_for(history, range, ymd(2026, 11, 27));
        CHECK_FALSE(r.pain.adherent_weeks_mean);
        CHECK_FALSE(r.pain.other_weeks_mean);
        CHECK(r.pain.adherent_weeks == 0);
        CHECK(r.pain.count == 3);
    }
}

TEST_CASE("per-stretch summaries, and stretches outside the routine", "[report]") {
    // Thu 19 .. Sun 22, today Mon 23. Thu: plank only (missed). Fri: bridge (10, pain 4),
    // cat-cow (6), plank (3): complete. Sat: bridge (12, pain 2), bridge (8), knee-hug (5):
    // partial. Sun: cat-cow (6, pain 3), ghost (1; not in the catalog): partial.
    const History history{
        stretch_entry(ymd(2026, 11, 18), "plank", 100),  // before the range
        stretch_entry(kThu, "plank", 3),
        stretch_entry(ymd(2026, 11, 20), "bridge", 10, 4), stretch_entry(ymd(2026, 11, 20), "cat-cow", 6),
        stretch_entry(ymd(2026, 11, 20), "plank", 3),      pain_entry(ymd(2026, 11, 20), 9),
        stretch_entry(ymd(2026, 11, 21), "bridge", 12, 2), stretch_entry(ymd(2026, 11, 21), "bridge", 8),
        stretch_entry(ymd(2026, 11, 21), "knee-hug", 5),
        stretch_entry(kSun, "cat-cow", 6, 3),              stretch_entry(kSun, "ghost", 1),
    };
    const Report r = report_for(history, {kThu, kSun}, ymd(2026, 11, 23));
    CHECK(statuses(r) == std::vector{M, C, P, P});
    CHECK(r.stretches_done == 4);  // 0 + 2 + 1 + 1
    CHECK(r.stretches_planned == 8);
    CHECK(r.pain.count == 1);      // pain logged with a stretch is not a score

    REQUIRE(r.stretches.size() == 5);
    const StretchSummary& bridge = r.stretches[0];
    CHECK(bridge.exercise_id == "bridge");
    CHECK(bridge.days_done == 2);
    CHECK(bridge.days_planned == 4);
    CHECK(bridge.total_reps == 30);           // 10 + 12 + 8
    CHECK(*bridge.mean_pain == Approx(3.0));  // (4 + 2) / 2; the stand-alone 9 is not its own
    CHECK(bridge.pain_count == 2);
    const StretchSummary& cat_cow = r.stretches[1];
    CHECK(cat_cow.days_done == 2);
    CHECK(cat_cow.total_reps == 12);
    CHECK(*cat_cow.mean_pain == Approx(3.0));
    CHECK(cat_cow.pain_count == 1);
    // The others by id; nothing planned.
    CHECK(r.stretches[2].exercise_id == "ghost");
    CHECK(r.stretches[2].name == "ghost");
    CHECK(r.stretches[3].exercise_id == "knee-hug");
    CHECK(r.stretches[3].name == "Knee hug");
    CHECK(r.stretches[3].total_reps == 5);
    const StretchSummary& plank = r.stretches[4];
    CHECK(plank.exercise_id == "plank");
    CHECK(plank.days_done == 2);
    CHECK(plank.days_planned == 0);
    CHECK(plank.total_reps == 6);
    CHECK_FALSE(plank.mean_pain);
    CHECK(plank.pain_count == 0);
}

TEST_CASE("ten years of daily history keep exact counts", "[report]") {
    // 3,650 days x 10 stretches and a daily pain score ending today; every day 3, 13, 23 ...
    // before today one stretch is left out (partial). Runs between them are 9 days long.
    Catalog catalog;
    Routine routine = sample_routine();
    routine.steps.clear();
    for (int i = 0; i < 10; ++i) {
        const std::string id = "s" + std::to_string(i);
        catalog.exercises.emplace(id, exercise(id, id));
        routine.steps.push_back(RoutineStep{id, {}, std::nullopt, std::nullopt});
    }
    History history;
    for (int n = 0; n < 3650; ++n) {
        const Date day = add_days(kSun, -n);
        for (int i = n % 10 == 3 ? 1 : 0; i < 10; ++i) history.push_back(stretch_entry(day, "s" + std::to_string(i), 8));
        history.push_back(pain_entry(day, n % 6 + 1));
    }
    const Report r = build_report(catalog, routine, history, {add_days(kSun, -3649), kSun}, kSun, 0);

    CHECK(r.days.size() == 3650);
    CHECK(r.complete_days == 3285);  // 3650 - 365
    CHECK(r.partial_days == 365);
    CHECK(r.current_streak == 3);    // today, yesterday, the day before
    CHECK(r.longest_streak == 9);
    CHECK(r.stretches_done == 36135);  // 36,500 - 365
    CHECK(r.pain.count == 3650);
}
