// Printed sheets as a user prints them: the HTML through Debian's headless
// Chromium into a PDF, read back with poppler-utils. A day plan is one page
// and a week sheet two, on A4 and on Letter, and the PDF holds every
// stretch's name and dose, and a report's chart numbers.

#include <algorithm>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/print.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

/// Runs of spaces and line breaks as one space: a PDF breaks lines where the
/// page does.
std::string words(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

/// The day's stretches as the plan's JSON names them: name and dose.
std::vector<std::pair<std::string, std::string>> stretches_of(const nlohmann::json& plan) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& stretch : plan["stretches"])
        out.emplace_back(stretch["name"].get<std::string>(), stretch["target"]["dose"].get<std::string>());
    return out;
}

std::filesystem::path write_html(const Sandbox& sandbox, const std::vector<std::string>& args, const std::string& file) {
    auto with_output = args;
    with_output.insert(with_output.end(), {"-f", "html", "-o", file});
    const auto result = sandbox.run(with_output);
    REQUIRE(result.exit_code == 0);
    return sandbox.home() / file;
}

/// `html` printed on A4 and on Letter, each checked to fill exactly one
/// page: the paper's name and the words on it.
std::vector<std::pair<std::string, std::string>> one_page_each(const Sandbox& sandbox, const std::filesystem::path& html) {
    std::vector<std::pair<std::string, std::string>> printed;
    for (const char* paper : {"A4", "letter"}) {
        INFO(paper);
        const PrintedPdf pdf = print_html(sandbox, html, paper);
        CHECK(pdf.pages == 1);
        printed.emplace_back(paper, words(pdf.text()));
    }
    return printed;
}

/// Pain above the usual for three days, and three stretches that hurt
/// yesterday: the plan gets the flare note and three cautions.
void a_hard_week(Sandbox& sandbox) {
    for (const char* day : {"2026-11-12", "2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17",
                            "2026-11-18"})
        REQUIRE(sandbox.run({"pain", "2", "--date", day}).exit_code == 0);
    for (const char* day : {"2026-11-19", "2026-11-20", "2026-11-21"})
        REQUIRE(sandbox.run({"pain", "6", "--date", day}).exit_code == 0);
    for (const char* exercise : {"bridge", "bird-dog", "spine-stretch"})
        REQUIRE(sandbox.run({"log", exercise, "--pain", "4", "--date", "2026-11-21"}).exit_code == 0);
}

}  // namespace

TEST_CASE("a day plan prints on exactly one A4 or Letter page with every stretch's name and dose",
          "[e2e][print]") {
    Sandbox sandbox;
    const auto html = write_html(sandbox, {"plan"}, "day.html");
    const auto plan = nlohmann::json::parse(sandbox.run({"plan", "-f", "json"}).out);
    REQUIRE(stretches_of(plan).size() == 10);
    for (const auto& [paper, text] : one_page_each(sandbox, html)) {
        INFO(paper);
        CHECK_THAT(text, Contains("Stretches for Sunday 22 November 2026"));
        for (const auto& [name, dose] : stretches_of(plan)) {
            CHECK_THAT(text, Contains(name));
            CHECK_THAT(text, Contains(dose));
        }
        CHECK_THAT(text, Contains("Pain (0-10) before"));
        CHECK_THAT(text, Contains("chest pain"));  // the last warning sign: the footer is on the page
    }
}

