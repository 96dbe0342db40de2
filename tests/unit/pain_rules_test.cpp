// The pure pain rules: zones, the caution a plan carries, and the flare rule
// that suggests the gentle routine.

#include <catch2/catch.hpp>

#include "core/day_log.h"
#include "core/pain.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

TEST_CASE("pain zones: the traffic-light default and moved boundaries", "[pain]") {
    const PainZones zones;
    for (int score : {0, 1, 2, 3}) CHECK(zones.zone_of(score) == PainZone::fine);
    for (int score : {4, 5}) CHECK(zones.zone_of(score) == PainZone::easier);
    for (int score : {6, 7, 10}) CHECK(zones.zone_of(score) == PainZone::stop);
    CHECK(zones.describe() == "0-3 fine, 4-5 take it easier, 6-10 stop");

    const PainZones strict{1, 4};
    CHECK(strict.zone_of(1) == PainZone::fine);
    CHECK(strict.zone_of(2) == PainZone::easier);
    CHECK(strict.zone_of(4) == PainZone::stop);
    CHECK(strict.describe() == "0-1 fine, 2-3 take it easier, 4-10 stop");

    const PainZones no_middle{4, 5};
    CHECK(no_middle.zone_of(4) == PainZone::fine);
    CHECK(no_middle.zone_of(5) == PainZone::stop);
    CHECK(no_middle.describe() == "0-4 fine, 5-10 stop");
    CHECK(PainZones{3, 5}.describe() == "0-3 fine, 4 take it easier, 5-10 stop");
}

TEST_CASE("a caution follows pain above the fine zone, and only then", "[pain]") {
    const PainZones zones;
    CHECK(caution_after(3, ymd(2026, 11, 22), zones).empty());
    const std::string easier = caution_after(4, ymd(2026, 11, 22), zones);
    CHECK_THAT(easier, Catch::Contains("It hurt 4/10 on Sunday 22 November 2026"));
    CHECK_THAT(easier, Catch::Contains("go gentler"));
    // Pain in the stop zone on a stretch still due (resumed, or imported) says more.
    const std::string stop = caution_after(8, ymd(2026, 11, 22), zones);
    CHECK_THAT(stop, Catch::Contains("It hurt 8/10 on Sunday 22 November 2026, in the stop zone"));
    CHECK_THAT(stop, Catch::Contains("check with a physical therapist"));
    CHECK_THAT(stop, !Catch::Contains("go gentler"));
}

