// `stretch go` and the terminal it runs in: whatever ends or interrupts a
// session (Ctrl-C, SIGTERM, Ctrl-Z and fg) leaves the terminal as it was and
// the screen whole, and long text wraps as on the printed plan. Driven in a
// real pseudo-terminal (go_session.h).

#include <catch2/catch.hpp>

#include <signal.h>

#include <filesystem>
#include <fstream>

#include "e2e/go_session.h"

using namespace stretch::testing;
using Catch::Matchers::Contains;

namespace {

/// `stretch go` between two `stty -a`, written to before.txt and after.txt
/// in HOME, so a test can see that the terminal was left as it was found.
std::unique_ptr<PtyProgram> go_between_stty(const Sandbox& sandbox, const std::string& speed) {
    return start_in_pty(sandbox, {"/bin/sh", "-c", "stty -a > before.txt; \"$0\" go --speed " + speed +
                                                       "; stty -a > after.txt; echo SHELL-DONE",
                                  STRETCH_BINARY});
}

/// The one child of `pid` (the shell's stretch).
int child_of(int pid) {
    std::ifstream children("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
    int child = -1;
    children >> child;
    return child;
}

/// Stops and continues `session` as the shell's job control does for
/// Ctrl-Z and fg; with SIGSTOP, as a test's own process group has no shell
/// to take Ctrl-Z's SIGTSTP.
void stop_and_continue(const PtyProgram& session) {
    REQUIRE(kill(session.pid(), SIGSTOP) == 0);
    REQUIRE(kill(session.pid(), SIGCONT) == 0);
}

}  // namespace

TEST_CASE("quitting halfway with Ctrl-C keeps the finished stretches and leaves the terminal as it was",
          "[e2e][go]") {
    Sandbox sandbox;
    auto shell = go_between_stty(sandbox, "10");
    begin(*shell);
    REQUIRE(shell->wait_for("How much did it hurt?"));
    shell->type("1\r");
    REQUIRE(shell->wait_for("2 of 10: Hip Stretch"));
    shell->type(" ");
    REQUIRE(shell->wait_for("Paused. Press space to go on."));
    shell->type("\x03");
    REQUIRE(shell->wait_for("Session stopped. 1 stretch logged."));
    REQUIRE(shell->wait_for("SHELL-DONE"));
    CHECK(shell->finish() == 0);
    CHECK(read_file(sandbox.home() / "after.txt") == read_file(sandbox.home() / "before.txt"));
    CHECK_THAT(read_file(sandbox.home() / "after.txt"), Contains(" icanon"));
    CHECK(count(sandbox, "kind = 'stretch'") == 1);
    CHECK(count(sandbox, "kind = 'pain'") == 0);  // Enter left the pain before out
}

TEST_CASE("SIGTERM in the middle of a hold leaves the terminal as it was", "[e2e][go]") {
    Sandbox sandbox;
    auto shell = go_between_stty(sandbox, "1");
    begin(*shell);
    REQUIRE(shell->wait_for(">> Move, left side, rep 1 of 6"));
    const int stretch = child_of(shell->pid());
    REQUIRE(stretch > 0);
    REQUIRE(kill(stretch, SIGTERM) == 0);
    REQUIRE(shell->wait_for("SHELL-DONE"));
    shell->finish();
    CHECK(read_file(sandbox.home() / "after.txt") == read_file(sandbox.home() / "before.txt"));
}

TEST_CASE("after a stop and a continue (Ctrl-Z, then fg), go draws the stretch's screen again", "[e2e][go]") {
    // Only the countdown line came back; the name, steps and keys were gone.
    Sandbox sandbox;
    auto session = go(sandbox, "10");
    begin(*session);
    REQUIRE(session->wait_for("1 of 10: Spine Stretch"));
    REQUIRE(session->wait_for("[space] pause"));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    stop_and_continue(*session);
    CHECK(session->wait_for("1 of 10: Spine Stretch", std::chrono::seconds(5)));
    CHECK(session->wait_for("[space] pause", std::chrono::seconds(5)));
    CHECK(session->wait_for("Paused.", std::chrono::seconds(5)));
    session->type("q");
    CHECK(session->finish() == 0);
}

TEST_CASE("a continue after Ctrl-Z costs the countdown no second", "[e2e][go]") {
    // Each continue ended the second under way, and the one after it too.
    Sandbox sandbox;
    auto session = go(sandbox, "1");
    begin(*session);
    REQUIRE(session->wait_for(">> Move, left side, rep 1 of 6  3 s"));
    stop_and_continue(*session);
    REQUIRE(session->wait_for("1 of 10: Spine Stretch", std::chrono::seconds(5)));
    // The second starts again: 3 s once more, then 2 s, never 1 s first.
    REQUIRE(session->wait_for("rep 1 of 6  2 s", std::chrono::seconds(5)));
    const std::string since = session->seen().substr(session->seen().rfind("1 of 10: Spine Stretch"));
    CHECK(since.find("rep 1 of 6  3 s") < since.find("rep 1 of 6  2 s"));
    CHECK(since.find("rep 1 of 6  1 s") == std::string::npos);
    session->type("q");
    CHECK(session->finish() == 0);
}

TEST_CASE("a step that wraps goes on under its own text, as on the printed plan", "[e2e][go]") {
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "spine"}).exit_code == 0);
    auto session = start_in_pty(sandbox, {STRETCH_BINARY, "go", "--speed", "10", "--routine", "gentle"});
    begin(*session);
    REQUIRE(session->wait_for("1 of 3: Pelvic Tilts"));
    REQUIRE(session->wait_for("2. Press the small of your back into the floor and tighten your"));
    // Under "Press", not under "2.".
    CHECK(session->wait_for("\n              stomach.", std::chrono::seconds(5)));
    session->type(" ");
    REQUIRE(session->wait_for("Paused."));
    session->type("q");
    CHECK(session->finish() == 0);
}

