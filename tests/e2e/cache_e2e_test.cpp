// The cache of the loaded routine files as a user meets it: it never shows
// a file as it was before an edit, and a cache that is damaged or cannot be
// written changes nothing but speed.

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/stat.h>

#include "support/sandbox.h"

using Catch::Matchers::Contains;
using stretch::testing::read_file;
using stretch::testing::Sandbox;
namespace fs = std::filesystem;

namespace {

/// Files are stamped with a clock that moves in ticks of up to 10 ms; a file
/// written in the tick a command runs in is, rightly, not cached. Waiting
/// past the tick makes the test take the cache's path.
void let_the_clock_tick() { std::this_thread::sleep_for(std::chrono::milliseconds(30)); }

fs::path cache_of(const Sandbox& sandbox) { return sandbox.home() / ".cache/stretch/catalog"; }

void overwrite(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

const char* const kMine = R"([routine]
name = "Mine"
steps = [{ exercise = "bridge", reps = 5 }]
)";

}  // namespace

TEST_CASE("an edited routine file is read again, even one the same size with the same time stamp",
          "[e2e][cache]") {
    Sandbox sandbox;
    const auto file = sandbox.write(".config/stretch/routines/mine.toml", kMine);
    let_the_clock_tick();
    const auto first = sandbox.run({"plan", "--routine", "mine"});
    REQUIRE(first.exit_code == 0);
    CHECK_THAT(first.out, Contains("5 reps"));
    REQUIRE(fs::exists(cache_of(sandbox)));
    CHECK(sandbox.run({"plan", "--routine", "mine"}).out == first.out);

    // An editor that keeps the modification time, and a dose of the same width.
    const auto stamped = fs::last_write_time(file);
    std::string edited = kMine;
    edited.replace(edited.find("reps = 5"), 8, "reps = 7");
    overwrite(file, edited);
    fs::last_write_time(file, stamped);
    let_the_clock_tick();
    CHECK_THAT(sandbox.run({"plan", "--routine", "mine"}).out, Contains("7 reps"));

    // A new file, and a removed one.
    sandbox.write(".config/stretch/routines/other.toml", "[routine]\nname = \"Other\"\n"
                                                         "steps = [{ exercise = \"bird-dog\" }]\n");
    CHECK_THAT(sandbox.run({"list"}).out, Contains("other"));
    fs::remove(file);
    const auto gone = sandbox.run({"plan", "--routine", "mine"});
    CHECK(gone.exit_code == 64);
    CHECK_THAT(gone.err, Contains("no routine called 'mine'"));
}

TEST_CASE("a routine file stamped later than now is not cached until the stamp has passed", "[e2e][cache]") {
    // Such a file can change again, the same size, without its stamps
    // moving, so a cache keyed on them could show it as it was.
    Sandbox sandbox;
    const auto file = sandbox.write(".config/stretch/routines/mine.toml", kMine);
    fs::last_write_time(file, fs::file_time_type::clock::now() + std::chrono::hours(1));
    let_the_clock_tick();
    REQUIRE(sandbox.run({"plan", "--routine", "mine"}).exit_code == 0);
    CHECK_FALSE(fs::exists(cache_of(sandbox)));
    fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::hours(1));
    let_the_clock_tick();
    const auto cached = sandbox.run({"plan", "--routine", "mine"});
    REQUIRE(cached.exit_code == 0);
    CHECK(fs::exists(cache_of(sandbox)));
    CHECK_THAT(cached.out, Contains("5 reps"));
}

TEST_CASE("a damaged cache, or one that cannot be written, changes nothing but speed", "[e2e][cache]") {
    Sandbox sandbox;
    const auto plan = sandbox.run({"plan"});
    REQUIRE(plan.exit_code == 0);
    const std::string good = read_file(cache_of(sandbox));
    REQUIRE(good.size() > 1000);

    for (const std::string& damaged : {std::string("not a cache"), good.substr(0, good.size() / 2), std::string(),
                                       std::string(good).replace(good.size() / 2, 1, "\x7f")}) {
        overwrite(cache_of(sandbox), damaged);
        const auto again = sandbox.run({"plan"});
        CHECK(again.exit_code == 0);
        CHECK(again.out == plan.out);
        CHECK(again.err.empty());
        CHECK(read_file(cache_of(sandbox)) == good);  // written afresh
    }

    // Where the cache's directory should be there is a file.
    fs::remove_all(sandbox.home() / ".cache");
    sandbox.write(".cache", "in the way\n");
    const auto blocked = sandbox.run({"plan"});
    CHECK(blocked.exit_code == 0);
    CHECK(blocked.out == plan.out);
    CHECK(blocked.err.empty());
    CHECK(read_file(sandbox.home() / ".cache") == "in the way\n");
}

TEST_CASE("XDG_CACHE_HOME places the cache, and errors in routine files are never remembered", "[e2e][cache]") {
    Sandbox sandbox;
    sandbox.env["XDG_CACHE_HOME"] = (sandbox.home() / "elsewhere").string();
    REQUIRE(sandbox.run({"plan"}).exit_code == 0);
    CHECK(fs::exists(sandbox.home() / "elsewhere/stretch/catalog"));
    CHECK_FALSE(fs::exists(sandbox.home() / ".cache"));

    sandbox.write(".config/stretch/routines/bad.toml", "[routine]\nname = \"Bad\"\nsteps = [{ exercise = \"brige\" }]\n");
    let_the_clock_tick();
    for (int run = 0; run < 2; ++run) {
        const auto refused = sandbox.run({"plan"});
        CHECK(refused.exit_code == 65);
        CHECK_THAT(refused.err, Contains("bad.toml:3") && Contains("did you mean 'bridge'?"));
    }
}

TEST_CASE("without HOME the files named by STRETCH_DB, STRETCH_ROUTINES and STRETCH_CONFIG suffice, uncached",
          "[e2e][cache]") {
    Sandbox sandbox;
    sandbox.write("routines/mine.toml", kMine);
    sandbox.env.erase("HOME");
    sandbox.env["STRETCH_DB"] = (sandbox.home() / "log.db").string();
    sandbox.env["STRETCH_ROUTINES"] = (sandbox.home() / "routines").string();
    sandbox.env["STRETCH_CONFIG"] = (sandbox.home() / "config.toml").string();
    sandbox.write("config.toml", "routine = \"mine\"\n");
    const auto plan = sandbox.run({"plan"});
    CHECK(plan.exit_code == 0);
    CHECK_THAT(plan.out, Contains("5 reps"));
    CHECK(sandbox.run({"log", "bridge"}).exit_code == 0);
    CHECK_FALSE(fs::exists(sandbox.home() / ".cache"));
}

TEST_CASE("a pipe or a device where the cache should be is passed over", "[e2e][cache]") {
    Sandbox sandbox;
    const auto plan = sandbox.run({"plan"});
    REQUIRE(plan.exit_code == 0);
    fs::remove(cache_of(sandbox));
    REQUIRE(::mkfifo(cache_of(sandbox).c_str(), 0600) == 0);
    const auto from_pipe = sandbox.run({"plan"});  // would wait for a writer forever if it opened the pipe to read
    CHECK(from_pipe.exit_code == 0);
    CHECK(from_pipe.out == plan.out);
    fs::remove(cache_of(sandbox));
    fs::create_symlink("/dev/zero", cache_of(sandbox));
    const auto from_device = sandbox.run({"plan"});
    CHECK(from_device.exit_code == 0);
    CHECK(from_device.out == plan.out);
    CHECK(from_device.err.empty());
}
