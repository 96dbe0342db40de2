#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/figures.h"
#include "cli/usage.h"
#include "core/text.h"
#include "routines/loader.h"

namespace stretch {

namespace {

/// The files loaded, and the problem of each file that did not load: check
/// goes on past a broken file so that one run finds every one.
struct Loaded {
    std::vector<Error> problems;
    bool unread = false;  ///< a file did not load: its exercises are missing, not wrong

    std::vector<RoutineFile> load(const std::vector<std::filesystem::path>& paths) {
        std::vector<RoutineFile> layer;
        for (const auto& path : paths) {
            try {
                layer.push_back(load_routine_file(path));
            } catch (const Error& problem) {
                problems.push_back(problem);
                unread = true;
            }
        }
        return layer;
    }

    /// Adds `layer` to `catalog`; each id two of its files define is one more problem.
    void add(Catalog& catalog, const std::vector<RoutineFile>& layer) { add_layer(catalog, layer, keep()); }

    /// Each step that names no exercise is one more problem.
    void check_steps(const Catalog& catalog) { check_references(catalog, keep()); }

    ProblemSink keep() {
        return [this](const RoutineError& problem) { problems.push_back(problem); };
    }

    /// One problem is thrown as it is; several are printed, and the Error
    /// thrown counts them. Nothing is checked across files before every
    /// file loads, as a broken one's exercises would be reported missing.
    void throw_problems(std::ostream& err) const {
        if (problems.empty()) return;
        if (problems.size() == 1) throw problems.front();
        for (const Error& problem : problems) print_error(err, problem.what(), problem.hint());
        throw Error(problems.front().kind(),
                    std::to_string(problems.size()) + " problems in the routine files (above)",
                    "fix them and run `stretch check` again");
    }
};

/// The same file, or, for a path that names nothing, the same path: a
/// missing file named twice is one problem.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ignored;
    return std::filesystem::equivalent(a, b, ignored) || a.lexically_normal() == b.lexically_normal();
}

bool is_among(const std::filesystem::path& path, const std::vector<std::filesystem::path>& paths) {
    return std::any_of(paths.begin(), paths.end(), [&](const auto& other) { return same_file(path, other); });
}

/// `paths` without the files already in `seen`, nor any named twice: a file
/// read twice would report its problem twice, or clash with itself.
std::vector<std::filesystem::path> unseen(const std::vector<std::filesystem::path>& paths,
                                          std::vector<std::filesystem::path> seen) {
    std::vector<std::filesystem::path> rest;
    for (const auto& path : paths)
        if (!is_among(path, seen)) {
            rest.push_back(path);
            seen.push_back(path);
        }
    return rest;
}

}  // namespace

/// Named files are checked on top of the routine directories, so a user's
/// routine may use the bundled exercises; without files, the directories
/// themselves are checked.
int run_check(const CheckOptions& options, const RoutineSources& sources, bool quiet, std::ostream& out,
              std::ostream& err, const std::function<void(const Catalog&)>& in_use) {
    Catalog catalog;
    std::vector<RoutineFile> checked;
    Loaded loaded;
    const std::vector<std::filesystem::path> named(options.files.begin(), options.files.end());
    std::vector<std::filesystem::path> in_directories;
    for (const auto& directory : sources.directories()) {
        const auto paths = routine_files_in(directory);
        const auto layer = loaded.load(paths);
        loaded.add(catalog, layer);
        in_directories.insert(in_directories.end(), paths.begin(), paths.end());
        // A named file of a directory is checked in its place there, so an
        // id it shares with a file beside it is still found.
        for (const RoutineFile& file : layer)
            if (named.empty() || is_among(file.path, named)) checked.push_back(file);
    }
    const auto others = loaded.load(unseen(named, in_directories));
    loaded.add(catalog, others);
    checked.insert(checked.end(), others.begin(), others.end());
    // A step naming an exercise of a file that did not load is not wrong.
    if (!loaded.unread) loaded.check_steps(catalog);
    loaded.throw_problems(err);
    if (options.files.empty()) in_use(catalog);
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
    out << "ok: " << count_of(checked.size(), "file", "files") << ", "
        << count_of(exercises, "exercise", "exercises") << ", "
        << count_of(routines, "routine", "routines") << "\n";
    return 0;
}

void add_check_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand("check", "Validate routine files");
    command->add_option("files", options->files, "Files to check (default: all routine files in use)")
        ->check(non_empty());
    command->callback([options, &session] {
        // What is in use includes config.toml, which every other command
        // reads first: check must not say "ok" where they all fail.
        const auto config_routine = [&session](const Catalog& catalog) {
            if (!session.config().routine.empty()) session.routine({}, catalog);
        };
        session.exit_code =
            run_check(*options, session.sources(), session.options.quiet,
                      session.out, session.err, config_routine);
    });
}

}  // namespace stretch
