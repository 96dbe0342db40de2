#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/figures.h"
#include "routines/loader.h"

namespace stretch {

namespace {

std::string count(size_t n, const std::string& word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

/// Named files are checked on top of the routine directories, so a user's
/// routine may use the bundled exercises; without files, the directories
/// themselves are checked.
int run_check(const CheckOptions& options, const RoutineSources& sources, bool quiet, std::ostream& out) {
    Catalog catalog;
    std::vector<RoutineFile> checked;
    for (const auto& directory : sources.directories()) {
        auto layer = read_directory(directory);
        add_layer(catalog, layer);
        if (options.files.empty()) checked.insert(checked.end(), layer.begin(), layer.end());
    }
    if (!options.files.empty()) {
        for (const auto& path : options.files) checked.push_back(load_routine_file(path));
        add_layer(catalog, checked);
    }
    check_references(catalog);
    // Without files, what is in use: an exercise or routine of your files
    // replaces the bundled one of the same id rather than adding to it.
    size_t exercises = catalog.exercises.size(), routines = catalog.routines.size();
    if (!options.files.empty()) {
        exercises = routines = 0;
        for (const auto& file : checked) {
            exercises += file.exercises.size();
            routines += file.routine ? 1 : 0;
        }
    }
    // Loading only finds each figure; a sheet reads it. Read the figures of
    // the exercises in use here, in file order, so that a bad drawing is
    // found now rather than by the next printed sheet.
    std::vector<const Exercise*> drawn;
    for (const auto& file : checked) {
        const auto first = drawn.size();
        for (const Exercise& exercise : file.exercises)
            if (catalog.exercises.at(exercise.id).source == exercise.source) drawn.push_back(&exercise);
        std::sort(drawn.begin() + static_cast<std::ptrdiff_t>(first), drawn.end(),
                  [](const Exercise* a, const Exercise* b) { return a->figure_at.line < b->figure_at.line; });
    }
    load_figures(drawn);
    if (quiet) return 0;
    out << "ok: " << count(checked.size(), "file") << ", " << count(exercises, "exercise") << ", "
        << count(routines, "routine") << "\n";
    return 0;
}

void add_check_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand("check", "Validate routine files");
    command->add_option("files", options->files, "Files to check (default: all routine files in use)");
    command->callback([options, &session] {
        // What is in use includes config.toml, which every other command
        // reads first: check must not say "ok" where they all fail.
        if (options->files.empty() && !session.config().routine.empty()) session.routine({}, session.catalog());
        session.exit_code =
            run_check(*options, routine_sources(session.env, session.options.routines), session.options.quiet,
                      session.out);
    });
}

}  // namespace stretch
