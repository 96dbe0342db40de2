// End-to-end: the gentle routine. A flare suggests it in plan, remind and
// report, and a day done on it is kept, never missed, however it was logged.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

TEST_CASE("a flare suggests the gentle routine in plan, remind and report", "[e2e][safety]") {
    Sandbox sandbox("2026-11-20T08:00:00");
    for (const char* day : {"2026-11-10", "2026-11-12", "2026-11-14"})
        REQUIRE(sandbox.run({"pain", "2", "--date", day}).exit_code == 0);
    CHECK(sandbox.run({"plan"}).out.find("gentle") == std::string::npos);
    REQUIRE(sandbox.run({"pain", "5", "--date", "2026-11-19"}).exit_code == 0);

    const auto plan = sandbox.run({"plan"}).out;
    CHECK_THAT(plan, Contains("is well above your usual (2.0"));
    CHECK_THAT(plan, Contains("stretch plan --routine gentle"));
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out)["gentle_suggested"]["routine"] ==
          "gentle");
    CHECK(sandbox.run({"remind"}).out ==
          "Pain is up, 10 stretches left: try `stretch plan --routine gentle` instead\n");
    const std::string report = sandbox.run({"report"}).out;
    CHECK_THAT(report, Contains("Consider the gentle routine"));
    // The advice ends in its command, and a blank line sets the pain apart.
    CHECK_THAT(report, Contains("    stretch plan --routine gentle\n\nPain (0-10): "));
    CHECK(nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out)["gentle_suggested"].is_object());
    // On the gentle routine itself nothing more is suggested.
    const auto gentle = sandbox.run({"plan", "--routine", "gentle"}).out;
    CHECK_THAT(gentle, Contains("Gentle, for flare-ups (gentle)"));
    CHECK(gentle.find("Consider the gentle routine") == std::string::npos);
    // A past day's plan is not a place for today's advice.
    CHECK(sandbox.run({"plan", "2026-11-18"}).out.find("Consider the gentle") == std::string::npos);
}

TEST_CASE("a severe pain given with a stretch is a flare-up for the days after it, as a score on its own is",
          "[e2e][safety]") {
    Sandbox sandbox("2026-12-01T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "9"}).exit_code == 0);
    // A sheet printed that evening for the next day names the day of the pain.
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out,
               Contains("You gave a pain of 9/10 on Wednesday 2 December 2026. When it has eased, the\n"
                        "gentle routine is a softer way back:\n    stretch plan --routine gentle\n"));

    sandbox.env["STRETCH_NOW"] = "2026-12-03T07:00:00";
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("You gave a pain of 9/10 on Wednesday 2 December 2026. Consider the "
                                                   "gentle\nroutine until it settles:\n    stretch plan --routine gentle\n"));
    CHECK(sandbox.run({"remind"}).out == "Pain is up, 9 stretches left: try `stretch plan --routine gentle` instead\n");
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out)["gentle_suggested"]["routine"] ==
          "gentle");
    // Three days on, the pain has left the flare-up's window.
    sandbox.env["STRETCH_NOW"] = "2026-12-05T07:00:00";
    CHECK(sandbox.run({"plan"}).out.find("gentle") == std::string::npos);
}

TEST_CASE("a later day's sheet names the day of a severe pain, after the day was rested as asked too",
          "[e2e][safety]") {
    Sandbox sandbox("2026-12-01T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "8"}).exit_code == 0);
    const std::string named = "You gave a pain of 8/10 on Tuesday 1 December 2026. When it has eased, the\n"
                              "gentle routine is a softer way back:\n";
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out, Contains(named));
    // Resting as asked leaves nothing to rest for today: the sheets still name the day.
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"plan", "tomorrow"}).out, Contains(named));
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--week", "--format", "json"}).out)["gentle_suggested"]["reason"] ==
          "You gave a pain of 8/10 on Tuesday 1 December 2026.");
    CHECK_THAT(sandbox.run({"plan"}).out, Contains("You gave a pain of 8/10 today."));
}

