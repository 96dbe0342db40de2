// The week sheet (`plan --week`) in every format: what each day's cells
// say (done, skipped, paused, rested, kept by the gentle routine, before
// the log began), the doses that change, the cautions and the warning
// signs; and a past day's plan as the report judges it. Printing a sheet in
// a browser is print_e2e_test.cpp.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

TEST_CASE("the week sheet shows done, skipped, days off and paused days in every format", "[e2e][sheet]") {
    Sandbox sandbox("2026-11-25T08:00:00");  // a Wednesday
    sandbox.write(".config/stretch/routines/short.toml", R"(
[routine]
id = "short"
name = "Short"
days = ["mon", "tue", "wed", "fri", "sat", "sun"]
steps = [{ exercise = "bridge" }, { exercise = "pelvic-tilts" }]
)");
    REQUIRE(run_on(sandbox, "2026-11-23", {"log", "bridge", "-r", "short"}).exit_code == 0);
    REQUIRE(run_on(sandbox, "2026-11-23", {"skip", "2026-11-24", "-r", "short"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "pelvic-tilts"}).exit_code == 0);
    const auto week_as = [&](const std::string& format) {
        return sandbox.run({"plan", "--week", "2026-11-23", "-r", "short", "-f", format});
    };
    const auto text = week_as("text");
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out, Contains("Stretch week: Monday 23 November 2026 to Sunday 29 November 2026\n"));
    CHECK_THAT(text.out, Contains("\n                                Mon   Tue   Wed   Thu   Fri   Sat   Sun\n"
                                  "                                23    24    25    26    27    28    29\n"
                                  "1. Bridge                       [x]    s    [ ]    -    [ ]   [ ]   [ ]\n"
                                  "2. Pelvic Tilts                 [ ]    s     P     -     P     P     P\n"
                                  "Pain before (0-10)             ____    -   ____    -   ____  ____  ____\n"));
    CHECK_THAT(text.out, Contains("\ns   skipped (rest, illness, travel): not missed\n"));
    CHECK_THAT(text.out, Contains("1. Bridge: 8 reps (8-12)\n"));

    const auto json = nlohmann::json::parse(week_as("json").out);
    CHECK(json["from"] == "2026-11-23");
    CHECK(json["to"] == "2026-11-29");
    REQUIRE(json["days"].size() == 7);
    CHECK(json["days"][1]["skipped"] == true);
    CHECK(json["days"][3]["scheduled"] == false);
    CHECK(json["days"][0]["stretches"][0]["done"] == true);
    CHECK(json["days"][2]["paused"][0]["id"] == "pelvic-tilts");

    const auto markdown = week_as("markdown").out;
    CHECK_THAT(markdown, Contains("| stretch | Mon 23 Nov | Tue 24 Nov (skipped) | Wed 25 Nov | Thu 26 Nov (day off) |"));
    CHECK_THAT(markdown, Contains("| \u2611 | \u2013 | \u2610 | \u2013 | \u2610 | \u2610 | \u2610 |\n"));
    CHECK_THAT(markdown, Contains("| \u2610 | \u2013 | paused | \u2013 | paused | paused | paused |\n"));
    CHECK_THAT(markdown, Contains("## 1. Bridge: 8 reps \\(8\\-12\\)"));

    const auto html = week_as("html").out;
    CHECK_THAT(html, Contains("<th>Tue<br>24 Nov<br><i>skipped</i></th>"));
    CHECK_THAT(html, Contains("<th>Thu<br>26 Nov<br><i>day off</i></th>"));
    CHECK_THAT(html, Contains("<td class=\"paused\">paused</td>"));
    CHECK_THAT(html, Contains("<td><span class=\"box\">&#x2713;</span></td>"));
}

