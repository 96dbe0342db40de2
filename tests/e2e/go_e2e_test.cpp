// `stretch go`, the guided session, driven in a real pseudo-terminal as a
// person at a terminal meets it: what it logs, and how pain stops a stretch
// or the session (go_terminal_e2e_test.cpp has what the terminal sees when a
// session is interrupted). The clock runs 1000 times faster (--speed), so a
// session takes a second or two.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "e2e/go_session.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

TEST_CASE("a whole guided session logs every stretch with its pain, and the pain before and after",
          "[e2e][go]") {
    Sandbox sandbox;
    auto session = go(sandbox);
    REQUIRE(session->wait_for("before you start (0-10, Enter to leave out)"));
    session->type("5\r");
    for (int i = 1; i <= 10; ++i) {
        INFO("stretch " << i);
        REQUIRE(session->wait_for(std::to_string(i) + " of 10: "));
        REQUIRE(session->wait_for("How much did it hurt? (0-10, Enter for none)"));
        session->type(i == 7 ? "2\r" : "\r");
    }
    REQUIRE(session->wait_for("after the session (0-10, Enter to leave out)"));
    session->type("3\r");
    REQUIRE(session->wait_for("Session done. 10 stretches logged. Pain 5 before, 3 after."));
    CHECK(session->finish() == 0);
    // What the screen showed: the hold's countdown, side changes, the bell.
    CHECK_THAT(session->seen(), Contains(">> Hold, left side, rep 1 of 2  20 s"));
    CHECK_THAT(session->seen(), Contains("Switch sides: right side"));
    CHECK_THAT(session->seen(), Contains("\a"));
    // After the last stretch there is no next one to announce.
    CHECK_THAT(session->seen(), Contains("That was the last stretch (any key: go on)."));
    // ... and is erased once answered, so that the question after the session takes its line.
    CHECK_THAT(session->seen(), Contains("That was the last stretch (any key: go on).\r\x1b[K\a\r\x1b[KPain now"));

    CHECK(count(sandbox, "kind = 'stretch'") == 10);
    CHECK(sandbox.sql("SELECT pain FROM entries WHERE exercise = 'bridge'") == "2\n");
    CHECK(sandbox.sql("SELECT reps FROM entries WHERE exercise = 'pelvic-tilts'") == "8\n");  // the target
    CHECK(sandbox.sql("SELECT moment, pain FROM entries WHERE kind = 'pain' ORDER BY moment") ==
          "after|3\nbefore|5\n");
    // The report shows the change apart from the day's pain (which is the 5).
    const auto report = nlohmann::json::parse(sandbox.run({"report", "--format", "json"}).out);
    CHECK(report["sessions"] == nlohmann::json({{"days", 1}, {"mean_before", 5.0}, {"mean_after", 3.0},
                                                {"change", -2.0}}));
    CHECK(report["pain"]["count"] == 1);
    CHECK_THAT(sandbox.run({"report"}).out, Contains("with a guided session (stretch go), pain was 5.0 before and"));
    // Each stretch was committed as it was logged, yet the session is one
    // command to undo, as any other command is.
    const std::string list = sandbox.run({"undo", "--list"}).out;
    CHECK_THAT(list, Contains("12 entries added"));
    CHECK(list.find("stretch go") == list.rfind("stretch go"));
    const auto undone = sandbox.run({"undo"});
    CHECK(undone.exit_code == 0);
    CHECK_THAT(undone.out, Contains("removed pain 5/10"));
    CHECK_THAT(undone.out, Contains("removed bridge: 8 reps, pain 2/10"));
    CHECK(count(sandbox, "1") == 0);
}

