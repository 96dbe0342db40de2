#include "support/histories.h"

#include <catch2/catch.hpp>

namespace stretch::testing {

void busy_week(Sandbox& sandbox) {
    for (const char* day : {"2026-11-16", "2026-11-17", "2026-11-18"}) {
        sandbox.env["STRETCH_NOW"] = std::string(day) + "T08:00:00";
        REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    }
    sandbox.env["STRETCH_NOW"] = "2026-11-19T08:00:00";
    REQUIRE(sandbox.run({"log", "bridge", "--note", "short, \"quoted\"\nday"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "leg", "--pain", "7", "--side", "left"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "4", "--note", "evening"}).exit_code == 0);
    REQUIRE(sandbox.run({"skip", "2026-11-20", "--reason", "travel"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bird", "--reason", "therapist"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-22T08:00:00";
}

}  // namespace stretch::testing
