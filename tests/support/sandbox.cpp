#include "support/sandbox.h"

#include <fcntl.h>
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
    const fs::path out_file = home_ / ".stdout";
    const fs::path err_file = home_ / ".stderr";
    std::vector<std::string> storage;
    for (const auto& [name, value] : env) storage.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (auto& entry : storage) envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv_storage{STRETCH_BINARY};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_storage) argv.push_back(arg.data());
    argv.push_back(nullptr);

    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        if (chdir(home_.c_str()) != 0) _exit(127);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    Result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_file);
    result.err = read_file(err_file);
    fs::remove(out_file);
    fs::remove(err_file);
    return result;
}

}  // namespace stretch::testing
