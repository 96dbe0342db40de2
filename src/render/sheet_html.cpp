#include "render/sheet_html.h"

#include "core/progression.h"
#include "core/safety.h"
#include "core/text.h"

namespace stretch {

const char* const kSheetStyle = R"(
.stretches { columns: 2; column-gap: 5mm; }
.stretch { break-inside: avoid; margin: 0 0 1.2mm; }
.stretch h3 { font-size: 10pt; margin: 0 0 0.4mm; }
.stretch h3 .box { margin-right: 1mm; }
.dose { font-weight: normal; }
.stretch p { margin: 0 0 0.6mm; }
.figure { float: right; width: 21mm; height: 11.2mm; margin: 0.3mm 0 0 1.2mm; }
.paused { margin: 1mm 0 0; }
.paused .box { border-style: dashed; }
)";

namespace {

/// Routine files write a position to follow "Position:"; a sheet starts a
/// sentence with it.
std::string sentence_case(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

/// "<b>1</b> Kneel up tall. <b>2</b> ...": numbered steps, run in.
std::string steps_text(const std::vector<std::string>& steps) {
    std::string out;
    for (size_t i = 0; i < steps.size(); ++i)
        out += (i ? " <b>" : "<b>") + std::to_string(i + 1) + "</b>&nbsp;" + html_text(steps[i]);
    return out;
}

}  // namespace

std::string stretch_card(const PlanItem& item, size_t number, const Figures& figures, const std::string& box) {
    const Exercise& e = item.exercise;
    std::string out = "<section class=\"stretch\">\n";
    out += "<h3>" + box + std::to_string(number) + ". " + html_text(e.name) + " <span class=\"dose\">" +
           html_unbroken(describe(item.dose, item.target)) + "</span></h3>\n";
    // Below the title, so that the title keeps the column's whole width.
    if (const auto figure = figures.find(e.id); figure != figures.end())
        out += figure_image(figure->second, e.name) + "\n";
    // One run-in paragraph: a card of separate paragraphs takes a third more
    // room, and the bundled routine must fit one page at 10 pt.
    out += "<p>";
    if (!item.caution.empty()) out += "<b>" + html_text(item.caution) + "</b> ";
    if (!e.position.empty())
        out += "<i>" + html_text(sentence_case(e.position)) +
               (e.equipment.empty() ? "" : "; you need " + html_text(join(e.equipment))) + ".</i> ";
    out += steps_text(e.steps);
    if (!e.breathing.empty()) out += " <b>Breathe:</b> " + html_text(e.breathing);
    if (!e.cautions.empty()) out += " <b>Take care:</b> " + html_text(join(e.cautions, " "));
    return out + "</p>\n</section>\n";
}

/// One paragraph, not a heading and a list: a pause must never push the
/// warning signs onto a second page.
std::string paused_list(const std::vector<PausedItem>& paused, Date last_day, std::string_view stretch) {
    if (paused.empty()) return {};
    std::string out = "<p class=\"paused\"><b>Paused</b>, so not due (ask your physical therapist before you "
                      "resume one):";
    for (size_t i = 0; i < paused.size(); ++i) {
        const PausedItem& item = paused[i];
        const bool ended = item.resumed_on && *item.resumed_on <= last_day;  // paused_span says so
        const auto again = due_again(item, last_day);
        out += std::string(i == 0 ? " " : "; ") + "<b>" + html_text(item.exercise.name) + "</b> " +
               paused_span(item, last_day) + (item.reason.empty() ? "" : " (" + html_text(item.reason) + ")") +
               (ended   ? ""
                : again ? ", " + *again
                        : ", resume with <code>" + html_text(resume_command(stretch, item.exercise.id)) + "</code>");
    }
    return out + ".</p>\n";
}

std::string safety_footer() {
    std::string text = "<b>" + html_text(safety_rule()) + "</b>";
    for (const WarningSigns& group : warning_signs()) {
        std::string signs;
        for (const auto& sign : group.signs) signs += (signs.empty() ? "" : "; ") + html_text(sign);
        text += " " + html_text(group.lead) + " " + signs + ".";
    }
    return "<footer class=\"safety\">\n<p>" + text + "</p>\n</footer>\n";
}

std::string routine_line(const RoutineSnapshot& routine, const std::string& more) {
    return "<p>Routine: <b>" + html_text(routine.name) + "</b> (" + html_text(routine.id) + "), " +
           html_text(schedule_text(routine)) + "." + more + "</p>\n";
}

std::string flare_note(const Flare& flare, std::string_view stretch, std::string_view what) {
    const std::string command = flare_command(flare, stretch, what);
    return "<p class=\"note\">" + html_text(flare.reason + " " + flare_action(flare)) +
           (command.empty() ? "" : " <code>" + html_text(command) + "</code>") + "</p>\n";
}

}  // namespace stretch
