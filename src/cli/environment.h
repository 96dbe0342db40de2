#pragma once
/// The process environment, captured once so that path rules are pure
/// functions of it and tests can pass their own.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stretch {

struct Environment {
    /// The variables given, as a test gives them; from_process() leaves this
    /// empty and reads the process's own environment when asked.
    std::map<std::string, std::string> variables;

    /// The variable's value; nullopt when unset or empty.
    std::optional<std::string> get(const std::string& name) const;
    /// One of stretch's own variables (STRETCH_DB, ...): nullopt when unset,
    /// a usage Error when set but empty, which is a mistake, not "the default".
    std::optional<std::string> named(const std::string& name) const;

    /// The process's environment, each variable read when asked: copying
    /// them all was a hundred allocations of every command's start.
    static Environment from_process();

private:
    /// The value of `name` (possibly empty), or nullopt when it is unset.
    std::optional<std::string_view> find(const std::string& name) const;

    bool from_process_ = false;  ///< `variables` is not used: getenv is
};

/// $XDG_CONFIG_HOME (or ~/.config) joined with "stretch". A relative XDG
/// value is ignored, as the XDG spec requires. nullopt when neither is set:
/// then there is no config file and no routines of your own, only defaults
/// (as when the directory is empty), so cron without HOME still runs.
std::optional<std::filesystem::path> config_directory(const Environment& env);
/// $XDG_DATA_HOME (or ~/.local/share) joined with "stretch".
std::filesystem::path data_directory(const Environment& env);
/// $XDG_CACHE_HOME (or ~/.cache) joined with "stretch": what can be deleted.
/// nullopt when neither is set: then nothing is cached.
std::optional<std::filesystem::path> cache_directory(const Environment& env);

/// Where the routine files come from, in load order: bundled, then the user's.
struct RoutineSources {
    std::filesystem::path bundled;
    std::filesystem::path user;  ///< empty when there is no config directory (no HOME)
    bool user_named_explicitly = false;  ///< from --routines or STRETCH_ROUTINES
    /// From --routines: a directory for this run only (a trial), not the
    /// user's own; STRETCH_ROUTINES, set once in a profile, is their own.
    bool named_for_run = false;

    std::vector<std::filesystem::path> directories() const;
};

/// `option` is the --routines value, empty when not given.
RoutineSources routine_sources(const Environment& env, const std::string& option);

/// `option` is the --db value, empty when not given.
std::filesystem::path database_path(const Environment& env, const std::string& option);

/// The bundled routines: <prefix>/share/stretch/routines next to the installed
/// binary, else the source tree's routines/ when run from a build.
std::filesystem::path bundled_routines_directory();

}  // namespace stretch
