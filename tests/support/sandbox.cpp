#include "support/sandbox.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace stretch::testing {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Sandbox::Sandbox(std::string now) {
    std::string pattern = (fs::temp_directory_path() / "stretch-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    home_ = pattern;
    env = {{"HOME", home_.string()}, {"PATH", "/usr/bin:/bin"}, {"TZ", "UTC"}, {"STRETCH_NOW", now}};
}

Sandbox::~Sandbox() {
    std::error_code ignored;
    fs::remove_all(home_, ignored);
}

fs::path Sandbox::write(const fs::path& relative, const std::string& text) const {
    const fs::path path = home_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

Result Sandbox::run(const std::vector<std::string>& args) const {
    std::vector<std::string> argv{STRETCH_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return finish(start(argv));
}

std::string Sandbox::sql(const std::string& query) const {
    const Result result = finish(start({"sqlite3", database().string(), query}));
    if (result.exit_code != 0) throw std::runtime_error("sqlite3 failed: " + result.err);
    return result.out;
}

void Sandbox::load_schema_fixture(int version) const {
    std::filesystem::create_directories(database().parent_path());
    sql(".read " STRETCH_TEST_FIXTURES "/schema" + std::to_string(version) + ".sql");
    if (sql("PRAGMA user_version") != std::to_string(version) + "\n")
        throw std::runtime_error("the schema " + std::to_string(version) + " fixture did not load");
}

Sandbox::Running Sandbox::start(const std::vector<std::string>& args) const {
    static int counter = 0;
    const std::string tag = std::to_string(getpid()) + "-" + std::to_string(++counter);
    Running running{-1, home_ / (".stdout-" + tag), home_ / (".stderr-" + tag)};
    std::vector<std::string> storage;
    for (const auto& [name, value] : env) storage.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (auto& entry : storage) envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv_storage = args;
    if (argv_storage.at(0).find('/') == std::string::npos)
        argv_storage[0] = fs::exists("/usr/bin/" + args[0]) ? "/usr/bin/" + args[0] : "/bin/" + args[0];
    std::vector<char*> argv;
    for (auto& arg : argv_storage) argv.push_back(arg.data());
    argv.push_back(nullptr);

    running.pid = fork();
    if (running.pid < 0) throw std::runtime_error("fork failed");
    if (running.pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(running.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(running.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        if (chdir(home_.c_str()) != 0) _exit(127);
        // As a terminal's shell starts a command, whatever the test runner
        // ignores (a job started in the background ignores SIGINT).
        for (int stop : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) signal(stop, SIG_DFL);
        // SIGQUIT's default action dumps core: not into the test's home.
        const rlimit no_core{0, 0};
        setrlimit(RLIMIT_CORE, &no_core);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    return running;
}

Result Sandbox::finish(const Running& running) {
    int status = 0;
    waitpid(running.pid, &status, 0);
    Result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(running.out);
    result.err = read_file(running.err);
    fs::remove(running.out);
    fs::remove(running.err);
    return result;
}

Result run_on(Sandbox& sandbox, const std::string& day, const std::vector<std::string>& args) {
    const std::string now = sandbox.env["STRETCH_NOW"];
    sandbox.env["STRETCH_NOW"] = day + "T07:00:00";
    Result result = sandbox.run(args);
    sandbox.env["STRETCH_NOW"] = now;
    return result;
}

}  // namespace stretch::testing
