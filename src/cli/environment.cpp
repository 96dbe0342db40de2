#include "cli/environment.h"

#include <unistd.h>

#include <cstdlib>

#include "core/error.h"

namespace stretch {

namespace fs = std::filesystem;

std::optional<std::string_view> Environment::find(const std::string& name) const {
    if (from_process_) {
        // stretch never sets a variable, so the value stays where getenv found it.
        const char* value = ::getenv(name.c_str());
        if (!value) return std::nullopt;
        return value;
    }
    const auto it = variables.find(name);
    if (it == variables.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> Environment::get(const std::string& name) const {
    const auto value = find(name);
    if (!value || value->empty()) return std::nullopt;
    return std::string(*value);
}

std::optional<std::string> Environment::named(const std::string& name) const {
    const auto value = find(name);
    if (!value) return std::nullopt;
    if (value->empty())
        throw Error(ErrorKind::usage, name + " is set but empty", "unset it, or give it a value");
    return std::string(*value);
}

Environment Environment::from_process() {
    Environment env;
    env.from_process_ = true;
    return env;
}

namespace {

/// Why HOME cannot hold stretch's files, or empty when it can: it must be
/// an absolute path to a directory. Debian gives users without a home
/// HOME=/nonexistent, which stretch must not create as root; a relative one
/// would put the log wherever the command happens to run.
std::string home_unusable(const std::optional<std::string>& value) {
    if (!value) return "HOME is not set";
    if (!fs::path(*value).is_absolute()) return "HOME (" + *value + ") is not an absolute path";
    std::error_code error;
    if (!fs::is_directory(*value, error)) return "HOME (" + *value + ") is not a directory";
    return {};
}

fs::path home(const Environment& env) {
    const auto value = env.get("HOME");
    const std::string unusable = home_unusable(value);
    if (unusable.empty()) return *value;
    throw Error(ErrorKind::cant_create, unusable + ", so there is nowhere to keep your log",
                "set HOME, or name the log with STRETCH_DB or --db");
}

fs::path xdg_directory(const Environment& env, const std::string& variable, const fs::path& fallback) {
    if (auto value = env.get(variable); value && fs::path(*value).is_absolute())
        return fs::path(*value) / "stretch";
    return home(env) / fallback / "stretch";
}

/// xdg_directory, or nullopt when neither the variable (absolute) nor HOME
/// says where: for what stretch can do without (a config, a cache).
std::optional<fs::path> xdg_directory_if_known(const Environment& env, const std::string& variable,
                                               const fs::path& fallback) {
    const auto value = env.get(variable);
    if (!(value && fs::path(*value).is_absolute()) && !home_unusable(env.get("HOME")).empty()) return std::nullopt;
    return xdg_directory(env, variable, fallback);
}

}  // namespace

std::optional<fs::path> config_directory(const Environment& env) {
    return xdg_directory_if_known(env, "XDG_CONFIG_HOME", ".config");
}

fs::path data_directory(const Environment& env) {
    return xdg_directory(env, "XDG_DATA_HOME", fs::path(".local") / "share");
}

std::optional<fs::path> cache_directory(const Environment& env) {
    return xdg_directory_if_known(env, "XDG_CACHE_HOME", ".cache");
}

std::vector<fs::path> RoutineSources::directories() const {
    if (user.empty()) return {bundled};  // no config directory: no routines of one's own
    return {bundled, user};
}

RoutineSources routine_sources(const Environment& env, const std::string& option) {
    RoutineSources sources{bundled_routines_directory(), {}, true};
    if (!option.empty()) {
        sources.user = option;
        sources.named_for_run = true;
    }
    else if (auto value = env.named("STRETCH_ROUTINES"))
        sources.user = *value;
    else {
        if (const auto config = config_directory(env)) sources.user = *config / "routines";
        sources.user_named_explicitly = false;
    }
    std::error_code error;
    const bool directory = sources.user_named_explicitly && fs::is_directory(sources.user, error);
    // Said of whichever named it, so the fix is where the user looks.
    const std::string name_another = sources.named_for_run ? "name another with --routines"
                                                           : "name another in STRETCH_ROUTINES, or unset it";
    if (error && error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory)
        throw unreadable(sources.user, error, "check its permissions", name_another);
    if (sources.user_named_explicitly && !directory)
        throw Error(ErrorKind::no_input, sources.user.string() + ": no such routines directory",
                    "create it or " + name_another);
    return sources;
}

fs::path database_path(const Environment& env, const std::string& option) {
    if (!option.empty()) return option;
    if (auto value = env.named("STRETCH_DB")) return *value;
    return data_directory(env) / "stretch.db";
}

fs::path bundled_routines_directory() {
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path beside = executable.parent_path().parent_path() / "share" / "stretch" / "routines";
        if (fs::is_directory(beside, error)) return beside;
    }
    if (fs::is_directory(STRETCH_SOURCE_ROUTINES, error)) return STRETCH_SOURCE_ROUTINES;
    return STRETCH_INSTALLED_ROUTINES;
}

}  // namespace stretch