TEST_CASE("the week sheet marks a day kept by the gentle routine, never as to do", "[e2e][sheet][safety]") {
    Sandbox sandbox("2026-11-25T08:00:00");  // a Wednesday
    REQUIRE(run_on(sandbox, "2026-11-23", {"log", "--all"}).exit_code == 0);
    REQUIRE(run_on(sandbox, "2026-11-24", {"log", "--all", "-r", "gentle"}).exit_code == 0);
    const auto week_as = [&](const std::string& format) {
        return sandbox.run({"plan", "--week", "2026-11-23", "-f", format}).out;
    };
    const auto text = week_as("text");
    CHECK_THAT(text, Contains("\n2. Hip Stretch                  [x]    g    [ ]   [ ]   [ ]   [ ]   [ ]\n"));
    CHECK_THAT(text, Contains("\ng   the gentle routine was done instead: not missed\n"));
    CHECK_THAT(week_as("markdown"), Contains("| \u2611 | gentle | \u2610 |"));
    const auto html = week_as("html");
    CHECK_THAT(html, Contains("<td class=\"set-aside\">gentle</td>"));
    CHECK_THAT(html, Contains("was done on the gentle routine instead: it is not missed."));
    // Today, kept by the gentle routine, is marked as well; a week without such a day says nothing of it.
    REQUIRE(sandbox.run({"log", "--all", "-r", "gentle"}).exit_code == 0);
    CHECK_THAT(week_as("text"), Contains("\n2. Hip Stretch                  [x]    g     g    [ ]   [ ]   [ ]   [ ]\n"));
    CHECK_THAT(sandbox.run({"plan", "--week", "2026-11-30"}).out, !Contains("gentle routine was done"));
}

TEST_CASE("the week sheet marks a day rested after severe pain as the report does", "[e2e][sheet][safety]") {
    Sandbox sandbox("2026-11-26T08:00:00");  // a Thursday
    REQUIRE(run_on(sandbox, "2026-11-23", {"log", "--all"}).exit_code == 0);
    REQUIRE(run_on(sandbox, "2026-11-24", {"log", "bridge", "--pain", "8"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"report", "--week"}).out, Contains(" r "));
    const auto text = sandbox.run({"plan", "--week", "2026-11-23"}).out;
    CHECK_THAT(text, Contains("\n2. Hip Stretch                  [x]    r    [ ]   [ ]   [ ]   [ ]   [ ]\n"));
    CHECK_THAT(text, Contains("\nr   rested after severe pain, as advised: not missed\n"));
    CHECK_THAT(text, !Contains("gentle routine was done"));
    // Bridge, logged that day with the pain, is done; from the next day it is paused.
    CHECK_THAT(text, Contains("\n7. Bridge                       [x]   [x]    P     P     P     P     P\n"));
    const auto html = sandbox.run({"plan", "--week", "2026-11-23", "-f", "html"}).out;
    CHECK_THAT(html, Contains("<td class=\"set-aside\">rested</td>"));
    CHECK_THAT(html, Contains("was rested after severe pain, as advised: it is not missed."));
}

TEST_CASE("a past day's plan says it was kept by the gentle routine or rested, as the report judges it",
          "[e2e][sheet][safety]") {
    Sandbox sandbox("2026-11-26T08:00:00");  // a Thursday
    REQUIRE(run_on(sandbox, "2026-11-23", {"log", "--all"}).exit_code == 0);
    REQUIRE(run_on(sandbox, "2026-11-24", {"log", "bridge", "--pain", "8"}).exit_code == 0);
    REQUIRE(run_on(sandbox, "2026-11-25", {"log", "--all", "-r", "gentle"}).exit_code == 0);
    const auto plan_of = [&](const std::string& day, const std::string& format) {
        const Result result = sandbox.run({"plan", day, "-f", format});
        REQUIRE(result.exit_code == 0);
        return result.out;
    };
    // Without the full stop, which Markdown escapes.
    const std::string rested = "This day was rested after severe pain, as advised, so it is not missed";
    const std::string gentle = "The gentle routine was done instead on this day, so it is not missed";
    for (const std::string format : {"text", "markdown", "html"}) {
        INFO(format);
        CHECK_THAT(plan_of("2026-11-24", format), Contains(rested) && !Contains(gentle));
        CHECK_THAT(plan_of("2026-11-25", format), Contains(gentle) && !Contains(rested));
        CHECK_THAT(plan_of("2026-11-23", format), !Contains(gentle) && !Contains(rested));
    }
    const auto status_of = [&](const std::string& day) { return nlohmann::json::parse(plan_of(day, "json"))["status"]; };
    CHECK(status_of("2026-11-23") == "complete");
    CHECK(status_of("2026-11-24") == "rested");
    CHECK(status_of("2026-11-25") == "gentle");
    CHECK(status_of("2026-11-26").is_null());  // today is not judged on its own sheet
    // A day not missed asks for nothing more, as a skipped day does.
    for (const std::string day : {"2026-11-24", "2026-11-25"}) {
        const auto plan = nlohmann::json::parse(plan_of(day, "json"));
        CHECK(plan["remaining"] == 0);
        CHECK(plan["remaining_minutes"] == 0);
    }
    // A week's JSON gives each day up to today its status, and none after.
    const auto week = nlohmann::json::parse(sandbox.run({"plan", "--week", "2026-11-23", "-f", "json"}).out);
    CHECK(week["days"][2]["status"] == "gentle");
    CHECK(week["days"][3]["status"] == "pending");
    CHECK(week["days"][4]["status"].is_null());
}

