#include "routines/loader.h"

#include <algorithm>
#include <map>

#include "core/error.h"
#include "core/progression.h"
#include "core/suggest.h"
#include "core/text.h"
#include "routines/toml_reader.h"

namespace stretch {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxReps = 500;
constexpr int kMaxHoldSeconds = 600;

/// [a-z0-9]+(-[a-z0-9]+)*, checked by hand: compiling a std::regex costs
/// every command more than reading all the routine files.
bool valid_id(const std::string& id) {
    bool after_dash = true;  // at the start, as after a dash, a letter or digit must come
    for (const char c : id) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (c != '-' || after_dash)) return false;
        after_dash = c == '-';
    }
    return !after_dash;
}

[[noreturn]] void fail_at(const fs::path& path, const toml::node& at, const std::string& message,
                          const std::string& hint = {}) {
    throw RoutineError(path, static_cast<int>(at.source().begin.line),
                       static_cast<int>(at.source().begin.column), message, hint);
}

Sides parse_sides(const TomlReader& reader) {
    const auto text = reader.optional_string("sides");
    if (!text || *text == "none") return Sides::none;
    if (*text == "each") return Sides::each;
    if (*text == "alternate") return Sides::alternate;
    reader.fail_value(*reader.node("sides"), "sides", "\"none\", \"each\" or \"alternate\"");
}

/// `figure = "figures/bridge.svg"`: an SVG file, relative to the exercise
/// file's folder (or absolute). Only its name is checked here: every
/// command loads the catalog, and only printed sheets and `check` read the
/// drawing (cli/figures.h), which is where a missing file is found.
void parse_figure(const TomlReader& reader, const fs::path& path, Exercise& exercise) {
    const auto text = reader.optional_string("figure");
    if (!text) return;
    const toml::node& at = *reader.node("figure");
    exercise.figure = path.parent_path() / *text;
    exercise.figure_at = reader.position_of(at);
    if (exercise.figure.extension() != ".svg")
        fail_at(path, at, "exercise figure '" + *text + "' is not an .svg file", "name an SVG drawing");
}

Exercise parse_exercise(const std::string& id, const toml::table& table, const fs::path& path) {
    const TomlReader reader(table, path, "exercise." + id,
                            {"name", "summary", "position", "targets", "reps", "reps_at_least", "hold",
                             "sides", "side_label", "equipment", "steps", "breathing", "cautions", "figure"});
    reader.require_together({"name", "position", "targets", "reps", "steps", "breathing"});
    Exercise exercise;
    exercise.id = id;
    exercise.source = path;
    exercise.where = reader.position_of(table);
    exercise.name = reader.required_string("name");
    exercise.summary = reader.optional_string("summary").value_or("");
    exercise.position = reader.required_string("position");
    exercise.targets = reader.string_array("targets", true);
    exercise.dose.reps = reader.required_range("reps", 1, kMaxReps);
    exercise.dose.reps_at_least = reader.optional_bool("reps_at_least").value_or(false);
    exercise.dose.hold = reader.optional_range("hold", 1, kMaxHoldSeconds);
    exercise.dose.sides = parse_sides(reader);
    exercise.dose.side_label = reader.optional_string("side_label").value_or("side");
    exercise.equipment = reader.string_array("equipment", false);
    exercise.steps = reader.string_array("steps", true);
    exercise.breathing = reader.required_string("breathing");
    exercise.cautions = reader.string_array("cautions", false);
    parse_figure(reader, path, exercise);
    return exercise;
}

Schedule parse_days(const TomlReader& reader) {
    const toml::node* node = reader.node("days");
    Schedule schedule;
    if (!node) return schedule;
    const std::string expected = "\"daily\" or an array of weekdays like [\"mon\", \"thu\"]";
    if (node->is_string()) {
        // In any case, as the weekdays are: "Daily" is no mistake to refuse.
        if (lower(node->as_string()->get()) != "daily") reader.fail_value(*node, "days", expected);
        return schedule;
    }
    const toml::array* days = node->as_array();
    if (!days) reader.fail_type(*node, "days", expected);
    if (days->empty()) reader.fail_value(*node, "days", expected);
    schedule.weekdays.fill(false);
    for (const toml::node& day : *days) {
        const std::string weekday = "a weekday: mon, tue, wed, thu, fri, sat, sun or the full name";
        if (!day.is_string()) reader.fail_type(day, "days", weekday);
        const auto index = parse_weekday(day.as_string()->get());
        if (!index) reader.fail_value(day, "days", weekday);
        schedule.weekdays.at(static_cast<size_t>(*index)) = true;
    }
    return schedule;
}

