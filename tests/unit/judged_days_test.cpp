// What a correction says of the past days it judged otherwise
// (cli/judged_days.h): one sentence a day, at most five, and one for the
// days that left the log's span or came into it.

#include <catch2/catch.hpp>

#include "cli/judged_days.h"
#include "core/date.h"

using Catch::Matchers::Contains;
using stretch::DayStatus;
using stretch::JudgedDays;

namespace {
stretch::Date november(unsigned day) {
    return std::chrono::year{2026} / std::chrono::November / std::chrono::day{day};
}
}  // namespace

TEST_CASE("judgement_changes names each day judged otherwise, in the report's words", "[judged-days]") {
    const JudgedDays before{{november(10), DayStatus::complete}, {november(11), DayStatus::rested}};
    const JudgedDays after{{november(10), DayStatus::complete}, {november(11), DayStatus::missed}};
    CHECK(stretch::judgement_changes(before, after) ==
          "Wednesday 11 November 2026 now counts as missed, not as rested after pain.\n");
    CHECK(stretch::judgement_changes(before, before).empty());
    CHECK(stretch::judgement_changes(after, before) ==
          "Wednesday 11 November 2026 now counts as rested after pain, not as missed.\n");
}

TEST_CASE("judgement_changes says in one sentence which days left the log's span, or came into it",
          "[judged-days]") {
    const JudgedDays started{{november(2), DayStatus::partial},
                             {november(3), DayStatus::missed},
                             {november(4), DayStatus::not_scheduled},
                             {november(5), DayStatus::complete}};
    const JudgedDays later{{november(2), DayStatus::not_started},
                           {november(3), DayStatus::not_started},
                           {november(4), DayStatus::not_started},
                           {november(5), DayStatus::complete}};
    CHECK(stretch::judgement_changes(started, later) ==
          "The days from Monday 2 November 2026 to Wednesday 4 November 2026 are now before\n"
          "the first day of your log, and no longer counted.\n");
    CHECK(stretch::judgement_changes(later, started) ==
          "Your log now starts on Monday 2 November 2026, so the days from then to\n"
          "Wednesday 4 November 2026 are counted.\n");
    // A command that says where the log now starts (earlier_start_note).
    CHECK(stretch::judgement_changes(later, started, true).empty());
}

TEST_CASE("judgement_changes names five days and counts the rest", "[judged-days]") {
    JudgedDays before, after;
    for (unsigned day = 1; day <= 7; ++day) {
        before.emplace(november(day), DayStatus::skipped);
        after.emplace(november(day), DayStatus::missed);
    }
    const std::string said = stretch::judgement_changes(before, after);
    CHECK_THAT(said, Contains("Thursday 5 November 2026 now counts as missed, not as skipped."));
    CHECK(said.find("6 November") == std::string::npos);
    CHECK_THAT(said, Contains("\nAnd 2 more days now count otherwise, as the report shows.\n"));
}