TEST_CASE("a day plan with the flare note and three cautions still prints on one page", "[e2e][print]") {
    Sandbox sandbox;
    a_hard_week(sandbox);
    const auto html = write_html(sandbox, {"plan"}, "hard-day.html");
    CHECK_THAT(read_file(html), Contains("well above your usual"));
    for (const auto& [paper, text] : one_page_each(sandbox, html)) {
        INFO(paper);
        CHECK_THAT(text, Contains("It hurt 4/10 on Saturday 21 November 2026"));
    }
    // A paused stretch and advice to rest too: the pause list pushed the
    // warning signs alone onto a second page.
    REQUIRE(sandbox.run({"pause", "hip-stretch", "--reason", "sore"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    const auto rest = write_html(sandbox, {"plan"}, "rest-day.html");
    for (const auto& [paper, text] : one_page_each(sandbox, rest)) {
        INFO(paper);
        CHECK_THAT(text, Contains("Rest rather than stretch today"));
        CHECK_THAT(text, Contains("Hip Stretch since Sunday 22 November 2026 (sore), resume with stretch resume hip-stretch"));
        CHECK_THAT(text, Contains("chest pain"));
    }
}

TEST_CASE("a week sheet prints on exactly two pages: the grid, then the instructions", "[e2e][print]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"skip", "2026-11-24", "--reason", "travel"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "hip-stretch", "--reason", "sore knee"}).exit_code == 0);
    const auto html = write_html(sandbox, {"plan", "--week"}, "week.html");
    const auto plan = nlohmann::json::parse(sandbox.run({"plan", "-f", "json"}).out);
    for (const char* paper : {"A4", "letter"}) {
        INFO(paper);
        const PrintedPdf pdf = print_html(sandbox, html, paper);
        REQUIRE(pdf.pages == 2);
        const std::string grid = words(pdf.page_texts[0]), instructions = words(pdf.page_texts[1]);
        CHECK_THAT(grid, Contains("Stretch week: Sunday 22 November 2026 to Saturday 28 November 2026"));
        for (const char* day : {"Sun 22 Nov", "Mon 23 Nov", "Tue 24 Nov skipped", "Sat 28 Nov"})
            CHECK_THAT(grid, Contains(day));
        CHECK_THAT(grid, Contains("Pain before (0-10)"));
        CHECK_THAT(grid, Contains("Paused all week: Hip Stretch"));
        CHECK_THAT(instructions, Contains("How to do them"));
        CHECK_THAT(instructions, Contains("Hip Stretch since Sunday 22 November 2026 (sore knee)"));
        for (const auto& [name, dose] : stretches_of(plan)) {
            CHECK_THAT(grid, Contains(name));
            CHECK_THAT(grid, Contains(dose));
            CHECK_THAT(instructions, Contains(name + " " + dose));
        }
    }
}

TEST_CASE("printed tables keep their right-hand side on A4 and Letter: the week grid and the report's",
          "[e2e][print]") {
    // Chromium left a full-width table with collapsed borders open on the
    // right on Letter: the Sunday column of the grid, and the last column of
    // the report's stretches.
    Sandbox sandbox("2026-11-30T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto week = write_html(sandbox, {"plan", "--week"}, "week.html");
    const auto report = write_html(sandbox, {"report", "--month"}, "report.html");
    constexpr int kDpi = 100;
    const int margin = 7 * kDpi * 10 / 254;  // the 7 mm of @page, in pixels
    for (const char* paper : {"A4", "letter"})
        for (const auto& html : {week, report}) {
            INFO(paper << " " << html.filename().string());
            const PrintedPdf pdf = print_html(sandbox, html, paper);
            int left = 0, right = 0;
            for (int page = 1; page <= pdf.pages; ++page) {
                const Raster raster = raster_page(sandbox, pdf, page, kDpi);
                left = std::max(left, raster.longest_vertical_line(margin - 3, margin + 3));
                right = std::max(right, raster.longest_vertical_line(raster.width - margin - 3, raster.width - margin + 3));
            }
            CHECK(left > kDpi);  // a table's left side, an inch or more
            CHECK(right * 10 >= left * 9);
        }
}

TEST_CASE("a month report's PDF holds its charts' numbers", "[e2e][print]") {
    Sandbox sandbox("2026-11-30T20:00:00");
    const auto demo = Sandbox::finish(sandbox.start({"bash", STRETCH_SCRIPTS "/demo-history.sh", STRETCH_BINARY}));
    REQUIRE(demo.exit_code == 0);
    const auto html = write_html(sandbox, {"report", "--month"}, "month.html");
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--month", "-f", "json"}).out);
    const PrintedPdf pdf = print_html(sandbox, html, "A4");
    CHECK(pdf.pages <= 2);
    const std::string text = words(pdf.text());
    CHECK_THAT(text, Contains("Consistency 89%"));
    // The calendar numbers every day; the trend labels every weekly mean.
    for (int day = 1; day <= 30; ++day) CHECK_THAT(text, Contains(" " + std::to_string(day) + " "));
    int means = 0;
    for (const auto& week : report["weeks"])
        if (!week["mean_pain"].is_null()) {
            char mean[16];
            std::snprintf(mean, sizeof mean, "%.1f", week["mean_pain"].get<double>());
            CHECK_THAT(text, Contains(mean));
            ++means;
        }
    CHECK(means == 6);
    CHECK_THAT(text, Contains("Skipped (rest, illness, travel): Fri 6 Nov, Thu 19 Nov."));
    CHECK_THAT(text, Contains("twinge at the top; went lower next time"));
}

TEST_CASE("a routine named like a script prints as its text", "[e2e][print]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/odd.toml", R"(
[routine]
id = "odd"
name = "<script>alert(1)</script>"
steps = [{ exercise = "bridge" }]
)");
    const auto html = write_html(sandbox, {"plan", "-r", "odd"}, "odd.html");
    const PrintedPdf pdf = print_html(sandbox, html, "A4");
    CHECK(pdf.pages == 1);
    CHECK_THAT(words(pdf.text()), Contains("Routine: <script>alert(1)</script> (odd)"));
}
