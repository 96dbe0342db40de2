#pragma once
/// How pain changed over a report's range: each day's stand-alone scores,
/// the weeks they fall in, and the comparisons the report draws from them
/// (first week against last, adherent weeks against the others). Used by
/// build_report only; split from report.cpp, which judges the days.

#include <optional>
#include <vector>

#include "core/day_log.h"
#include "core/mean.h"
#include "core/report.h"

namespace stretch {

/// The stand-alone pain scores of one day of the range.
struct DayPain {
    Mean scores;
    std::optional<int> lowest, highest;
};

/// The mean of scores that are not empty.
double mean_of(const std::vector<int>& scores);

DayPain day_pain(const DayLog& log);

/// The calendar weeks (starting on `week_start`, 0 = Monday) that the
/// report's range touches, with their consistency and mean pain; `pains`
/// holds one DayPain per day of the range, like report.days.
std::vector<WeekSummary> summarize_weeks(const Report& report, const std::vector<DayPain>& pains, int week_start);

/// The range's pain, and the comparisons of report.weeks (already filled in).
PainSummary summarize_pain(const Report& report, const std::vector<DayPain>& pains);

}  // namespace stretch
