// Printable sheets as files: the HTML day plan, the week sheet in every
// format, the HTML report, and escaping of everything a user wrote. An
// exercise's own figure is figure_e2e_test.cpp; printing them in a browser
// is print_e2e_test.cpp.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/print.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

/// Runs `args` as on the morning of `day`: a skip is for today or later.
Result run_on(Sandbox& sandbox, const std::string& day, const std::vector<std::string>& args) {
    const std::string now = sandbox.env["STRETCH_NOW"];
    sandbox.env["STRETCH_NOW"] = day + "T07:00:00";
    Result result = sandbox.run(args);
    sandbox.env["STRETCH_NOW"] = now;
    return result;
}

/// A routine file where every text a user can write tries to be markup.
constexpr const char* kHostileRoutine = R"(
[exercise.knee-hug]
name = "Knee <b>Hug</b> & \"co\""
position = "on your back </p><img src=x onerror=alert(1)>"
targets = ["lower back"]
reps = 5
steps = ["Hug your knees <svg onload=alert(1)>.", "Let go ' slowly."]
breathing = "Slowly <!-- comment"
cautions = ["Stop ]]> if it hurts."]

[routine]
id = "odd"
name = "<script>alert(1)</script>"
description = "<style>body{display:none}</style>"
steps = [{ exercise = "knee-hug" }, { exercise = "bridge" }]
)";

/// True when `markup` occurs without a backslash before it (Markdown's escape).
bool has_unescaped(const std::string& markdown, const std::string& markup) {
    for (size_t at = markdown.find(markup); at != std::string::npos; at = markdown.find(markup, at + 1))
        if (at == 0 || markdown[at - 1] != '\\') return true;
    return false;
}

void check_inert(const std::string& html) {
    const std::string lower = lowered(html);
    CHECK(lower.find("<script") == std::string::npos);
    CHECK(lower.find("<img src=x") == std::string::npos);
    CHECK(lower.find("<svg onload") == std::string::npos);
    CHECK(lower.find("<b>hug") == std::string::npos);
    CHECK(lower.find("<style>body") == std::string::npos);
    CHECK(lower.find("<!-- comment") == std::string::npos);
}

}  // namespace

TEST_CASE("HTML sheets and reports are self-contained: no script, nothing to fetch", "[e2e][sheet]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "3", "--note", "fine"}).exit_code == 0);
    for (const auto& args : std::vector<std::vector<std::string>>{{"plan", "-f", "html"},
                                                                  {"plan", "--week", "-f", "html"},
                                                                  {"report", "--month", "-f", "html"},
                                                                  {"report", "--year", "-f", "html"}}) {
        const auto printed = sandbox.run(args);
        INFO(args[0] + " " + args[1]);
        REQUIRE(printed.exit_code == 0);
        CHECK_THAT(printed.out, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        CHECK_THAT(printed.out, Catch::EndsWith("</html>\n"));
        const std::string lower = lowered(printed.out);
        for (const char* fetches : {"<script", "<link", "@import", "url(", "src=\"http", "href=", "<iframe"})
            CHECK(lower.find(fetches) == std::string::npos);
    }
}

TEST_CASE("every SVG on a sheet or a report parses as XML", "[e2e][sheet]") {
    Sandbox sandbox;
    REQUIRE(run_on(sandbox, "2026-11-18", {"skip"}).exit_code == 0);  // first: a skip is for today or later
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "3", "--date", "2026-11-20"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "4", "--date", "2026-11-19"}).exit_code == 0);
    const auto day = sandbox.run({"plan", "-f", "html"}).out;
    const auto week = sandbox.run({"plan", "--week", "-f", "html"}).out;
    const auto month = sandbox.run({"report", "--month", "-f", "html"}).out;
    const auto year = sandbox.run({"report", "--year", "-f", "html"}).out;
    CHECK(svgs_in(day).size() == 10);   // a figure for each bundled stretch
    CHECK(svgs_in(week).size() == 10);
    CHECK(svgs_in(month).size() == 2);  // the calendar and the pain trend
    CHECK(svgs_in(year).size() == 2);
    for (const auto* html : {&day, &week, &month, &year})
        for (const std::string& svg : svgs_in(*html)) {
            INFO(svg.substr(0, 200));
            CHECK(well_formed_xml(sandbox, svg));
        }
}

