#pragma once
/// Runs the real stretch binary the way a user or a cron job meets it: in a
/// fresh temporary HOME, with a small explicit environment and a fixed clock.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace stretch::testing {

struct Result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

class Sandbox {
public:
    /// HOME is a new empty directory; the clock reads 2026-11-22 08:00 (a
    /// Sunday) in UTC unless `now` says otherwise.
    explicit Sandbox(std::string now = "2026-11-22T08:00:00");
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    /// Runs stretch with `args` and waits for it.
    Result run(const std::vector<std::string>& args) const;

    /// A program started in the sandbox and not yet waited for.
    struct Running {
        int pid = -1;
        std::filesystem::path out, err;
    };
    /// Starts any program (argv[0] is a path, or a name looked up in /usr/bin
    /// and /bin) with the sandbox's environment, in HOME, stdin from /dev/null.
    Running start(const std::vector<std::string>& argv) const;
    static Result finish(const Running& running);

    /// Writes `text` to HOME-relative `relative` (creating directories) and
    /// returns its absolute path.
    std::filesystem::path write(const std::filesystem::path& relative, const std::string& text) const;

    /// Runs a query with the sqlite3 shell on the default database, as a
    /// user inspecting it would; fails the test when sqlite3 does.
    std::string sql(const std::string& query) const;

    /// Makes the default database from tests/fixtures/schemaN.sql, a log
    /// written by the release of schema `version`; fails the test when it is
    /// not at that version afterwards.
    void load_schema_fixture(int version) const;

    const std::filesystem::path& home() const { return home_; }
    std::filesystem::path user_routines() const { return home_ / ".config/stretch/routines"; }
    std::filesystem::path database() const { return home_ / ".local/share/stretch/stretch.db"; }

    /// Variables passed to the binary; tests may change or erase them.
    std::map<std::string, std::string> env;

private:
    std::filesystem::path home_;
};

std::string read_file(const std::filesystem::path& path);

/// Runs `args` as on the morning of `day` (07:00), then puts the sandbox's
/// clock back: a skip is for today or later, so a past one is made on its day.
Result run_on(Sandbox& sandbox, const std::string& day, const std::vector<std::string>& args);

}  // namespace stretch::testing
