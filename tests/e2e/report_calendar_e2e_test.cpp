// End-to-end: the report's calendar as text: which months it names over
// its columns, which symbols its legend explains, and rows that end at the
// last day shown. (The grid's cells are checked with the rest of the report
// in report_e2e_test.cpp.)

#include <catch2/catch.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("the calendar names each month it shows, one just begun at its end included", "[e2e][report]") {
    Sandbox sandbox;
    sandbox.env["STRETCH_NOW"] = "2026-12-03T08:00:00";
    const auto csv = sandbox.write("two.csv", "day,exercise\n2025-01-15,bridge\n2026-06-01,bridge\n");
    REQUIRE(sandbox.run({"import", csv.string()}).exit_code == 0);
    const std::string all = sandbox.run({"report", "--all"}).out;
    // Mid-January 2025 shows too few of its weeks for its name and February's.
    CHECK_THAT(all, Contains("\n  2025   Feb Mar  Apr May Jun  Jul Aug  Sep Oct Nov  Dec\n"));
    // December 2026 has one week so far: named all the same.
    CHECK_THAT(all, Contains("\n  2026 Jan Feb Mar  Apr May  Jun Jul Aug  Sep Oct Nov  Dec\n"));
    CHECK(all.find(" \n") == std::string::npos);  // the days after today are blank, not trailing blanks
    // The year's last week ends in January 2027, which is not this row's.
    CHECK_THAT(sandbox.run({"report", "--year"}).out, Contains(" Oct Nov  Dec\n  mon"));
    // A week that reaches into a month past the range's last day does not name it.
    sandbox.env["STRETCH_NOW"] = "2026-11-30T08:00:00";
    CHECK_THAT(sandbox.run({"report", "--since", "2026-09-01"}).out, Contains("\n  2026 Sep Oct Nov\n  mon"));
    // A row of one week, the last of a year, names its month, not the next year's.
    sandbox.env["STRETCH_NOW"] = "2027-03-01T08:00:00";
    CHECK_THAT(sandbox.run({"report", "--since", "2026-12-28"}).out, Contains("\n  2026 Dec\n  mon"));
}

TEST_CASE("the calendar's legend names today's symbol only when today is shown", "[e2e][report]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-11-18"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"report", "--week"}).out, Contains("o today, not done yet"));
    const std::string last_week = sandbox.run({"report", "--last-week"}).out;
    CHECK_THAT(last_week, Contains("  # complete  + partial  . missed  - not scheduled\n"));
    CHECK_THAT(last_week, !Contains("today"));
}