TEST_CASE("a stop-zone answer pauses that stretch and moves on, s skips one", "[e2e][go]") {
    Sandbox sandbox;
    auto session = go(sandbox, "10");
    begin(*session);
    REQUIRE(session->wait_for("How much did it hurt?"));
    session->type("6\r");  // the stop zone, short of severe
    REQUIRE(session->wait_for("spine-stretch is paused from tomorrow"));
    REQUIRE(session->wait_for("Press any key to go on"));
    session->type("x");
    REQUIRE(session->wait_for("2 of 10: Hip Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("s");
    REQUIRE(session->wait_for("3 of 10: Bottom Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("q");
    // The summary wraps at 80 columns.
    REQUIRE(session->wait_for("Session stopped. 1 stretch logged; skipped: Hip Stretch; paused because it hurt:"));
    REQUIRE(session->wait_for("Spine Stretch."));
    CHECK(session->finish() == 0);
    CHECK(sandbox.sql("SELECT exercise, first_day FROM pauses") == "spine-stretch|2026-11-23\n");
    CHECK(count(sandbox, "kind = 'stretch'") == 1);
}

TEST_CASE("a take-it-easier answer stays on screen until a key, and the summary names the stretch", "[e2e][go]") {
    Sandbox sandbox;
    auto session = go(sandbox, "10");
    begin(*session);
    REQUIRE(session->wait_for("How much did it hurt?"));
    session->type("5\r");  // uncomfortable: go gentler next time, nothing paused
    REQUIRE(session->wait_for("That was uncomfortable (5/10): go gentler with spine-stretch next time."));
    REQUIRE(session->wait_for("Press any key to go on to the next stretch."));
    session->type("x");
    REQUIRE(session->wait_for("2 of 10: Hip Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("q");
    REQUIRE(session->wait_for("Session stopped. 1 stretch logged; go gentler next time with: Spine Stretch."));
    CHECK(session->finish() == 0);
    CHECK(sandbox.sql("SELECT exercise, pain FROM entries") == "spine-stretch|5\n");
    CHECK(sandbox.sql("SELECT count(*) FROM pauses") == "0\n");
}

TEST_CASE("b goes back to a skipped stretch, never to one already logged", "[e2e][go]") {
    Sandbox sandbox;
    auto session = go(sandbox, "10");
    begin(*session);
    REQUIRE(session->wait_for("How much did it hurt?"));  // spine, done
    session->type("\r");
    REQUIRE(session->wait_for("2 of 10: Hip Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("s");  // hip skipped
    REQUIRE(session->wait_for("3 of 10: Bottom Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("b");  // back past nothing logged: to hip
    REQUIRE(session->wait_for("2 of 10: Hip Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("b");  // spine is logged: hip again
    REQUIRE(session->wait_for("2 of 10: Hip Stretch"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("q");
    REQUIRE(session->wait_for("Session stopped. 1 stretch logged; skipped: Hip Stretch."));
    CHECK(session->finish() == 0);
    CHECK(count(sandbox, "kind = 'stretch'") == 1);
}

TEST_CASE("severe pain before the session ends it with the same advice as stretch pain", "[e2e][go]") {
    Sandbox sandbox;
    auto session = go(sandbox);
    begin(*session, "8");
    REQUIRE(session->wait_for("Leave the routine for today"));
    REQUIRE(session->wait_for("Press any key to end the session."));
    session->type("x");
    REQUIRE(session->wait_for("No stretches today: the pain is too high."));
    CHECK(session->finish() == 0);
    CHECK(count(sandbox, "kind = 'stretch'") == 0);
    CHECK(sandbox.sql("SELECT pain, moment FROM entries") == "8|before\n");
    // q while the next stretch waits quits too.
    Sandbox other;
    auto again = go(other);
    begin(*again);
    REQUIRE(again->wait_for("How much did it hurt?"));
    again->type("\r");
    REQUIRE(again->wait_for("Next stretch in a moment"));
    again->type("q");
    REQUIRE(again->wait_for("Session stopped. 1 stretch logged."));
    CHECK(again->finish() == 0);
}

TEST_CASE("severe pain in a stretch ends the session with the advice to rest, as the report will judge the day",
          "[e2e][go]") {
    Sandbox sandbox;
    auto session = go(sandbox, "10");
    begin(*session);
    REQUIRE(session->wait_for("How much did it hurt?"));
    session->type("\r");
    REQUIRE(session->wait_for("2 of 10: Hip Stretch"));
    REQUIRE(session->wait_for("How much did it hurt?"));
    session->type("8\r");
    REQUIRE(session->wait_for("hip-stretch is paused from tomorrow"));
    REQUIRE(session->wait_for("Leave the routine for today"));
    REQUIRE(session->wait_for("Press any key to end the session."));
    session->type("x");
    REQUIRE(session->wait_for("Session stopped: the pain is too high to go on today. 2 stretches logged; paused"));
    CHECK(session->finish() == 0);
    CHECK(count(sandbox, "kind = 'stretch'") == 2);
    // Neither the third stretch nor the pain after the session was asked for.
    CHECK(count(sandbox, "kind = 'pain'") == 0);
    CHECK_THAT(session->seen(), Contains("`stretch skip`"));
    // Said once: what log answered is the advice.
    const std::string seen = session->seen();
    const auto first = seen.find("Leave the routine for today");
    CHECK(seen.find("Leave the routine for today", first + 1) == std::string::npos);
    const auto signs = seen.find("get emergency help");
    CHECK(signs != std::string::npos);
    CHECK(seen.find("get emergency help", signs + 1) == std::string::npos);

    // On the last stretch left, the day is complete once it is logged: the
    // advice judges the day as it is then, and offers no skip it would refuse.
    Sandbox last;
    last.write(".config/stretch/routines/mine.toml",
               "[routine]\nname = \"Mine\"\ndays = \"daily\"\n"
               "steps = [ { exercise = \"bridge\" }, { exercise = \"bird-dog\" } ]\n");
    REQUIRE(last.run({"log", "-r", "mine", "bridge"}).exit_code == 0);
    auto final = start_in_pty(last, {STRETCH_BINARY, "go", "--routine", "mine", "--speed", "1000"});
    begin(*final);
    REQUIRE(final->wait_for("How much did it hurt?"));
    final->type("8\r");
    REQUIRE(final->wait_for("Leave the routine for today"));
    REQUIRE(final->wait_for("Press any key to end the session."));
    final->type("x");
    REQUIRE(final->wait_for("Session stopped: the pain is too high to go on today."));
    CHECK(final->finish() == 0);
    CHECK(final->seen().find("stretch skip") == std::string::npos);
    CHECK(last.run({"skip", "--routine", "mine"}).exit_code == 64);  // as skip answers: today is complete
}

TEST_CASE("a severe pain after the session is answered as stretch pain answers it, warning signs included",
          "[e2e][go]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = \"daily\"\n"
                  "steps = [ { exercise = \"bridge\" }, { exercise = \"bird-dog\" } ]\n");
    auto session = start_in_pty(sandbox, {STRETCH_BINARY, "go", "--routine", "mine", "--speed", "1000"});
    begin(*session, "3");
    for (int i = 0; i < 2; ++i) {
        REQUIRE(session->wait_for("How much did it hurt?"));
        session->type("\r");
    }
    REQUIRE(session->wait_for("after the session (0-10, Enter to leave out)"));
    session->type("9\r");
    REQUIRE(session->wait_for("Session done. 2 stretches logged. Pain 3 before, 9 after."));
    CHECK(session->finish() == 0);
    const std::string seen = session->seen();
    const auto done = seen.find("Session done.");
    CHECK(seen.find("Leave the routine for today", done) != std::string::npos);
    CHECK(seen.find("get emergency help", done) != std::string::npos);
    // The day is complete: no skip is offered that skip would refuse.
    CHECK(seen.find("stretch skip") == std::string::npos);
    CHECK(sandbox.sql("SELECT moment, pain FROM entries WHERE kind = 'pain' ORDER BY moment") ==
          "after|9\nbefore|3\n");

    // With a stretch skipped, the day is one to rest: nothing more is due,
    // and the report will count it rested, as after `stretch pain 9`.
    Sandbox skipped;
    skipped.write(".config/stretch/routines/mine.toml",
                  "[routine]\nname = \"Mine\"\ndays = \"daily\"\n"
                  "steps = [ { exercise = \"bridge\" }, { exercise = \"bird-dog\" } ]\n");
    skipped.write(".config/stretch/config.toml", "routine = \"mine\"\n");
    auto part = start_in_pty(skipped, {STRETCH_BINARY, "go", "--speed", "10"});
    begin(*part);
    REQUIRE(part->wait_for("How much did it hurt?"));
    part->type("\r");
    REQUIRE(part->wait_for("2 of 2: Bird Dog"));
    part->type(" ");
    REQUIRE(part->wait_for("Paused."));
    part->type("s");
    REQUIRE(part->wait_for("after the session (0-10, Enter to leave out)"));
    part->type("9\r");
    REQUIRE(part->wait_for("Session done. 1 stretch logged; skipped: Bird Dog. Pain - before, 9 after."));
    CHECK(part->finish() == 0);
    CHECK_THAT(part->seen(), Contains("`stretch skip`"));  // offered: resting would leave today undone
    const auto status = skipped.run({"status"});
    CHECK(status.exit_code == 0);
    CHECK_THAT(status.out, Contains("Nothing more is due today: rest."));
    CHECK_THAT(skipped.run({"remind"}).out, Contains("Pain 9/10 today, so rest"));
    skipped.env["STRETCH_NOW"] = "2026-11-23T08:00:00";
    const auto report = nlohmann::json::parse(skipped.run({"report", "--since", "2026-11-22", "-f", "json"}).out);
    CHECK(report["days"][0]["status"] == "rested");

    // A pain after the session below the severe mark ends it as before.
    Sandbox calm;
    calm.write(".config/stretch/routines/mine.toml",
               "[routine]\nname = \"Mine\"\ndays = \"daily\"\nsteps = [ { exercise = \"bridge\" } ]\n");
    auto again = start_in_pty(calm, {STRETCH_BINARY, "go", "--routine", "mine", "--speed", "1000"});
    begin(*again);
    REQUIRE(again->wait_for("How much did it hurt?"));
    again->type("\r");
    REQUIRE(again->wait_for("after the session"));
    again->type("6\r");
    REQUIRE(again->wait_for("Session done. 1 stretch logged. Pain - before, 6 after."));
    CHECK(again->finish() == 0);
    CHECK(again->seen().find("Leave the routine") == std::string::npos);
}

TEST_CASE("after a severe score today, go advises rest and starts no session", "[e2e][go]") {
    // It used to say rest, then ask for the pain before and run the routine.
    Sandbox sandbox;
    REQUIRE(sandbox.run({"pain", "8"}).exit_code == 0);
    auto session = go(sandbox);
    REQUIRE(session->wait_for("You gave a pain of 8/10 today. Rest rather than stretch today"));
    REQUIRE(session->wait_for("stretch skip"));
    REQUIRE(session->wait_for("Press any key to end the session."));
    session->type("x");
    REQUIRE(session->wait_for("No stretches today: the pain is too high. 0 stretches logged."));
    CHECK(session->finish() == 0);
    CHECK(session->seen().find("before you start") == std::string::npos);
    CHECK(session->seen().find("stretches left today") == std::string::npos);
    CHECK(count(sandbox, "kind = 'stretch'") == 0);
    // Resting as advised: go then has nothing to ask.
    REQUIRE(sandbox.run({"skip"}).exit_code == 0);
    auto later = go(sandbox);
    REQUIRE(later->wait_for("Nothing is due today: it is skipped."));
    CHECK(later->finish() == 0);
    CHECK(later->seen().find("unskip") == std::string::npos);  // nothing invites the stretches back
}

TEST_CASE("go on a skipped day says how to take the skip back, as today's plan does", "[e2e][go]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"skip", "--reason", "travel"}).exit_code == 0);
    auto session = go(sandbox);
    REQUIRE(session->wait_for("Nothing is due today: it is skipped (travel)."));
    REQUIRE(session->wait_for("If you feel like stretching after all, `stretch unskip` undoes the skip;"));
    REQUIRE(session->wait_for("`stretch go` again."));
    CHECK(session->finish() == 0);
    CHECK(count(sandbox, "1") == 0);
    // A session of a named routine is named again.
    auto gentle = start_in_pty(sandbox, {STRETCH_BINARY, "go", "--routine", "gentle"});
    REQUIRE(gentle->wait_for("`stretch go --routine gentle` again."));
    CHECK(gentle->finish() == 0);
}

TEST_CASE("go leaves out paused stretches and passes over the ones done today", "[e2e][go]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    REQUIRE(sandbox.run({"pause", "bird-dog"}).exit_code == 0);
    auto session = go(sandbox);
    REQUIRE(session->wait_for("8 of 9 stretches left today"));
    session->type("\r");
    for (int i = 1; i <= 8; ++i) {
        REQUIRE(session->wait_for(std::to_string(i) + " of 8: "));
        REQUIRE(session->wait_for("How much did it hurt?"));
        session->type("\r");
    }
    REQUIRE(session->wait_for("after the session"));
    session->type("\r");
    REQUIRE(session->finish() == 0);
    CHECK_THAT(session->seen(), !Contains(": Bridge") && !Contains(": Bird Dog"));
    CHECK(count(sandbox, "kind = 'stretch' AND exercise = 'bridge'") == 1);
    CHECK(count(sandbox, "kind = 'stretch'") == 9);
    // With everything done, go says so and asks nothing.
    auto again = go(sandbox);
    REQUIRE(again->wait_for("All 9 stretches done today."));
    CHECK(again->finish() == 0);
}

TEST_CASE("without a terminal go refuses and points to plan and log", "[e2e][go]") {
    Sandbox sandbox;
    const auto result = sandbox.run({"go"});
    CHECK(result.exit_code == 64);
    CHECK(result.err == "stretch: error: stretch go needs a terminal to guide you; run `stretch plan` to read "
                        "today's stretches and `stretch log` to record them\n");
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));
}

TEST_CASE("a damaged recorded routine version stops go before the session starts", "[e2e][go]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "bridge"}).exit_code == 0);
    sandbox.sql("UPDATE routine_versions SET definition = '[' WHERE routine = 'lower-back'");
    auto session = go(sandbox);
    CHECK(session->finish() == 65);
    CHECK_THAT(session->seen(), Contains("a recorded routine version cannot be read"));
    CHECK_THAT(session->seen(), !Contains("stretches left today"));
    CHECK(count(sandbox, "1") == 1);
}

TEST_CASE("in a flare, go suggests a guided session of the gentle routine", "[e2e][go]") {
    Sandbox sandbox;  // Sunday 22 November 2026
    REQUIRE(sandbox.run({"pain", "8", "--date", "2026-11-21"}).exit_code == 0);
    auto session = go(sandbox);
    REQUIRE(session->wait_for("You gave a pain of 8/10 on Saturday 21 November 2026."));
    REQUIRE(session->wait_for("stretch go --routine gentle"));
    REQUIRE(session->wait_for("before you start"));
    session->type("q");
    CHECK(session->finish() == 0);
}
