#include "render/plan_markdown.h"

#include "core/safety.h"
#include "render/markdown.h"

namespace stretch {

namespace {

std::string header(const Plan& plan) {
    const RoutineSnapshot& routine = plan.routine;
    std::string out = "# Stretch plan for " + long_date(plan.date) + "\n\n";
    out += "Routine: **" + markdown_text(routine.name) + "** (`" + routine.id + "`), " + schedule_text(routine) + ".";
    if (plan.scheduled) out += " " + size_text(plan);
    out += "\n";
    if (!routine.description.empty()) out += "\n" + markdown_text(routine.description) + "\n";
    return out + "\n";
}

}  // namespace

std::string markdown_stretch_section(const PlanItem& item, size_t number) {
    const Exercise& e = item.exercise;
    std::string out = "## " + std::to_string(number) + ". " + markdown_text(e.name) + ": " +
                      markdown_text(describe(item.dose, item.target)) + "\n\n";
    out += std::string("- [") + (item.done ? "x" : " ") + "] done\n";
    if (!item.caution.empty()) out += "- **Caution:** " + markdown_text(item.caution) + "\n";
    if (!e.position.empty()) out += "- **Position:** " + markdown_text(e.position) + "\n";
    if (!e.equipment.empty()) {
        std::string needs;
        for (const auto& thing : e.equipment) needs += (needs.empty() ? "" : ", ") + markdown_text(thing);
        out += "- **You need:** " + needs + "\n";
    }
    if (!e.steps.empty()) {
        out += "- **Steps:**\n";
        for (size_t i = 0; i < e.steps.size(); ++i)
            out += "  " + std::to_string(i + 1) + ". " + markdown_text(e.steps[i]) + "\n";
    }
    if (!e.breathing.empty()) out += "- **Breathing:** " + markdown_text(e.breathing) + "\n";
    for (const auto& caution : e.cautions) out += "- **Caution:** " + markdown_text(caution) + "\n";
    return out + "\n";
}

namespace {

std::string paused_section(const Plan& plan, std::string_view stretch) {
    if (plan.paused.empty()) return {};
    std::string out = "## Paused\n\nNot due; ask your physical therapist before you resume one.\n\n";
    for (const PausedItem& item : plan.paused) {
        const auto again = due_again(item, plan.date);
        out += "- " + markdown_text(item.exercise.name) + ": paused " + paused_span(item, plan.date) +
               (item.reason.empty() ? "" : " (" + markdown_text(item.reason) + ")") +
               (again ? "; " + *again + ".\n" : ". Resume with `" + resume_command(stretch, item.exercise.id) + "`.\n");
    }
    return out + "\n";
}

}  // namespace

std::string markdown_safety_footer() {
    std::string out = "---\n\n" + markdown_text(safety_rule()) + "\n";
    for (const WarningSigns& group : warning_signs()) {
        out += "\n" + markdown_text(group.lead) + "\n\n";
        for (const auto& sign : group.signs) out += "- " + markdown_text(sign) + "\n";
    }
    return out;
}

std::string render_plan_markdown(const Plan& plan, const std::optional<Flare>& flare, std::string_view stretch) {
    std::string out = header(plan);
    if (flare) out += "> " + markdown_flare(*flare, stretch, "plan") + "\n\n";
    if (plan.skipped())
        out += skipped_sentence(plan, markdown_text(*plan.skip_reason)) + "\n\n";
    if (rests_after_severe_pain(plan, flare)) return out + paused_section(plan, stretch) + markdown_safety_footer();
    if (const auto sentence = not_missed_sentence(plan)) out += markdown_text(*sentence) + "\n\n";
    if (const auto sentence = waiting_change_sentence(plan)) out += markdown_text(*sentence) + "\n\n";
    if (!plan.scheduled)
        return out + markdown_text(unscheduled_reason(plan)) + "\n";
    if (plan.items.empty()) out += "Nothing is due: every stretch of this routine is paused.\n\n";
    else out += "Pain before (0-10): \\_\\_\\_\\_ · Pain after (0-10): \\_\\_\\_\\_\n\n";
    for (size_t i = 0; i < plan.items.size(); ++i) out += markdown_stretch_section(plan.items[i], i + 1);
    return out + paused_section(plan, stretch) + markdown_safety_footer();
}

}  // namespace stretch
