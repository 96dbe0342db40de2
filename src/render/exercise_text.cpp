#include "render/exercise_text.h"

#include "core/safety.h"
#include "core/text.h"

namespace stretch {

namespace {
constexpr size_t kLabelWidth = 11;  // "Breathing: "
}

std::string labelled(std::string_view label, std::string_view text, const Style& style, size_t indent,
                     size_t label_width) {
    const auto lines = wrap(text, kLineWidth - indent - label_width);
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i == 0) {
            std::string padded(label);
            padded.resize(label_width, ' ');
            out.append(indent, ' ') += style.dim(padded);
        } else {
            out.append(indent + label_width, ' ');
        }
        (out += lines[i]) += '\n';
    }
    return out;
}

std::string exercise_instructions(const Exercise& exercise, const Style& style, size_t indent) {
    std::string out = labelled("Position:", exercise.position, style, indent, kLabelWidth);
    if (!exercise.equipment.empty())
        out += labelled("You need:", join(exercise.equipment), style, indent, kLabelWidth);
    for (size_t i = 0; i < exercise.steps.size(); ++i) {
        std::string label = i == 0 ? "Steps:" : "";
        label.resize(kLabelWidth, ' ');
        label += std::to_string(i + 1) + ".";
        out += labelled(label, exercise.steps[i], style, indent, kLabelWidth + 3);
    }
    out += labelled("Breathing:", exercise.breathing, style, indent, kLabelWidth);
    for (const auto& caution : exercise.cautions)
        out += labelled("Caution:", caution, style, indent, kLabelWidth);
    return out;
}

std::string flare_advice(const Flare& flare, std::string_view stretch, std::string_view what) {
    std::string out = paragraph(flare.reason + " " + flare_action(flare));
    const std::string command = flare_command(flare, stretch, what);
    return command.empty() ? out : out + "    " + command + "\n";
}

std::string warning_signs_text(const Style& style) {
    std::string out;
    for (const WarningSigns& group : warning_signs()) {
        for (const auto& line : wrap(group.lead, kLineWidth)) out += style.bold(line) + "\n";
        for (const auto& sign : group.signs) out += labelled("  -", sign, style, 0, 4);
    }
    return out;
}

std::string safety_footer_text(const Style& style) {
    return std::string(kLineWidth, '-') + "\n" + paragraph(safety_rule()) + "\n" + warning_signs_text(style);
}

}  // namespace stretch