TEST_CASE("a severe pain the gentle routine gave does not offer it as the way back on the days after",
          "[e2e][safety]") {
    Sandbox sandbox("2026-12-01T08:00:00");
    REQUIRE(sandbox.run({"log", "-r", "gentle", "pelvic", "--pain", "8"}).exit_code == 0);
    // That day too: rest is asked, and the gentle routine is not the way back.
    const auto today = sandbox.run({"plan"}).out;
    CHECK_THAT(today, Contains("Rest rather than stretch today"));
    CHECK(today.find("--routine gentle") == std::string::npos);
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    // With no rest to ask and no routine to offer, the flare-up has nothing to say;
    // the stretch that hurt is paused.
    const auto plan = sandbox.run({"plan"}).out;
    CHECK(plan.find("--routine gentle") == std::string::npos);
    CHECK_THAT(plan, Contains("Pelvic Tilts: paused since Wednesday 2 December 2026"));
    CHECK(sandbox.run({"remind"}).out.find("gentle") == std::string::npos);
    CHECK(nlohmann::json::parse(sandbox.run({"plan", "--format", "json"}).out)["gentle_suggested"].is_null());
    // The same pain on the main routine offers it.
    Sandbox main_routine("2026-12-01T08:00:00");
    REQUIRE(main_routine.run({"log", "pelvic", "--pain", "8"}).exit_code == 0);
    main_routine.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    CHECK_THAT(main_routine.run({"plan"}).out, Contains("stretch plan --routine gentle"));
}

TEST_CASE("a day done on the gentle routine is not missed and keeps the streak", "[e2e][safety]") {
    Sandbox sandbox("2026-11-16T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-17T08:00:00";
    REQUIRE(sandbox.run({"log", "--all", "--routine", "gentle"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-18T08:00:00";
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    const auto r = nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out);
    CHECK(r["days"][1]["status"] == "gentle");
    // On the gentle day itself, status and remind asked for nothing more.
    sandbox.env["STRETCH_NOW"] = "2026-11-17T20:00:00";
    const auto status = sandbox.run({"status"});
    CHECK(status.exit_code == 0);
    CHECK_THAT(status.out, Contains("Done on the gentle routine today"));
    CHECK(nlohmann::json::parse(sandbox.run({"status", "--json"}).out)["gentle_done"] == true);
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    CHECK(sandbox.run({"remind"}).out.empty());
    // And the report agrees: today is not "not done yet".
    CHECK(nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out)["days"][1]["status"] == "gentle");
    sandbox.env["STRETCH_NOW"] = "2026-11-18T20:00:00";
    CHECK(r["consistency"]["gentle_days"] == 1);
    CHECK(r["consistency"]["missed_days"] == 0);
    CHECK(r["consistency"]["partial_days"] == 0);
    CHECK(r["consistency"]["current_streak"] == 2);
    CHECK_THAT(sandbox.run({"report"}).out, Contains("g gentle routine done"));
}

TEST_CASE("logging the gentle routine's stretches on the main routine says the day is kept, as status does",
          "[e2e][safety]") {
    // log counted "6 of 10 stretches left" while status said the day was done.
    Sandbox sandbox("2026-11-17T08:00:00");
    const auto logged = sandbox.run({"log", "spine", "pelvic", "deep", "lower-stomach"});
    REQUIRE(logged.exit_code == 0);
    CHECK_THAT(logged.out, Contains("6 of 10 stretches left today (about 11 min). Done on the gentle routine today:\n"
                                    "that is enough for today; it is not missed and costs no streak.\n"));
    CHECK(sandbox.run({"status", "--quiet"}).exit_code == 0);
    // Three of the four keep nothing yet.
    Sandbox three("2026-11-17T08:00:00");
    CHECK(three.run({"log", "spine", "pelvic", "deep"}).out.find("gentle") == std::string::npos);
}

TEST_CASE("severe pain on the gentle routine itself does not offer it as the way back", "[e2e][safety]") {
    Sandbox sandbox("2026-05-04T08:00:00");
    const auto hurt = sandbox.run({"log", "--all", "-r", "gentle", "--pain", "7"});
    REQUIRE(hurt.exit_code == 0);
    CHECK_THAT(hurt.out, Contains("That is a lot of pain."));
    CHECK(hurt.out.find("softer way back") == std::string::npos);
    // Nor a score given on its own after the gentle routine kept the day.
    Sandbox after_gentle("2026-05-04T08:00:00");
    REQUIRE(after_gentle.run({"log", "--all", "-r", "gentle"}).exit_code == 0);
    const auto later = after_gentle.run({"pain", "8"});
    REQUIRE(later.exit_code == 0);
    CHECK_THAT(later.out, Contains("That is a lot of pain."));
    CHECK(later.out.find("softer way back") == std::string::npos);
    // On the main routine it still is.
    Sandbox main_routine("2026-05-04T08:00:00");
    const auto main_hurt = main_routine.run({"log", "bridge", "--pain", "7"});
    REQUIRE(main_hurt.exit_code == 0);
    CHECK_THAT(main_hurt.out, Contains("the gentle routine is a softer way back"));
}