RoutineStep parse_step(const toml::node& node, size_t index, const TomlReader& routine) {
    const toml::table* table = node.as_table();
    if (!table) routine.fail_type(node, "steps", "tables like { exercise = \"bridge\" }");
    const TomlReader reader(*table, routine.file(), routine.qualified("steps[" + std::to_string(index) + "]"),
                            {"exercise", "reps", "hold"});
    RoutineStep step;
    step.exercise_id = reader.required_string("exercise");
    step.where = reader.position_of(*reader.node("exercise"));
    step.reps = reader.optional_int("reps", 1, kMaxReps);
    step.hold_seconds = reader.optional_int("hold", 1, kMaxHoldSeconds);
    return step;
}

/// A day counts a stretch done once it is logged, so a second step of the
/// same stretch could never be asked for on its own: its counts would lie.
void refuse_repeated_steps(const Routine& routine) {
    for (size_t i = 0; i < routine.steps.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (routine.steps[i].exercise_id == routine.steps[j].exercise_id)
                throw RoutineError(routine.source, routine.steps[i].where.line, routine.steps[i].where.column,
                                   "routine.steps[" + std::to_string(i + 1) + "].exercise: '" +
                                       routine.steps[i].exercise_id + "' is already step " + std::to_string(j + 1),
                                   "list each stretch once");
}

Routine parse_routine(const toml::table& table, const fs::path& path) {
    const TomlReader reader(table, path, "routine",
                            {"id", "name", "description", "days", "steps", "progression", "progression_days"});
    Routine routine;
    routine.source = path;
    routine.where = reader.position_of(table);
    routine.id = reader.optional_string("id").value_or(path.stem().string());
    if (const toml::node* id = reader.node("id"); id && !valid_id(routine.id))
        fail_at(path, *id, "routine.id: '" + routine.id + "' must be lower-case letters, digits and single hyphens");
    if (!valid_id(routine.id))
        reader.fail_missing("id", "one, since the file name '" + routine.id +
                                      "' is not an id (lower-case letters, digits and single hyphens)");
    reader.require_together({"name", "steps"});
    routine.name = reader.required_string("name");
    routine.description = reader.optional_string("description").value_or("");
    routine.days = parse_days(reader);
    routine.progression = reader.optional_bool("progression");
    routine.progression_days = reader.optional_int("progression_days", 1, kMaxProgressionDays);
    const toml::node* steps = reader.node("steps");
    if (!steps) reader.fail_missing("steps", "an array of tables");
    const toml::array* array = steps->as_array();
    if (!array) reader.fail_type(*steps, "steps", "an array of tables");
    if (array->empty()) reader.fail_value(*steps, "steps", "at least one step");
    for (size_t i = 0; i < array->size(); ++i) routine.steps.push_back(parse_step((*array)[i], i + 1, reader));
    refuse_repeated_steps(routine);
    return routine;
}

std::vector<Exercise> parse_exercises(const toml::node& node, const fs::path& path) {
    const toml::table* table = node.as_table();
    if (!table) fail_at(path, node, "exercise: expected a table of [exercise.<id>] tables");
    std::vector<Exercise> exercises;
    for (const auto& [key, value] : *table) {
        const std::string id(key.str());
        if (!valid_id(id))
            fail_at(path, value, "exercise." + id + ": the id must be lower-case letters, digits and single hyphens");
        if (!value.is_table()) fail_at(path, value, "exercise." + id + ": expected a table, got " + type_name(value));
        exercises.push_back(parse_exercise(id, *value.as_table(), path));
    }
    return exercises;
}

}  // namespace

