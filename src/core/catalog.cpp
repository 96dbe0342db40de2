#include "core/catalog.h"

#include "core/error.h"
#include "core/suggest.h"
#include "core/text.h"

namespace stretch {

namespace {

constexpr std::string_view kDefaultRoutine = "lower-back";

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    return fold_case(text).starts_with(fold_case(prefix));
}

std::string did_you_mean(const std::optional<std::string>& near, std::string_view list_command) {
    if (near) return "did you mean '" + *near + "'?";
    return "run `" + std::string(list_command) + "` to see them all";
}

/// The id whose start `query` is a typo of ("spien" for spine-stretch), as
/// ids are taken by their start; none when several ids start that way, or
/// when `query` is too short to tell a typo from another word ("fri" is a
/// weekday, not "bri" of bridge).
std::optional<std::string> closest_start(std::string_view query, const std::vector<std::string>& ids) {
    constexpr size_t kShortestTypo = 4;
    if (query.size() < kShortestTypo) return std::nullopt;
    std::vector<std::string> starts;
    for (const std::string& id : ids) starts.push_back(id.substr(0, query.size()));
    const auto near = closest(query, starts);
    if (!near) return std::nullopt;
    std::optional<std::string> found;
    for (const std::string& id : ids)
        if (id.starts_with(*near)) {
            if (found) return std::nullopt;
            found = id;
        }
    return found;
}

}  // namespace

std::vector<std::string> Catalog::exercise_ids() const {
    std::vector<std::string> ids;
    for (const auto& [id, exercise] : exercises) ids.push_back(id);
    return ids;
}

std::vector<std::string> Catalog::routine_ids() const {
    std::vector<std::string> ids;
    for (const auto& [id, routine] : routines) ids.push_back(id);
    return ids;
}

const Exercise& Catalog::find_exercise(std::string_view query) const {
    if (auto it = exercises.find(std::string(query)); it != exercises.end()) return it->second;
    for (const auto& [id, exercise] : exercises)
        if (fold_case(exercise.name) == fold_case(query)) return exercise;

    std::vector<const Exercise*> matches;
    for (const auto& [id, exercise] : exercises)
        if (!query.empty() && (starts_with_ci(id, query) || starts_with_ci(exercise.name, query)))
            matches.push_back(&exercise);
    if (matches.size() == 1) return *matches.front();
    if (matches.size() > 1) {
        std::vector<std::string> ids;
        for (const auto* match : matches) ids.push_back(match->id);
        throw Error(ErrorKind::usage, "'" + std::string(query) + "' matches several exercises",
                    "say which: " + join(ids));
    }
    const auto ids = exercise_ids();
    auto near = closest(query, ids);
    if (!near) near = closest_start(query, ids);
    throw Error(ErrorKind::usage, "no exercise called '" + terminal_safe(query) + "'",
                did_you_mean(near, "stretch list"));
}

const Routine& Catalog::find_routine(std::string_view id) const {
    if (auto it = routines.find(std::string(id)); it != routines.end()) return it->second;
    throw Error(ErrorKind::usage, "no routine called '" + terminal_safe(id) + "'",
                did_you_mean(closest(id, routine_ids()), "stretch list"));
}

const Routine& Catalog::default_routine() const {
    if (auto it = routines.find(std::string(kDefaultRoutine)); it != routines.end()) return it->second;
    if (routines.size() == 1) return routines.begin()->second;
    if (routines.empty())
        throw Error(ErrorKind::data, "no routine is defined",
                    "add a [routine] table to a file in your routines directory");
    throw Error(ErrorKind::usage, "there are several routines and none is called 'lower-back'",
                "choose one with --routine: " + join(routine_ids()));
}

}  // namespace stretch
