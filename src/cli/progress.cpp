#include "cli/progress.h"

namespace stretch {

Plan plan_with_progress(const Catalog& catalog, const Routine& routine, Date day, const Store* store) {
    return build_plan(catalog, routine, day, store ? store->exercises_done_on(day) : std::set<std::string>{});
}

namespace {
std::string when_text(const Plan& plan, Date today) {
    return plan.date == today ? "today" : "on " + long_date(plan.date);
}
}  // namespace

std::string remaining_phrase(const Plan& plan, Date today) {
    return std::to_string(plan.remaining_count()) + " of " + std::to_string(plan.items.size()) + " stretches left " +
           when_text(plan, today) + " (about " + std::to_string(plan.remaining_minutes()) + " min)";
}

std::string left_summary(const Plan& plan, Date today) {
    if (!plan.scheduled) return "Nothing is scheduled " + when_text(plan, today) + ".";
    if (plan.remaining_count() == 0)
        return "All " + std::to_string(plan.items.size()) + " stretches done " + when_text(plan, today) + ".";
    return remaining_phrase(plan, today) + ".";
}

}  // namespace stretch
