// End-to-end: an import that waits or is stopped. A slow input locks
// nothing until it ends; a signal leaves no hidden copy of the log behind,
// unless the import was started ignoring it.

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::Sandbox;

namespace {

/// The hidden files an import building a new log keeps beside its place.
std::vector<std::string> hidden_import_files(const Sandbox& sandbox) {
    std::vector<std::string> found;
    std::error_code none;
    for (const auto& file : std::filesystem::directory_iterator(sandbox.database().parent_path(), none))
        if (file.path().filename().string().find(".import-") != std::string::npos) found.push_back(file.path());
    return found;
}

/// Starts `argv` (an import reading the FIFO history.csv), feeds it one row
/// and keeps the FIFO open, so that the import waits in the middle of
/// building the new log; returns the writing end and the running import.
std::pair<int, Sandbox::Running> import_waiting_for_more(const Sandbox& sandbox, const std::vector<std::string>& argv) {
    const auto fifo = sandbox.home() / "history.csv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto import = sandbox.start(argv);
    const int writer = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC);  // once the import opens it
    REQUIRE(writer >= 0);
    const std::string rows = "day,exercise,reps\n2026-11-20,bridge,10\n";
    REQUIRE(::write(writer, rows.data(), rows.size()) == static_cast<ssize_t>(rows.size()));
    for (int waited = 0; waited < 10000 && hidden_import_files(sandbox).empty(); ++waited) ::usleep(1000);
    REQUIRE_FALSE(hidden_import_files(sandbox).empty());
    return {writer, import};
}

}  // namespace

TEST_CASE("import from a slow pipe locks nothing until the input ends, and a refusal never removes another's log",
          "[e2e][records][import]") {
    Sandbox sandbox;  // no log yet
    sandbox.write("bad.csv", "day,exercise,reps\n2026-11-20,bridge,ten\n");
    // The import waits for its input; meanwhile `log` starts the log, at once.
    const auto import = sandbox.start({"sh", "-c", "(sleep 1; cat bad.csv) | \"$0\" import -", STRETCH_BINARY});
    const auto logged = sandbox.run({"log", "bridge"});
    CHECK(logged.exit_code == 0);
    const auto refused = Sandbox::finish(import);
    CHECK(refused.exit_code == 65);
    CHECK_THAT(refused.err, Contains("standard input: line 2: reps 'ten' is not a whole number"));
    CHECK(sandbox.sql("SELECT exercise FROM entries") == "bridge\n");
    CHECK(hidden_import_files(sandbox).empty());
}


TEST_CASE("an import stopped by SIGINT, SIGTERM, SIGHUP or SIGQUIT leaves no hidden copy of the log behind",
          "[e2e][records][import]") {
    for (const int stop : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
        INFO("signal " << stop);
        Sandbox sandbox;  // no log yet: the import builds one under a name of its own
        const auto [writer, import] = import_waiting_for_more(sandbox, {STRETCH_BINARY, "import", "history.csv"});
        ::kill(import.pid, stop);
        const auto stopped = Sandbox::finish(import);
        ::close(writer);
        CHECK(stopped.exit_code == 128 + stop);  // still stopped by the signal, as the shell sees it
        CHECK(hidden_import_files(sandbox).empty());
        CHECK_FALSE(std::filesystem::exists(sandbox.database()));
    }
}

TEST_CASE("an import started ignoring SIGINT, as a background job is, goes on through one", "[e2e][records][import]") {
    Sandbox sandbox;
    const auto [writer, import] = import_waiting_for_more(
        sandbox, {"sh", "-c", "trap '' INT; exec \"$0\" import history.csv", STRETCH_BINARY});
    ::kill(import.pid, SIGINT);
    ::usleep(100000);
    ::close(writer);  // the end of the history
    const auto finished = Sandbox::finish(import);
    CHECK(finished.exit_code == 0);
    CHECK(sandbox.sql("SELECT day, exercise, reps FROM entries") == "2026-11-20|bridge|10\n");
    CHECK(hidden_import_files(sandbox).empty());
}
