#include <ostream>

#include "cli/commands.h"
#include "core/text.h"
#include "core/safety.h"
#include "render/exercise_text.h"
#include "render/json_text.h"
#include "render/plan_json.h"

namespace stretch {

namespace {

/// The name in bold and the id after it, wrapped to the page as a long
/// name of one's own needs; the id goes on a line of its own when the last
/// line of the name leaves it no room.
std::string title_text(const Exercise& exercise, const Style& style) {
    const std::string id = "(" + exercise.id + ")";
    std::vector<std::string> lines = wrap(exercise.name, kLineWidth);
    if (lines.empty()) lines.emplace_back();
    std::string out;
    for (size_t i = 0; i + 1 < lines.size(); ++i) out += style.bold(lines[i]) + "\n";
    const std::string& last = lines.back();
    const bool beside = display_width(last) + 1 + display_width(id) <= kLineWidth;
    return out + style.bold(last) + (beside ? " " : "\n") + id + "\n";
}

}  // namespace

int run_show(const ShowOptions& options, const Catalog& catalog, const Style& style, std::ostream& out) {
    const Exercise& exercise = catalog.find_exercise(options.exercise);
    if (options.format == "json") {
        auto json = exercise_json(exercise, exercise.dose);
        json["file"] = exercise.source.string();
        json["warning_signs"] = all_warning_signs();
        out << to_json_text(std::move(json));
        return 0;
    }
    out << title_text(exercise, style);
    if (!exercise.summary.empty())
        for (const auto& line : wrap(exercise.summary, kLineWidth)) out << line << "\n";
    out << "\n";
    out << labelled("Dose:", describe(exercise.dose), style, 0, 11);
    out << labelled("Targets:", join(exercise.targets), style, 0, 11);
    out << exercise_instructions(exercise, style, 0);
    out << labelled("Defined in:", exercise.source.string(), style, 0, 12);
    out << "\n" << warning_signs_text(style);
    return 0;
}

void add_show_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<ShowOptions>();
    CLI::App* command = app.add_subcommand("show", "Show one exercise's full instructions");
    command->add_option("exercise", options->exercise, "Exercise id, name or unique prefix")->required();
    command->add_option("-f,--format", options->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    command->callback([options, &session] {
        session.exit_code = run_show(*options, session.catalog(), session.style(), session.out);
    });
}

}  // namespace stretch
