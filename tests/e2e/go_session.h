// What the end-to-end tests of `stretch go` share: the program started in a
// real pseudo-terminal, as a person at a terminal meets it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/pty.h"
#include "support/sandbox.h"

namespace stretch::testing {

/// `argv` in a terminal of its own (TERM=xterm), in the sandbox's HOME.
inline std::unique_ptr<PtyProgram> start_in_pty(const Sandbox& sandbox, const std::vector<std::string>& argv) {
    auto env = sandbox.env;
    env["TERM"] = "xterm";
    return std::make_unique<PtyProgram>(argv, env, sandbox.home().string());
}

/// `stretch go --speed N` in a terminal of its own. At 1000 a stretch takes
/// a few milliseconds. A test that presses a key during a stretch uses 10
/// and pauses it first (space), so a slow machine cannot let the stretch
/// end before the key arrives.
inline std::unique_ptr<PtyProgram> go(const Sandbox& sandbox, const std::string& speed = "1000") {
    return start_in_pty(sandbox, {STRETCH_BINARY, "go", "--speed", speed});
}

/// Answers the session's first question, the pain before it (`pain`, or
/// none with a bare Enter), once it is asked, so that the first stretch starts.
inline void begin(PtyProgram& session, const std::string& pain = "") {
    REQUIRE(session.wait_for("before you start"));
    session.type(pain + "\r");
}

/// Runs a session of one stretch through with Enter at every question (no
/// pain given) to its end, and returns what the screen showed.
inline std::string one_stretch_session(PtyProgram& session) {
    begin(session);
    REQUIRE(session.wait_for("How much did it hurt?"));
    session.type("\r");
    REQUIRE(session.wait_for("after the session"));
    session.type("\r");
    REQUIRE(session.wait_for("Session done."));
    CHECK(session.finish() == 0);
    return session.seen();
}

/// The number of entries `where` holds.
inline int count(const Sandbox& sandbox, const std::string& where) {
    return std::stoi(sandbox.sql("SELECT count(*) FROM entries WHERE " + where));
}

}  // namespace stretch::testing
