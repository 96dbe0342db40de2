// End-to-end: an exercise's own figure on a printed sheet: embedded as an
// image a browser never runs, and every fault of the drawing refused at the
// line of the routine file that names it.

#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "support/print.h"
#include "support/sandbox.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

TEST_CASE("an exercise may name its own figure, and a missing one is an error at its line", "[e2e][sheet]") {
    Sandbox sandbox;
    const std::string exercise = R"(
[exercise.knee-hug]
name = "Knee Hug"
position = "on your back"
targets = ["lower back"]
reps = 5
steps = ["Hug your knees."]
breathing = "Slowly."
figure = "pictures/knee-hug.svg"

[routine]
id = "mine"
name = "Mine"
steps = [{ exercise = "knee-hug" }]
)";
    sandbox.write(".config/stretch/routines/mine.toml", exercise);
    // Only what prints a sheet (and `check`) reads the drawing.
    CHECK(sandbox.run({"plan", "-r", "mine"}).exit_code == 0);
    const auto missing = sandbox.run({"plan", "-r", "mine", "-f", "html"});
    CHECK(missing.exit_code == 65);
    CHECK_THAT(missing.err, Contains("mine.toml:9:"));
    CHECK_THAT(missing.err, Contains("exercise figure 'pictures/knee-hug.svg' not found"));
    const auto checked = sandbox.run({"check"});
    CHECK(checked.exit_code == 65);
    CHECK_THAT(checked.err, Contains("mine.toml:9:"));

    // A figure holding a script is embedded as an image, which a browser never runs.
    const std::string drawing = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                                "<script>alert(1)</script><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";
    sandbox.write(".config/stretch/routines/pictures/knee-hug.svg", drawing);
    const auto html = sandbox.run({"plan", "-r", "mine", "-f", "html"});
    REQUIRE(html.exit_code == 0);
    CHECK(lowered(html.out).find("<script") == std::string::npos);
    CHECK_THAT(html.out, Contains("<img class=\"figure\" alt=\"Knee Hug\" src=\"data:image/svg+xml;base64,"));
    REQUIRE(svgs_in(html.out).size() == 1);
    CHECK(svgs_in(html.out)[0] == drawing);

    // Every fault of the drawing is said at the figure line, as check says any other.
    sandbox.write(".config/stretch/routines/pictures/knee-hug.svg", "not a drawing");
    const auto bad = sandbox.run({"plan", "-r", "mine", "-f", "html"});
    CHECK(bad.exit_code == 65);
    const std::string at_line = "mine.toml:9:10: exercise figure 'pictures/knee-hug.svg' is ";
    CHECK_THAT(bad.err, Contains(at_line + "not an SVG drawing"));
    CHECK(bad.out.empty());
    CHECK_THAT(sandbox.run({"check"}).err, Contains(at_line + "not an SVG drawing"));
    sandbox.write(".config/stretch/routines/pictures/knee-hug.svg", "<svg>" + std::string(300 * 1024, ' ') + "</svg>");
    CHECK_THAT(sandbox.run({"check"}).err, Contains(at_line + "over 256 KiB"));
    std::filesystem::remove(sandbox.home() / ".config/stretch/routines/pictures/knee-hug.svg");
    std::filesystem::create_directory(sandbox.home() / ".config/stretch/routines/pictures/knee-hug.svg");
    CHECK_THAT(sandbox.run({"check"}).err, Contains(at_line + "not a file"));
    // Only a sheet reads the drawing: the text plan does not need it.
    CHECK(sandbox.run({"plan", "-r", "mine"}).exit_code == 0);
}

TEST_CASE("a copy of the bundled exercises, whose drawings stayed behind, is told how to bring them", "[e2e][sheet]") {
    Sandbox sandbox;
    const std::filesystem::path bundled = STRETCH_ROUTINES_SOURCE;
    std::filesystem::create_directories(sandbox.user_routines());
    std::filesystem::copy_file(bundled / "exercises.toml", sandbox.user_routines() / "exercises.toml");
    const auto checked = sandbox.run({"check"});
    CHECK(checked.exit_code == 65);
    const std::string copy = "cp -nr " + (bundled / "figures").string() + " " + sandbox.user_routines().string() + "/";
    CHECK_THAT(checked.err, Contains(": exercise figure 'figures/spine-stretch.svg' not found; the "
                                     "bundled routines have it: copy their figures folder beside exercises.toml (" +
                                     copy + "), or remove the line\n"));
    CHECK(sandbox.run({"plan", "-f", "html"}).err == checked.err);
    // The command it gives puts it right, and keeps a drawing of the user's own.
    sandbox.write(".config/stretch/routines/figures/bridge.svg", "<svg>mine</svg>");
    REQUIRE(std::system(copy.c_str()) == 0);
    CHECK(read_file(sandbox.user_routines() / "figures/bridge.svg") == "<svg>mine</svg>");
    CHECK(sandbox.run({"check"}).exit_code == 0);
    CHECK(sandbox.run({"plan", "-f", "html"}).exit_code == 0);
    // A path through "./" names the same folder, never "." (which would copy
    // the bundled routine files over the user's).
    std::filesystem::remove_all(sandbox.user_routines() / "figures");
    const std::string edited = read_file(sandbox.user_routines() / "exercises.toml");
    std::string dotted = edited;
    for (size_t at = dotted.find("\"figures/"); at != std::string::npos; at = dotted.find("\"figures/", at + 3))
        dotted.insert(at + 1, "./");
    sandbox.write(".config/stretch/routines/exercises.toml", dotted);
    CHECK_THAT(sandbox.run({"check"}).err, Contains("copy their figures folder beside exercises.toml (" + copy + ")"));
}
