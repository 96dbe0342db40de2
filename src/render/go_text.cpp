#include "render/go_text.h"

#include "core/progression.h"
#include "core/text.h"

namespace stretch {

namespace {

/// Where the labels end: "Breathing: ".
constexpr size_t kLabelColumns = 11;

/// The title ("2 of 10: Bridge") with the dose at the right edge, or, for a
/// long name of one's own, the title wrapped and the dose under it.
std::vector<std::string> title_lines(const PlanItem& item, size_t number, size_t count, const Style& style) {
    const std::string dose = describe(item.dose, item.target);
    const std::string title =
        std::to_string(number) + " of " + std::to_string(count) + ": " + terminal_safe(item.exercise.name);
    const size_t used = display_width(title) + display_width(dose);
    if (used + 2 <= kLineWidth) return {style.bold(title) + std::string(kLineWidth - used - 1, ' ') + dose};
    std::vector<std::string> lines;
    for (const auto& line : wrap(title, kLineWidth)) lines.push_back(style.bold(line));
    lines.push_back(dose);
    return lines;
}

/// `text` after `label`, wrapped; `number` ("2. ") hangs, so that a step's
/// further lines start under its text.
void add_labelled(std::vector<std::string>& to, const std::string& label, const std::string& text,
                  const std::string& number = "") {
    const std::string lead = label + " " + number;
    const auto wrapped = wrap(terminal_safe(text), kLineWidth - lead.size());
    for (size_t i = 0; i < wrapped.size(); ++i)
        to.push_back((i == 0 ? lead : std::string(lead.size(), ' ')) + wrapped[i]);
}

/// How to do the stretch: position, equipment, steps and breathing.
std::vector<std::string> how_lines(const Exercise& exercise) {
    std::vector<std::string> how;
    if (!exercise.position.empty()) add_labelled(how, "Position: ", exercise.position);
    if (!exercise.equipment.empty()) add_labelled(how, "You need: ", join(exercise.equipment, ", "));
    for (size_t i = 0; i < exercise.steps.size(); ++i)
        add_labelled(how, i == 0 ? "Steps:    " : "          ", exercise.steps[i], std::to_string(i + 1) + ". ");
    if (!exercise.breathing.empty()) add_labelled(how, "Breathing:", exercise.breathing);
    return how;
}

/// Where the rest is: one row, or two when the command is long (a long
/// --routines path), so that the command is never cut.
std::vector<std::string> more_lines(const std::string& show_command, const std::string& id) {
    const std::string indent(kLabelColumns, ' ');
    const std::string command = "`" + show_command + " " + id + "`";
    const std::string one_row = indent + "(more than fits here: " + command + ")";
    if (display_width(one_row) <= kLineWidth) return {one_row};
    return {indent + "More than fits here; all of it:",
            (kLabelColumns + display_width(command) <= kLineWidth ? indent : std::string()) + command};
}

}  // namespace

std::vector<std::string> go_stretch_lines(const PlanItem& item, size_t number, size_t count, const Style& style,
                                          const std::string& show_command, size_t rows) {
    std::vector<std::string> lines = title_lines(item, number, count, style);
    lines.emplace_back();
    if (!item.caution.empty()) add_labelled(lines, "Today:    ", item.caution);
    std::vector<std::string> how = how_lines(item.exercise), cautions;
    for (const std::string& caution : item.exercise.cautions) add_labelled(cautions, "Caution:  ", caution);
    const size_t room = lines.size() < rows ? rows - lines.size() : 0;
    if (how.size() + cautions.size() > room) {
        const auto more = more_lines(show_command, item.exercise.id);
        const size_t left = room > more.size() ? room - more.size() : 0;
        if (cautions.size() >= left) {  // only cautions that alone overflow the rows lose their end
            how.clear();
            cautions.resize(left);
            cautions.insert(cautions.end(), more.begin(), more.end());
        } else {  // the cautions keep their rows; the steps give way
            how.resize(left - cautions.size());
            how.insert(how.end(), more.begin(), more.end());
        }
    }
    lines.insert(lines.end(), how.begin(), how.end());
    lines.insert(lines.end(), cautions.begin(), cautions.end());
    if (lines.size() > rows) lines.resize(rows);  // a "Today" line longer than the screen
    return lines;
}

}  // namespace stretch
