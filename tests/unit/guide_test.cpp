// The guided session's script and what sessions did to pain: pure parts of
// `stretch go`, checked cue by cue and number by number.

#include <catch2/catch.hpp>

#include "core/guide.h"
#include "unit/report_fixtures.h"

using namespace stretch;
using namespace report_test;

namespace {

std::vector<std::string> texts(const std::vector<Cue>& cues) {
    std::vector<std::string> out;
    for (const Cue& cue : cues) out.push_back(cue.text + " " + std::to_string(cue.seconds));
    return out;
}

Entry session_pain(Date day, int score, const char* moment) {
    Entry entry = pain_entry(day, score);
    entry.moment = moment;
    return entry;
}

}  // namespace

TEST_CASE("a held stretch per side: every hold, a release after it, and a side change between", "[guide]") {
    const Dose hip{{2, 2}, false, Range{20, 30}, Sides::each, "leg"};
    CHECK(texts(cues_for(hip, Target{2, 25})) == std::vector<std::string>{
                                                     "Hold, left leg, rep 1 of 2 25",
                                                     "Breathe out and release 4",
                                                     "Hold, left leg, rep 2 of 2 25",
                                                     "Breathe out and release 4",
                                                     "Switch sides: right leg 6",
                                                     "Hold, right leg, rep 1 of 2 25",
                                                     "Breathe out and release 4",
                                                     "Hold, right leg, rep 2 of 2 25",
                                                     "Breathe out and release 4",
                                                 });
    CHECK(script_seconds(cues_for(hip, Target{2, 25})) == 4 * 29 + 6);
}

TEST_CASE("repetitions without a hold are counted at an easy pace, alternating ones name the side", "[guide]") {
    const Dose bridge{{8, 12}, false, std::nullopt, Sides::none, "side"};
    const auto plain = cues_for(bridge, Target{9, std::nullopt});
    REQUIRE(plain.size() == 9);
    CHECK(plain.front().text == "Move, rep 1 of 9");
    CHECK(plain.back().text == "Move, rep 9 of 9");
    CHECK(plain.front().kind == Cue::Kind::move);
    CHECK(plain.front().seconds == kSecondsPerMovement);

    const Dose spine{{6, 8}, false, std::nullopt, Sides::alternate, "side"};
    CHECK(texts(cues_for(spine, Target{3, std::nullopt})) ==
          std::vector<std::string>{"Move, left side, rep 1 of 3 4", "Move, right side, rep 2 of 3 4",
                                   "Move, left side, rep 3 of 3 4"});
}

TEST_CASE("the report gives the mean change from before to after a session, apart from the daily trend",
          "[guide][report]") {
    History history;
    // Monday: before 6, after 4. Tuesday: before 5, after 2 and 4 (mean 3).
    // Wednesday: before only. Thursday: a plain score.
    history.push_back(session_pain(kMon, 6, kBeforeSession));
    history.push_back(session_pain(kMon, 4, kAfterSession));
    history.push_back(session_pain(add_days(kMon, 1), 5, kBeforeSession));
    history.push_back(session_pain(add_days(kMon, 1), 2, kAfterSession));
    history.push_back(session_pain(add_days(kMon, 1), 4, kAfterSession));
    history.push_back(session_pain(add_days(kMon, 2), 7, kBeforeSession));
    history.push_back(pain_entry(kThu, 3));
    const Report r = report_for(history, kWeek, kSun);
    CHECK(r.sessions.days == 2);
    CHECK(*r.sessions.mean_before == Approx(5.5));
    CHECK(*r.sessions.mean_after == Approx(3.5));
    CHECK(*r.sessions.change == Approx(-2.0));
    // The daily pain holds the befores and the plain score, not the afters.
    CHECK(r.pain.count == 4);
    CHECK(*r.pain.mean == Approx((6 + 5 + 7 + 3) / 4.0));
    CHECK(r.days.at(0).pain == Approx(6.0));

    const Report none = report_for({pain_entry(kMon, 3)}, kWeek, kSun);
    CHECK(none.sessions.days == 0);
    CHECK_FALSE(none.sessions.change.has_value());
}