TEST_CASE("the flare rule: a severe score, or a clear step above the usual", "[pain][flare]") {
    const Date today = ymd(2026, 11, 23);
    const auto scores_on = [&](std::initializer_list<std::pair<int, int>> days_ago_and_score) {
        std::vector<DayScore> scores;
        for (auto [ago, score] : days_ago_and_score) scores.push_back({add_days(today, -ago), score});
        return scores;
    };
    CHECK(flare_window_start(today) == ymd(2026, 11, 7));

    SECTION("no scores, or pain as usual: no flare") {
        CHECK_FALSE(flare_on({}, today));
        CHECK_FALSE(flare_on(scores_on({{0, 3}, {1, 3}, {5, 3}, {6, 3}, {7, 3}}), today));
    }
    SECTION("a score of 7 or more in the last 3 days is a flare on its own") {
        const auto flare = flare_on(scores_on({{2, 7}}), today);
        REQUIRE(flare);
        // Named by its day, which a sheet for a later day still reads right.
        CHECK(flare->reason == "You gave a pain of 7/10 on Saturday 21 November 2026.");
        CHECK(flare->reason_ahead == flare->reason);
        CHECK_FALSE(flare->severe_today);
        CHECK(flare_action(*flare) == "Consider the gentle routine until it settles:");
        CHECK(flare_command(*flare, "stretch", "go") == "stretch go --routine gentle");
        CHECK(flare_on(scores_on({{0, 9}}), today));
    }
    SECTION("a severe pain today asks for rest today, named by today's highest score") {
        const auto flare = flare_on(scores_on({{0, 7}, {0, 8}, {0, 2}, {1, 9}}), today, {{today, 8}});
        REQUIRE(flare);
        CHECK(flare->severe_today == 8);
        CHECK(flare->reason == "You gave a pain of 8/10 today.");
        CHECK_THAT(flare_action(*flare), Catch::StartsWith("Rest rather than stretch today"));
        CHECK(flare_command(*flare, "stretch --db 'a b.db'", "plan") == "stretch --db 'a b.db' skip");
        CHECK_FALSE(flare_on(scores_on({{0, 6}, {1, 9}}), today)->severe_today);
        // Given with a stretch, the pain is not among the day's scores.
        CHECK(flare_on({}, today, {{today, 9}})->severe_today == 9);
    }
    SECTION("rest asked where today can no longer be skipped names no skip, and a command only for the gentle "
            "routine") {
        auto flare = flare_on({}, today, {{today, 8}});
        REQUIRE(flare);
        flare->skip_offered = false;
        CHECK(flare_action(*flare) == "Rest rather than stretch today; a day rested after such pain is not missed and "
                                      "costs no streak. When it has eased, the gentle routine is a softer way back:");
        CHECK(flare_command(*flare, "stretch", "plan") == "stretch plan --routine gentle");
        flare->offers_gentle = false;
        CHECK(flare_action(*flare) ==
              "Rest rather than stretch today; a day rested after such pain is not missed and costs no streak.");
        CHECK(flare_command(*flare, "stretch", "plan").empty());
    }
    SECTION("a later day is asked for the gentle routine once the pain has eased, and for nothing where none is "
            "offered") {
        const auto severe = flare_on(scores_on({{0, 8}}), today, {{today, 8}});
        const auto ahead = flare_ahead(severe);
        REQUIRE(ahead);
        CHECK_FALSE(ahead->severe_today);
        // Printed on a later day's sheet, "today" would name that day.
        CHECK(ahead->reason == "You gave a pain of 8/10 on Monday 23 November 2026.");
        // Not "until it settles": read on the day of an 8, that sounds like "now".
        CHECK(flare_action(*ahead) == "When it has eased, the gentle routine is a softer way back:");
        CHECK(flare_command(*ahead, "stretch", "plan") == "stretch plan --routine gentle");
        CHECK(flare_action(*flare_ahead(flare_on(scores_on({{1, 8}}), today))) ==
              "Consider the gentle routine until it settles:");
        auto on_gentle = severe;
        on_gentle->offers_gentle = false;
        CHECK_FALSE(flare_ahead(on_gentle));
        CHECK_FALSE(flare_ahead(std::nullopt));
    }
    SECTION("a 7 three days ago has left the window") {
        CHECK_FALSE(flare_on(scores_on({{3, 7}}), today));
        CHECK_FALSE(flare_on({}, today, scores_on({{3, 9}})));
    }
    SECTION("a severe pain given with a stretch (or after a session) on one of the last days is a flare too") {
        const auto flare = flare_on({}, today, scores_on({{2, 9}}));
        REQUIRE(flare);
        CHECK(flare->reason == "You gave a pain of 9/10 on Saturday 21 November 2026.");
        CHECK_FALSE(flare->severe_today);
        CHECK(flare_action(*flare) == "Consider the gentle routine until it settles:");
        // Only a severe one counts: a milder pain with a stretch is about that stretch.
        CHECK_FALSE(flare_on({}, today, scores_on({{1, 6}})));
        CHECK(flare_on(scores_on({{1, 7}}), today, scores_on({{2, 9}}))->reason ==
              "You gave a pain of 9/10 on Saturday 21 November 2026.");
        // Of equal pains, the latest is named; one today is "today".
        CHECK(flare_on(scores_on({{2, 8}, {0, 8}}), today)->reason == "You gave a pain of 8/10 today.");
    }
    SECTION("recent mean 2 points over the 14 days before: a flare") {
        // Usual: 3, 3, 4 -> 3.33; recent: 5, 6 -> 5.5 (+2.17).
        const auto flare = flare_on(scores_on({{0, 5}, {1, 6}, {4, 3}, {9, 3}, {16, 4}}), today);
        REQUIRE(flare);
        CHECK_THAT(flare->reason, Catch::Contains("mean 5.5"));
        CHECK_THAT(flare->reason, Catch::Contains("usual (3.3"));
    }
    SECTION("exactly 2 points above is a flare, 1.9 is not") {
        CHECK(flare_on(scores_on({{0, 5}, {4, 3}, {5, 3}, {6, 3}}), today));
        CHECK_FALSE(flare_on(scores_on({{0, 5}, {4, 3}, {5, 3}, {6, 3}, {7, 3}, {8, 3}, {9, 3}, {10, 3},
                                        {11, 3}, {12, 4}}),
                             today));  // usual 3.1: +1.9
    }
    SECTION("fewer than 3 usual scores is no baseline to compare with") {
        CHECK_FALSE(flare_on(scores_on({{0, 6}, {4, 1}, {5, 1}}), today));
    }
    SECTION("scores after today and before the window are not read") {
        CHECK_FALSE(flare_on(scores_on({{-1, 9}, {17, 9}}), today));
    }
}

TEST_CASE("severe_pain is the day's highest pain of 7 or more, on its own, with a stretch or after a session",
          "[pain]") {
    DayLog log;
    log.clear(ymd(2026, 11, 20));
    CHECK_FALSE(severe_pain(log));
    // One stretch logged that day, given `pain` (as `log` adds it), or none.
    const auto stretch_with = [&](std::optional<int> pain) {
        log.stretches = {StretchDay{"bridge"}};
        if (pain) add_pain(log.stretches.back(), *pain);
    };
    log.pain_scores = {3, 6};
    stretch_with(6);
    CHECK_FALSE(severe_pain(log));
    CHECK_FALSE(rest_advised(log));
    stretch_with(9);
    CHECK(severe_pain(log) == 9);
    CHECK(rest_advised(log));
    log.pain_scores.push_back(7);
    CHECK(severe_pain(log) == 9);
    // Pain after a guided session is not the day's pain for the trend, yet
    // a severe one asks for rest as any other does.
    stretch_with(std::nullopt);
    log.pain_scores = {2};
    log.after_session = {6};
    CHECK_FALSE(severe_pain(log));
    log.after_session = {8};
    CHECK(severe_pain(log) == 8);
}

TEST_CASE("highest_pain is any pain the day holds, and a stretch logged without one gives none", "[pain]") {
    DayLog log;
    log.clear(ymd(2026, 11, 20));
    log.stretches = {StretchDay{"bridge"}};
    CHECK_FALSE(highest_pain(log));  // not a pain of 0
    add_pain(log.stretches.back(), 0);
    CHECK(highest_pain(log) == 0);
    log.pain_scores = {4};
    log.after_session = {5};
    CHECK(highest_pain(log) == 5);
    add_pain(log.stretches.back(), 6);
    CHECK(highest_pain(log) == 6);
}
