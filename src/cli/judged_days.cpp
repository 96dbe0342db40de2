#include "cli/judged_days.h"

#include <algorithm>

#include "cli/day_summaries.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

/// A day's judgement in plain words, to follow "now counts as".
std::string judged_as(DayStatus status) {
    switch (status) {
        case DayStatus::partial: return "partly done";
        case DayStatus::rested: return "rested after pain";
        case DayStatus::gentle: return "kept by the gentle routine";
        case DayStatus::paused: return "a day with every stretch paused";
        case DayStatus::not_scheduled: return "a day off";
        default: return to_text(status);
    }
}

/// "Monday 2 November 2026 is" or "The days from ... to ... are".
std::string days_are(Date first, Date last) {
    if (first == last) return long_date(first) + " is";
    return "The days from " + long_date(first) + " to " + long_date(last) + " are";
}

}  // namespace

JudgedDays judge_days(const Catalog& catalog, const Routine* routine, const Store& store,
                      const std::optional<DateRange>& days, Date today) {
    if (!routine || !days || days->first >= today) return {};
    const DateRange past{days->first, std::min(days->last, add_days(today, -1))};
    Report report;
    try {
        // A day's judgement does not depend on where weeks start: Monday.
        report = judged_report(catalog, *routine, &store, past, today, 0);
    } catch (const Error&) {
        return {};
    }
    JudgedDays judged;
    for (const DayResult& result : report.days)
        if (past.contains(result.day)) judged.emplace(result.day, result.status);
    return judged;
}

std::string judged_change(const Catalog* catalog, const Routine* routine, const Store& store,
                          const std::optional<DateRange>& days, Date today, bool start_said,
                          const std::function<void()>& change) {
    const JudgedDays before = catalog ? judge_days(*catalog, routine, store, days, today) : JudgedDays{};
    change();
    if (before.empty()) return {};
    return judgement_changes(before, judge_days(*catalog, routine, store, days, today), start_said);
}

std::optional<DateRange> span_of(std::initializer_list<Date> days) {
    if (days.size() == 0) return std::nullopt;
    const auto [first, last] = std::minmax_element(days.begin(), days.end());
    return DateRange{*first, *last};
}

std::string judgement_changes(const JudgedDays& before, const JudgedDays& after, bool start_said) {
    constexpr size_t kDaysNamed = 5;  // an undone import can touch hundreds
    std::string out;
    size_t changed = 0;
    // The days the change took out of the log's span, or brought into it:
    // one sentence for each run of them, after the days named.
    std::optional<DateRange> left, came;
    const auto extend = [](std::optional<DateRange>& run, Date day) {
        run = run ? DateRange{run->first, day} : DateRange{day, day};
    };
    for (const auto& [day, status] : after) {
        const auto was = before.find(day);
        if (was == before.end() || was->second == status) continue;
        if (was->second == DayStatus::not_started) {
            extend(came, day);
            continue;
        }
        if (status == DayStatus::not_started) {
            extend(left, day);
            continue;
        }
        if (++changed > kDaysNamed) continue;
        out += hanging("", long_date(day) + " now counts as " + judged_as(status) + ", not as " +
                               judged_as(was->second) + ".",
                       kLineWidth);
    }
    if (changed > kDaysNamed)
        out += hanging("", "And " + count_of(changed - kDaysNamed, "more day", "more days") +
                               " now count otherwise, as the report shows.",
                       kLineWidth);
    if (left)
        out += hanging("", days_are(left->first, left->last) +
                               " now before the first day of your log, and no longer counted.",
                       kLineWidth);
    if (came && !start_said)
        out += hanging("", "Your log now starts on " + long_date(came->first) + ", so " +
                               (came->first == came->last ? std::string("that day is")
                                                          : "the days from then to " + long_date(came->last) + " are") +
                               " counted.",
                       kLineWidth);
    return out;
}

}  // namespace stretch