TEST_CASE("a stretch too long for the screen keeps its cautions whole, and says where the rest is", "[e2e][go]") {
    Sandbox sandbox("2026-11-30T08:00:00");
    std::string steps;
    for (int i = 1; i <= 14; ++i)
        steps += std::string(i > 1 ? ", " : "") + "\"Step number " + std::to_string(i) + ".\"";
    sandbox.write(".config/stretch/routines/mck.toml",
                  "[exercise.press-up]\n"
                  "name = \"Prone press-up, done slowly on a mat, hips down, and the arms doing all the work\"\n"
                  "position = \"face down\"\ntargets = [\"back\"]\n"
                  "equipment = [\"mat\"]\nreps = 5\nsteps = [" + steps + "]\nbreathing = \"Breathe out as you rise.\"\n"
                  "cautions = [\"Stop at once if pain spreads further down your leg (peripheralisation).\", "
                  "\"Second caution.\", \"Third caution.\"]\n"
                  "[routine]\nname = \"McKenzie\"\nsteps = [ { exercise = \"press-up\" } ]\n");
    REQUIRE(sandbox.run({"log", "-r", "mck", "press-up", "--pain", "5"}).exit_code == 0);  // go gentler today
    sandbox.env["STRETCH_NOW"] = "2026-12-01T08:00:00";
    auto session = start_in_pty(sandbox, {STRETCH_BINARY, "go", "--routine", "mck", "--speed", "1000"});
    const std::string seen = one_stretch_session(*session);
    // The long name wraps, and its dose goes under it.
    CHECK_THAT(seen, Contains("1 of 1: Prone press-up, done slowly on a mat, hips down, and the arms doing all"));
    CHECK_THAT(seen, Contains("the work"));
    CHECK(seen.find("the work") < seen.find("5 reps"));
    CHECK(seen.find("the work 5 reps") == std::string::npos);  // not on one line, past 80 columns
    CHECK_THAT(seen, Contains("Today:"));
    CHECK_THAT(seen, Contains("Caution:   Stop at once if pain spreads further down your leg"));
    CHECK_THAT(seen, Contains("(peripheralisation)."));
    CHECK_THAT(seen, Contains("Caution:   Second caution."));
    CHECK_THAT(seen, Contains("Caution:   Third caution."));
    CHECK_THAT(seen, Contains("(more than fits here: `stretch show press-up`)"));
    CHECK_THAT(seen, Contains("Step number 1."));
    CHECK(seen.find("Step number 14.") == std::string::npos);  // cut, not the cautions
}

