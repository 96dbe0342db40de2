#include "cli/progress.h"

namespace stretch {

const Routine& chosen_routine(const Catalog& catalog, const std::string& id) {
    return id.empty() ? catalog.default_routine() : catalog.find_routine(id);
}

Plan plan_with_progress(const Catalog& catalog, const Routine& routine, Date day, const Store* store) {
    return build_plan(catalog, routine, day, store ? store->exercises_done_on(day) : std::set<std::string>{});
}

std::string left_summary(const Plan& plan, Date today) {
    const std::string when = plan.date == today ? "today" : "on " + long_date(plan.date);
    const int total = static_cast<int>(plan.items.size());
    if (!plan.scheduled) return "Nothing is scheduled " + when + ".";
    if (plan.remaining_count() == 0) return "All " + std::to_string(total) + " stretches done " + when + ".";
    return std::to_string(plan.remaining_count()) + " of " + std::to_string(total) + " stretches left " +
           when + " (about " + std::to_string(plan.remaining_minutes()) + " min).";
}

}  // namespace stretch
