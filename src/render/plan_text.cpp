#include "render/plan_text.h"

#include "core/safety.h"
#include "core/text.h"
#include "render/exercise_text.h"

namespace stretch {

namespace {

constexpr size_t kItemIndent = 4;

std::string header(const Plan& plan, const Style& style) {
    const RoutineSnapshot& routine = plan.routine;
    std::string out = style.bold("Stretch plan for " + long_date(plan.date)) + "\n";
    std::string summary = "Routine: " + routine.name + " (" + routine.id + "), " + schedule_text(routine) + ".";
    if (plan.scheduled) summary += " " + size_text(plan);
    return out + paragraph(summary) + paragraph(routine.description);
}

/// "[ ] 1. Spine Stretch" on the left, the dose flush right when both fit.
std::string title_line(const PlanItem& item, size_t number, const Style& style) {
    const std::string box = item.done ? "[x]" : "[ ]";
    const std::string left = std::to_string(number) + ". " + item.exercise.name;
    const std::string dose = describe(item.dose, item.target);
    const std::string painted_box = item.done ? style.green(box) : box;
    const size_t used = box.size() + 1 + display_width(left);
    if (used + 2 + dose.size() <= kLineWidth)
        return painted_box + " " + style.bold(left) + std::string(kLineWidth - used - dose.size(), ' ') +
               dose + "\n";
    // A long name wraps under itself, and the dose gets a line of its own.
    const auto name_lines = wrap(left, kLineWidth - box.size() - 1);
    std::string out = painted_box + " " + style.bold(name_lines.front()) + "\n";
    for (size_t i = 1; i < name_lines.size(); ++i)
        out += std::string(box.size() + 1, ' ') + style.bold(name_lines[i]) + "\n";
    return out + std::string(kItemIndent, ' ') + dose + "\n";
}

/// Paused stretches stay on the sheet, without a checkbox, saying since when and why.
std::string paused_section(const Plan& plan, const Style& style, std::string_view stretch) {
    if (plan.paused.empty()) return {};
    std::string out = style.bold("Paused (not due; ask your physical therapist before you resume one):") + "\n";
    for (const PausedItem& item : plan.paused) {
        std::string text = item.exercise.name + ": paused " + paused_span(item, plan.date);
        if (!item.reason.empty()) text += " (" + terminal_safe(item.reason) + ")";
        const auto again = due_again(item, plan.date);
        text += again ? "; " + *again + "." : ". Resume with `" + resume_command(stretch, item.exercise.id) + "`.";
        out += paragraph(text, kItemIndent);
    }
    return out + "\n";
}

}  // namespace

std::string render_plan_text(const Plan& plan, const Style& style, const std::optional<Flare>& flare,
                             std::string_view stretch) {
    std::string out = header(plan, style) + "\n";
    if (flare) out += style.yellow(flare_advice(*flare, stretch)) + "\n";
    if (plan.skipped()) {
        // A past day's skip is part of its record: no undoing it is offered.
        // After a severe pain, nothing invites the stretches back.
        const std::string unskip = "`" + std::string(stretch) + " unskip " + to_iso(plan.date) + "` undoes the skip.";
        const std::string offer = plan.past || done_all_the_same(plan)  ? ""
                                  : rests_after_severe_pain(plan, flare) ? " " + unskip
                                      : " The stretches are below if you feel like them; " + unskip;
        out += paragraph(skipped_sentence(plan, terminal_safe(*plan.skip_reason)) + offer) + "\n";
    }
    if (rests_after_severe_pain(plan, flare))
        return out + paused_section(plan, style, stretch) + safety_footer_text(style);
    if (const auto sentence = not_missed_sentence(plan)) out += paragraph(*sentence) + "\n";
    if (const auto sentence = waiting_change_sentence(plan)) out += paragraph(*sentence) + "\n";
    if (!plan.scheduled) {
        return out + paragraph(unscheduled_reason(plan));
    }
    if (plan.items.empty()) out += "Nothing is due: every stretch of this routine is paused.\n\n";
    else out += "Pain before (0-10): ____        Pain after (0-10): ____\n\n";
    for (size_t i = 0; i < plan.items.size(); ++i) {
        const PlanItem& item = plan.items[i];
        out += title_line(item, i + 1, style);
        if (!item.caution.empty()) out += style.yellow(labelled("Caution:", item.caution, Style{}, kItemIndent, 11));
        out += exercise_instructions(item.exercise, style, kItemIndent);
        out += "\n";
    }
    return out + paused_section(plan, style, stretch) + safety_footer_text(style);
}

}  // namespace stretch
