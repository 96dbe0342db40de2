#include "cli/figures.h"

#include <fstream>
#include <sstream>

#include "cli/environment.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

/// A line drawing is a few kilobytes; anything far bigger is not one.
constexpr std::uintmax_t kMaxFigureBytes = 256 * 1024;

/// An <svg> start tag: "<svg" then a space, '>' or '/', not "<svgfoo".
bool has_svg_element(const std::string& text) {
    for (size_t at = text.find("<svg"); at != std::string::npos; at = text.find("<svg", at + 1)) {
        const char next = at + 4 < text.size() ? text[at + 4] : '\0';
        if (next == ' ' || next == '>' || next == '/' || next == '\n' || next == '\t' || next == '\r') return true;
    }
    return false;
}

/// The figure's path as its `figure` line gives it: relative to its file.
std::filesystem::path figure_as_named(const Exercise& exercise) {
    return exercise.figure.lexically_relative(exercise.source.parent_path());
}

/// An error at the exercise's `figure` line, as `check` gives one for any
/// other key: file:line:column, what is wrong, how to put it right.
RoutineError at_figure_line(const Exercise& exercise, const std::string& problem,
                            const std::string& hint = "") {
    return RoutineError(exercise.source, exercise.figure_at.line, exercise.figure_at.column,
                        "exercise figure '" + figure_as_named(exercise).string() + "' " + problem,
                        hint.empty() ? "give a path relative to " + exercise.source.filename().string() +
                                           " of an SVG line drawing, or remove the line"
                                     : hint);
}

/// A figure missing beside a copy of a bundled routine file: the copy's
/// `figure` lines still name the bundled drawings, which stayed behind. Its
/// hint is a command that copies them beside it without overwriting a file
/// already there (`cp -n`); "" when the bundled routines have no such
/// drawing, or its path leaves the file's directory.
std::string copy_bundled_drawing_hint(const Exercise& exercise) {
    const std::filesystem::path named = figure_as_named(exercise).lexically_normal();
    const std::filesystem::path bundled_dir = bundled_routines_directory();
    std::error_code error;
    if (bundled_dir.empty() || named.empty() || named.is_absolute() || *named.begin() == ".." ||
        *named.begin() == "." || !std::filesystem::is_regular_file(bundled_dir / named, error))
        return "";
    const std::filesystem::path top = *named.begin();  // "figures" of figures/bridge.svg
    const bool folder = top != named;
    return std::string("the bundled routines have it: copy ") + (folder ? "their " + top.string() + " folder" : "it") +
           " beside " + exercise.source.filename().string() + " (cp -n" + (folder ? "r " : " ") +
           shell_quoted((bundled_dir / top).string()) + " " + shell_quoted(exercise.source.parent_path().string()) +
           "/), or remove the line";
}

std::string read_figure(const Exercise& exercise) {
    const auto& path = exercise.figure;
    const std::string hint = "fix it, or remove the figure line of exercise." + exercise.id + " in " +
                             exercise.source.string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        if (std::filesystem::exists(path, error)) throw at_figure_line(exercise, "is not a file");
        throw at_figure_line(exercise, "not found", copy_bundled_drawing_hint(exercise));
    }
    const auto size = std::filesystem::file_size(path, error);
    if (error) throw Error(ErrorKind::io, "cannot read figure " + path.string() + ": " + error.message(), hint);
    if (size > kMaxFigureBytes) throw at_figure_line(exercise, "is over 256 KiB, too big for a line drawing");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw Error(ErrorKind::io, "cannot read figure " + path.string(), hint);
    const std::string svg = text.str();
    if (!has_svg_element(svg)) throw at_figure_line(exercise, "is not an SVG drawing (no <svg> element)");
    return svg;
}

}  // namespace

Figures load_figures(const std::vector<const Exercise*>& exercises) {
    Figures figures;
    for (const Exercise* exercise : exercises)
        if (!exercise->figure.empty() && !figures.count(exercise->id))
            figures.emplace(exercise->id, read_figure(*exercise));
    return figures;
}

}  // namespace stretch
