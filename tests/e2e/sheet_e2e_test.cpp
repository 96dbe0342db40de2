// Printable sheets as files: the HTML day plan, the HTML report, and
// escaping of everything a user wrote. The week sheet is
// week_sheet_e2e_test.cpp; an exercise's own figure is figure_e2e_test.cpp;
// printing them in a browser is print_e2e_test.cpp.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/print.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

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
