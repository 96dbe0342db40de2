#include "render/plan_text.h"

#include "core/text.h"
#include "render/exercise_text.h"

namespace stretch {

namespace {

constexpr size_t kItemIndent = 4;

std::string plural(int count, const std::string& word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "es");
}

std::string header(const Plan& plan, const Style& style) {
    const Routine& routine = *plan.routine;
    std::string out = style.bold("Stretch plan for " + long_date(plan.date)) + "\n";
    std::string summary = "Routine: " + routine.name + " (" + routine.id + "), " +
                          routine.days.describe() + ".";
    if (plan.scheduled)
        summary += " " + plural(static_cast<int>(plan.items.size()), "stretch") + ", about " +
                   std::to_string(plan.estimated_minutes()) + " min.";
    for (const auto& line : wrap(summary, kPageWidth)) out += line + "\n";
    if (!routine.description.empty())
        for (const auto& line : wrap(routine.description, kPageWidth)) out += line + "\n";
    return out;
}

/// "[ ] 1. Spine Stretch" on the left, the dose flush right when both fit.
std::string title_line(const PlanItem& item, size_t number, const Style& style) {
    const std::string box = item.done ? "[x]" : "[ ]";
    const std::string left = std::to_string(number) + ". " + item.exercise->name;
    const std::string dose = describe(item.dose);
    const std::string painted_box = item.done ? style.green(box) : box;
    const size_t used = box.size() + 1 + display_width(left);
    if (used + 2 + dose.size() <= kPageWidth)
        return painted_box + " " + style.bold(left) + std::string(kPageWidth - used - dose.size(), ' ') +
               dose + "\n";
    // A long name wraps under itself, and the dose gets a line of its own.
    const auto name_lines = wrap(left, kPageWidth - box.size() - 1);
    std::string out = painted_box + " " + style.bold(name_lines.front()) + "\n";
    for (size_t i = 1; i < name_lines.size(); ++i)
        out += std::string(box.size() + 1, ' ') + style.bold(name_lines[i]) + "\n";
    return out + std::string(kItemIndent, ' ') + dose + "\n";
}

std::string footer() {
    const std::string advice =
        "Check with a physical therapist before you start this routine. Move slowly "
        "and gently: stop any stretch that hurts, and do not do it again until you "
        "have asked a professional.";
    std::string out = std::string(kPageWidth, '-') + "\n";
    for (const auto& line : wrap(advice, kPageWidth)) out += line + "\n";
    return out;
}

}  // namespace

std::string render_plan_text(const Plan& plan, const Style& style) {
    std::string out = header(plan, style) + "\n";
    if (!plan.scheduled) {
        out += "Nothing is scheduled: this routine runs on " + plan.routine->days.describe() +
               ", not on " + weekday_long(plan.date) + "s.\n";
        return out;
    }
    out += "Pain before (0-10): ____        Pain after (0-10): ____\n\n";
    for (size_t i = 0; i < plan.items.size(); ++i) {
        const PlanItem& item = plan.items[i];
        out += title_line(item, i + 1, style);
        out += exercise_instructions(*item.exercise, style, kItemIndent);
        out += "\n";
    }
    return out + footer();
}

}  // namespace stretch