TEST_CASE("a screen crowded with cautions keeps them all, says once where the rest is, and names the --routines",
          "[e2e][go]") {
    Sandbox sandbox("2026-11-30T08:00:00");
    std::string cautions;
    for (const char* n : {"First", "Second", "Third", "Fourth", "Fifth", "Sixth"})
        cautions += std::string(cautions.empty() ? "" : ", ") + "\"" + n +
                    " caution, long enough to take two lines of the screen, as a physio may well write one.\"";
    sandbox.write("trial/mck.toml", "[exercise.press-up]\nname = \"Prone press-up\"\nposition = \"face down\"\n"
                                    "targets = [\"back\"]\nreps = 5\nsteps = [\"Press up.\", \"Come down.\"]\n"
                                    "breathing = \"Slowly.\"\ncautions = [" + cautions + "]\n"
                                    "[routine]\nname = \"McKenzie\"\nsteps = [ { exercise = \"press-up\" } ]\n");
    REQUIRE(sandbox.run({"--routines", "trial", "log", "-r", "mck", "press-up", "--pain", "5"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-12-01T08:00:00";
    auto session = start_in_pty(sandbox, {STRETCH_BINARY, "--routines", "trial", "go", "-r", "mck", "--speed", "1000"});
    const std::string seen = one_stretch_session(*session);
    CHECK_THAT(seen, Contains("Today:"));
    CHECK_THAT(seen, Contains("Caution:   Sixth caution, long enough"));
    size_t whole = 0;  // each caution to its last words
    for (size_t at = 0; (at = seen.find("physio may well write one.", at)) != std::string::npos; ++at) ++whole;
    CHECK(whole == 6);
    const std::string more = "(more than fits here: `stretch --routines trial show press-up`)";
    REQUIRE(seen.find(more) != std::string::npos);
    CHECK(seen.find(more, seen.find(more) + 1) == std::string::npos);

    // A longer --routines takes the command to a row of its own, whole.
    std::filesystem::create_directories(sandbox.home() / "my-physio-routines");
    std::filesystem::rename(sandbox.home() / "trial", sandbox.home() / "my-physio-routines/clinic");
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    auto longer = start_in_pty(sandbox, {STRETCH_BINARY, "--routines", "my-physio-routines/clinic", "go", "-r", "mck",
                                         "--speed", "1000"});
    const std::string shown = one_stretch_session(*longer);
    CHECK_THAT(shown, Contains("More than fits here; all of it:"));
    CHECK_THAT(shown, Contains("`stretch --routines my-physio-routines/clinic show press-up`"));
}

TEST_CASE("on a dumb terminal go writes no escapes, and blanks an answered prompt with spaces", "[e2e][go]") {
    Sandbox sandbox;
    auto env = sandbox.env;
    env["TERM"] = "dumb";
    PtyProgram session({STRETCH_BINARY, "go", "--speed", "1000", "--routine", "gentle"}, env, sandbox.home().string());
    begin(session);
    for (int i = 1; i <= 4; ++i) {
        INFO("stretch " << i);
        REQUIRE(session.wait_for("How much did it hurt? (0-10, Enter for none)"));
        session.type("\r");
    }
    REQUIRE(session.wait_for("after the session (0-10, Enter to leave out)"));
    session.type("\r");
    REQUIRE(session.wait_for("Session done. 4 stretches logged."));
    CHECK(session.finish() == 0);
    CHECK(session.seen().find('\x1b') == std::string::npos);
    const std::string hint = "That was the last stretch (any key: go on).";
    CHECK_THAT(session.seen(), Contains(hint + std::string(79 - hint.size(), ' ') + "\r" + std::string(79, ' ') + "\r"));
}