TEST_CASE("names, notes and routine text a user wrote print as text in HTML and Markdown", "[e2e][sheet]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/odd.toml", kHostileRoutine);
    REQUIRE(sandbox.run({"log", "knee-hug", "-r", "odd", "--pain", "2", "--note", "<script>alert(2)</script>"})
                .exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bridge", "--reason", "</li><script>x</script>"}).exit_code == 0);
    REQUIRE(sandbox.run({"skip", "tomorrow", "-r", "odd", "--reason", "<i>away</i>"}).exit_code == 0);

    const auto day = sandbox.run({"plan", "-r", "odd", "-f", "html"}).out;
    const auto week = sandbox.run({"plan", "-r", "odd", "--week", "-f", "html"}).out;
    const auto report = sandbox.run({"report", "-r", "odd", "-f", "html"}).out;
    for (const auto* html : {&day, &week, &report}) check_inert(*html);
    CHECK_THAT(day, Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(day, Contains("Knee &lt;b&gt;Hug&lt;/b&gt; &amp; &quot;co&quot;"));
    CHECK_THAT(day, Contains("Hug your knees &lt;svg onload=alert(1)&gt;."));
    CHECK_THAT(day, Contains("(&lt;/li&gt;&lt;script&gt;x&lt;/script&gt;)"));
    CHECK_THAT(week, Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(report, Contains("<title>Stretch report: &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    CHECK_THAT(report, Contains("<td>&lt;script&gt;alert(2)&lt;/script&gt;</td>"));

    const auto markdown = sandbox.run({"report", "-r", "odd", "-f", "markdown"}).out;
    CHECK_FALSE(has_unescaped(markdown, "<script"));
    CHECK_THAT(markdown, Contains("\\<script\\>alert\\(2\\)\\</script\\>"));
    const auto week_markdown = sandbox.run({"plan", "-r", "odd", "--week", "-f", "markdown"}).out;
    CHECK_FALSE(has_unescaped(week_markdown, "<b>"));
    CHECK_THAT(week_markdown, Contains("Knee \\<b\\>Hug\\</b\\>"));
}

TEST_CASE("the HTML report carries the highest pain, the notes and the days set aside", "[e2e][sheet]") {
    Sandbox sandbox;  // Sunday 22 November 2026
    REQUIRE(run_on(sandbox, "2026-11-18", {"skip", "--reason", "travel"}).exit_code == 0);  // on the day
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "2", "--date", "2026-11-16"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "6", "--date", "2026-11-17", "--note", "sharp at the top"})
                .exit_code == 0);
    REQUIRE(sandbox.run({"pain", "5", "--date", "2026-11-17", "--note", "after the drive"}).exit_code == 0);
    const auto html = sandbox.run({"report", "-f", "html"}).out;
    // Pain 6 is in the stop zone, so the bridge is paused from today.
    CHECK_THAT(html, Contains("<tr><td>Bridge</td><td class=\"n\">2 / 5</td><td class=\"n\">1</td>"
                              "<td class=\"n\">16</td><td class=\"n\">4.0</td><td class=\"n\">6</td></tr>"));
    CHECK_THAT(html, Contains("<td>Bridge</td><td class=\"n\">6</td><td>sharp at the top</td>"));
    CHECK_THAT(html, Contains("<td>pain score</td><td class=\"n\">5</td><td>after the drive</td>"));
    CHECK_THAT(html, Contains("<b>Skipped (rest, illness, travel):</b> Wed 18 Nov."));
    const auto json = nlohmann::json::parse(sandbox.run({"report", "-f", "json"}).out);
    for (const auto& stretch : json["stretches"])
        if (stretch["id"] == "bridge") CHECK(stretch["highest_pain"] == 6);
    const auto markdown = sandbox.run({"report", "-f", "markdown"}).out;
    CHECK_THAT(markdown, Contains("| Bridge | 2 / 5 | 1 | 16 | 4.0 | 6 |\n"));
    CHECK_THAT(markdown, Contains("| 2026-11-17 | Bridge | 6 | sharp at the top |\n"));
    CHECK_THAT(markdown, Contains("- Skipped (rest, illness, travel): 2026-11-18\n"));
    CHECK_THAT(markdown, Contains("| Wed 2026-11-18 | skipped | - | - | - |\n"));
    CHECK_THAT(markdown, Contains("| Tue 2026-11-17 | partial | 1 / 10 | 5.0 | 6 |\n"));
}

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

TEST_CASE("a long report's pain trend labels no two weeks so close that they run together", "[e2e][sheet]") {
    Sandbox sandbox("2026-11-30T20:00:00");
    std::vector<std::string> days;  // a pain about once a week, July to November
    for (int d = 1; d <= 28; d += 7)
        for (const char* month : {"07", "08", "09", "10", "11"})
            days.push_back(std::string("2026-") + month + "-" + (d < 10 ? "0" : "") + std::to_string(d));
    for (const auto& day : days) REQUIRE(sandbox.run({"pain", "3", "--date", day}).exit_code == 0);
    const std::string html = sandbox.run({"report", "--since", "2026-07-01", "-f", "html"}).out;
    // The axis labels: "<text x=... y=AXIS ...>10 Aug</text>", between the first and last day's.
    std::vector<double> xs;
    const std::string marker = " font-size=\"10\" text-anchor=\"middle\">";
    for (size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
        const size_t open = html.rfind("<text x=\"", at);
        const std::string label = html.substr(at + marker.size(), html.find('<', at + 1) - at - marker.size());
        if (label.size() < 5 || label.find(' ') == std::string::npos) continue;  // a day's date, "10 Aug"
        xs.push_back(std::stod(html.substr(open + 9)));
    }
    REQUIRE(xs.size() >= 8);
    for (size_t i = 1; i < xs.size(); ++i) {
        INFO(xs[i - 1] << " then " << xs[i]);
        CHECK(xs[i] - xs[i - 1] >= 40);
    }
}