RoutineFile parse_routine_file(std::string_view text, const fs::path& path) {
    const toml::table document = parse_toml(text, path);
    RoutineFile file{path, {}, std::nullopt};
    for (const auto& [key, value] : document) {
        if (key.str() == "exercise") {
            file.exercises = parse_exercises(value, path);
        } else if (key.str() == "routine") {
            if (!value.is_table()) fail_at(path, value, "routine: expected a table, got " + type_name(value));
            file.routine = parse_routine(*value.as_table(), path);
        } else {
            const auto near = closest(key.str(), {"exercise", "routine"});
            fail_at(path, value, std::string(key.str()) + ": unknown top-level key",
                    near ? "did you mean '" + *near + "'?" : "use [exercise.<id>] or [routine] tables");
        }
    }
    return file;
}

RoutineFile load_routine_file(const fs::path& path) {
    const auto text = read_text_file(path);
    if (!text) throw Error(ErrorKind::no_input, path.string() + ": no such file", "check the path");
    return parse_routine_file(*text, path);
}

std::vector<fs::path> routine_files_in(const fs::path& directory) {
    std::vector<fs::path> files;
    std::error_code error;
    auto fail = [&] {
        throw Error(ErrorKind::io, directory.string() + ": this routines directory cannot be read (" + error.message() + ")",
                    fix_for(error, "check its permissions") + ", or name another with --routines");
    };
    fs::directory_iterator entries(directory, error);
    if (error == std::errc::no_such_file_or_directory) return files;
    if (error) fail();
    for (; entries != fs::directory_iterator(); entries.increment(error)) {
        if (error) fail();
        // Hidden names are skipped: editors leave them beside a file they
        // have open (Emacs's lock link .#mine.toml points nowhere). Other
        // non-regular files are kept, so reading them says what is wrong.
        const std::string name = entries->path().filename().string();
        std::error_code kind;
        if (!name.starts_with('.') && entries->path().extension() == ".toml" && !entries->is_directory(kind))
            files.push_back(entries->path());
    }
    if (error) fail();
    std::sort(files.begin(), files.end());
    return files;
}

void throw_problem(const RoutineError& problem) { throw problem; }

void add_layer(Catalog& catalog, const std::vector<RoutineFile>& layer, const ProblemSink& problem) {
    std::map<std::string, fs::path> exercise_files;
    std::map<std::string, fs::path> routine_files;
    /// True when `id` is this layer's first; else the clash is a problem.
    auto claim = [&](std::map<std::string, fs::path>& seen, const std::string& what, const std::string& id,
                     const fs::path& path, SourcePosition where) {
        auto [it, fresh] = seen.emplace(id, path);
        if (!fresh)
            problem(RoutineError(path, where.line, where.column,
                                 what + " '" + id + "' is also defined in " + it->second.string(),
                                 "keep one of them, or give this one another id"));
        return fresh;
    };
    for (const auto& file : layer) {
        for (const auto& exercise : file.exercises)
            if (claim(exercise_files, "exercise", exercise.id, file.path, exercise.where))
                catalog.exercises[exercise.id] = exercise;
        if (file.routine && claim(routine_files, "routine", file.routine->id, file.path, file.routine->where))
            catalog.routines[file.routine->id] = *file.routine;
    }
}

void check_references(const Catalog& catalog, const ProblemSink& problem) {
    const auto ids = catalog.exercise_ids();
    for (const auto& [id, routine] : catalog.routines) {
        for (const auto& step : routine.steps) {
            if (catalog.exercises.contains(step.exercise_id)) continue;
            const auto near = closest(step.exercise_id, ids);
            problem(RoutineError(routine.source, step.where.line, step.where.column,
                                 "routine.steps: unknown exercise '" + step.exercise_id + "'",
                                 // Not `stretch list`: it needs these files to load.
                                 near ? "did you mean '" + *near + "'?"
                                      : "define an exercise with that id in a routine file, or take the step out"));
        }
    }
}

std::vector<RoutineFile> read_directory(const fs::path& directory) {
    std::vector<RoutineFile> files;
    for (const auto& path : routine_files_in(directory)) files.push_back(load_routine_file(path));
    return files;
}

Catalog load_catalog(const std::vector<fs::path>& directories) {
    Catalog catalog;
    for (const auto& directory : directories) add_layer(catalog, read_directory(directory));
    check_references(catalog);
    return catalog;
}

}  // namespace stretch
