#include "cli/judged_days.h"

#include <algorithm>

#include "cli/day_summaries.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

/// A day's judgement in the words of the report's legend.
std::string judged_as(DayStatus status) {
    switch (status) {
        case DayStatus::rested: return "rested after pain";
        case DayStatus::gentle: return "kept by the gentle routine";
        case DayStatus::paused: return "a day with every stretch paused";
        case DayStatus::not_scheduled: return "not scheduled";
        default: return to_text(status);
    }
}

}  // namespace

JudgedDays judge_days(const Catalog& catalog, const Routine* routine, const Store& store,
                      const std::vector<Date>& days, Date today) {
    std::vector<Date> past;
    for (const Date day : days)
        if (day < today) past.push_back(day);
    if (!routine || past.empty()) return {};
    const auto [first, last] = std::minmax_element(past.begin(), past.end());
    Report report;
    try {
        // A day's judgement does not depend on where weeks start: Monday.
        report = judged_report(catalog, *routine, &store, DateRange{*first, *last}, today, 0);
    } catch (const Error&) {
        return {};  // a damaged row: the correction goes ahead, and `report` says what is wrong
    }
    JudgedDays judged;
    for (const DayResult& result : report.days)
        if (std::find(past.begin(), past.end(), result.day) != past.end()) judged.emplace(result.day, result.status);
    return judged;
}

std::string judgement_changes(const JudgedDays& before, const JudgedDays& after) {
    constexpr size_t kDaysNamed = 5;  // an undone import can touch hundreds
    std::string out;
    size_t changed = 0;
    for (const auto& [day, status] : after) {
        const auto was = before.find(day);
        // A day a change made the first of the log, or left before it, has a
        // note of its own (earlier_start_note; the undo's own lines).
        if (was == before.end() || was->second == status || was->second == DayStatus::not_started ||
            status == DayStatus::not_started)
            continue;
        if (++changed > kDaysNamed) continue;
        out += hanging("  ", long_date(day) + " now counts as " + judged_as(status) + ", not as " +
                                 judged_as(was->second) + ".",
                       kLineWidth);
    }
    if (changed > kDaysNamed)
        out += hanging("  ", "And " + count_of(changed - kDaysNamed, "more day", "more days") +
                                 " now count otherwise, as the report shows.",
                       kLineWidth);
    return out;
}

}  // namespace stretch