TEST_CASE("the week sheet lists the doses that change under the day they change", "[e2e][sheet]") {
    Sandbox sandbox("2026-11-26T08:00:00");  // a Thursday, after three full days
    for (const char* day : {"2026-11-23", "2026-11-24", "2026-11-25"})
        REQUIRE(run_on(sandbox, day, {"log", "--all"}).exit_code == 0);
    const auto week_as = [&](const std::string& format) {
        return sandbox.run({"plan", "--week", "2026-11-23", "-f", format}).out;
    };
    CHECK_THAT(week_as("text"), Contains("\nDoses from Thu 26 Nov:\n  Spine Stretch: 7 reps (6-8), alternating sides\n"
                                         "  Hip Stretch: 2 x each side, hold 25 s (20-30)\n"));
    CHECK_THAT(week_as("markdown"),
               Contains("\n- Doses from Thu 26 Nov:\n  - Spine Stretch: 7 reps \\(6\\-8\\), alternating sides\n"));
    CHECK_THAT(week_as("html"), Contains("<p><b>Doses from Thu 26 Nov:</b> Spine Stretch: 7 reps (6-8), alternating "
                                         "sides; Hip Stretch: 2 x each side, hold 25 s (20-30); "));
}

TEST_CASE("a stretch resumed during the week keeps its row in routine order, and its pause says when it ended",
          "[e2e][sheet]") {
    Sandbox sandbox("2026-12-07T08:00:00");
    REQUIRE(sandbox.run({"pause", "leg"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-12-14T08:00:00";
    REQUIRE(sandbox.run({"resume", "leg"}).exit_code == 0);
    const auto text = sandbox.run({"plan", "--week", "2026-12-13"}).out;
    CHECK_THAT(text, Contains("3. Bottom Stretch"));
    CHECK_THAT(text, Contains("4. Leg Stretch"));  // not last, after the stretches of the first day
    CHECK_THAT(text, Contains("Paused: Leg Stretch from Monday 7 December 2026 to Sunday 13 December 2026."));
    CHECK_THAT(sandbox.run({"plan", "--week", "2026-12-13", "-f", "markdown"}).out,
               Contains("- Paused: Leg Stretch from Monday 7 December 2026 to Sunday 13 December 2026"));
    const auto html = sandbox.run({"plan", "--week", "2026-12-13", "-f", "html"}).out;
    CHECK_THAT(html, Contains("<b>Leg Stretch</b> from Monday 7 December 2026 to Sunday 13 December 2026."));
    CHECK(html.find("stretch resume leg-stretch") == std::string::npos);  // resumed already
    // A week that ends before it was resumed says since when.
    CHECK_THAT(sandbox.run({"plan", "--week", "2026-12-06"}).out,
               Contains("Paused: Leg Stretch since Monday 7 December 2026."));
}

TEST_CASE("a week sheet suggests the gentle routine in a flare, in every format", "[e2e][sheet]") {
    Sandbox sandbox;  // Sunday 22 November 2026
    for (const char* day : {"2026-11-12", "2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17",
                            "2026-11-18"})
        REQUIRE(sandbox.run({"pain", "2", "--date", day}).exit_code == 0);
    for (const char* day : {"2026-11-19", "2026-11-20", "2026-11-21"})
        REQUIRE(sandbox.run({"pain", "6", "--date", day}).exit_code == 0);
    const std::string command = "stretch plan --week --routine gentle";
    CHECK_THAT(sandbox.run({"plan", "--week"}).out, Contains("    " + command + "\n"));
    CHECK_THAT(sandbox.run({"plan", "--week", "-f", "markdown"}).out, Contains("settles: `" + command + "`"));
    CHECK_THAT(sandbox.run({"plan", "--week", "-f", "html"}).out, Contains("<code>" + command + "</code>"));
    const auto json = nlohmann::json::parse(sandbox.run({"plan", "--week", "-f", "json"}).out);
    CHECK(json["gentle_suggested"]["routine"] == "gentle");
    CHECK(json["days"][0]["gentle_suggested"]["routine"] == "gentle");
    CHECK(json["days"][6]["gentle_suggested"]["routine"] == "gentle");
    // A week that has passed is not told about today's flare.
    const auto past = nlohmann::json::parse(sandbox.run({"plan", "--week", "2026-11-01", "-f", "json"}).out);
    CHECK(past["gentle_suggested"].is_null());
}

TEST_CASE("a week that would run past the last day stretch keeps is refused", "[e2e][sheet]") {
    Sandbox sandbox;
    const auto late = sandbox.run({"plan", "--week", "2199-12-28"});
    CHECK(late.exit_code == 64);
    CHECK_THAT(late.err, Contains("outside the days stretch keeps"));
    CHECK(late.out.empty());
}

TEST_CASE("the text week sheet says what hurt, and the warning signs, as the day plan does",
          "[e2e][sheet][safety]") {
    Sandbox sandbox("2026-11-02T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "5"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-03T08:00:00";
    const std::string week = sandbox.run({"plan", "--week"}).out;
    CHECK_THAT(week, Contains("7. Bridge: 8 reps (8-12)\n   Caution: It hurt 5/10 on Monday 2 November 2026: go "
                              "gentler this time (a\n            smaller movement"));
    CHECK_THAT(week, Contains("Stop and get emergency help now"));
    // As the day plan ends.
    const std::string day = sandbox.run({"plan"}).out;
    const auto foot = day.substr(day.find(std::string(80, '-')));
    CHECK(week.substr(week.size() - foot.size()) == foot);
    // A sheet from the day of the pain on says it too, in every format: its
    // first day's plan was made before the pain.
    for (const char* format : {"text", "markdown", "html"}) {
        INFO(format);
        CHECK_THAT(sandbox.run({"plan", "--week", "2026-11-02", "-f", format}).out, Contains("It hurt 5/10"));
    }
    // Done gently today, it still says so today, as today's plan does,
    // though the days to come no longer do.
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    REQUIRE_THAT(sandbox.run({"plan"}).out, Contains("It hurt 5/10"));
    CHECK_THAT(sandbox.run({"plan", "--week"}).out, Contains("It hurt 5/10"));
    CHECK_THAT(sandbox.run({"plan", "--week", "2026-11-02"}).out, Contains("It hurt 5/10"));
    // A week gone by says what its last day said.
    sandbox.env["STRETCH_NOW"] = "2026-11-20T08:00:00";
    CHECK(sandbox.run({"plan", "--week", "2026-11-02"}).out.find("It hurt") == std::string::npos);
}

TEST_CASE("a week sheet asks for no pain on the days before the log began, in every format", "[e2e][sheet]") {
    Sandbox sandbox("2026-11-02T08:00:00");  // a Monday
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-03T10:00:00";
    const auto week_as = [&](const std::string& format) {
        return sandbox.run({"plan", "--week", "2026-10-29", "-f", format}).out;
    };
    CHECK_THAT(week_as("text"), Contains("\nPain before (0-10)               -     -     -     -   ____  ____  ____\n"
                                         "Pain after (0-10)                -     -     -     -   ____  ____  ____\n"));
    CHECK_THAT(week_as("markdown"),
               Contains("| pain before (0-10) | \u2013 | \u2013 | \u2013 | \u2013 |  |  |  |\n"));
    const std::string html = week_as("html");
    const std::string off = "<td class=\"off\">&#x2013;</td>";
    const auto pain_row = html.substr(html.find("Pain before"));
    CHECK(pain_row.substr(0, pain_row.find("</tr>")).find(off + off + off + off + "<td></td>") != std::string::npos);
}
