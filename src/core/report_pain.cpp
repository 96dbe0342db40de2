#include "core/report_pain.h"

#include <algorithm>
#include <cmath>

namespace stretch {

namespace {

Date start_of_week(Date day, int week_start) {
    return add_days(day, -((weekday_index(day) - week_start + 7) % 7));
}

WeekSummary summarize_week(const Report& report, const std::vector<DayPain>& pains, Date start) {
    WeekSummary week;
    week.start = start;
    Mean pain;
    for (int i = 0; i < 7; ++i) {
        const Date day = add_days(start, i);
        if (!report.range.contains(day)) continue;
        const DayResult& result = report.days.at(static_cast<size_t>(days_between(report.range.first, day)));
        week.counted_days += is_counted(result.status) ? 1 : 0;
        week.complete_days += result.status == DayStatus::complete ? 1 : 0;
        const Mean& scores = pains.at(static_cast<size_t>(days_between(report.range.first, day))).scores;
        pain.add_many(scores.sum, scores.count);
    }
    if (week.counted_days > 0) week.consistency = double(week.complete_days) / week.counted_days;
    week.pain_scores = pain.count;
    week.mean_pain = pain.value();
    return week;
}

void compare_first_and_last_week(PainSummary& pain, const std::vector<const WeekSummary*>& scored) {
    if (scored.empty()) return;
    pain.first_week_mean = scored.front()->mean_pain;
    pain.last_week_mean = scored.back()->mean_pain;
    pain.first_week_scores = scored.front()->pain_scores;
    pain.last_week_scores = scored.back()->pain_scores;
    if (scored.size() < 2) return;
    const double first = *pain.first_week_mean;
    const double change = *pain.last_week_mean - first;
    pain.change = change;
    if (first != 0) pain.change_percent = change / first * 100;
    if (pain.first_week_scores < kMinScoresToJudge || pain.last_week_scores < kMinScoresToJudge) return;
    pain.meaningful = at_least(std::abs(change), kMeaningfulPainPoints) ||
                      (first > 0 && at_least(std::abs(change), kMeaningfulPainFraction * first));
}

/// Only weeks with both a consistency and scores take part; a comparison
/// needs both groups, so one empty group leaves everything unset.
void compare_by_adherence(PainSummary& pain, const std::vector<const WeekSummary*>& scored) {
    Mean adherent, other;
    for (const WeekSummary* week : scored) {
        if (!week->consistency) continue;
        (at_least(*week->consistency, kAdherentConsistency) ? adherent : other).add(*week->mean_pain);
    }
    if (adherent.count == 0 || other.count == 0) return;
    pain.adherent_weeks_mean = adherent.value();
    pain.other_weeks_mean = other.value();
    pain.adherent_weeks = adherent.count;
    pain.other_weeks = other.count;
}

}  // namespace

double mean_of(const std::vector<int>& scores) {
    Mean mean;
    for (int score : scores) mean.add(score);
    return *mean.value();
}

DayPain day_pain(const DayLog& log) {
    DayPain pain;
    for (int score : log.pain_scores) {
        pain.scores.add(score);
        pain.lowest = std::min(pain.lowest.value_or(score), score);
        pain.highest = std::max(pain.highest.value_or(score), score);
    }
    return pain;
}

std::vector<WeekSummary> summarize_weeks(const Report& report, const std::vector<DayPain>& pains, int week_start) {
    std::vector<WeekSummary> weeks;
    for (Date start = start_of_week(report.range.first, week_start); start <= report.range.last;
         start = add_days(start, 7))
        weeks.push_back(summarize_week(report, pains, start));
    return weeks;
}

PainSummary summarize_pain(const Report& report, const std::vector<DayPain>& pains) {
    PainSummary pain;
    Mean all;
    for (const DayPain& day : pains) {
        all.add_many(day.scores.sum, day.scores.count);
        if (day.lowest) pain.lowest = std::min(pain.lowest.value_or(*day.lowest), *day.lowest);
        if (day.highest) pain.highest = std::max(pain.highest.value_or(*day.highest), *day.highest);
    }
    pain.count = all.count;
    pain.mean = all.value();

    std::vector<const WeekSummary*> scored;
    for (const WeekSummary& week : report.weeks)
        if (week.mean_pain) scored.push_back(&week);
    compare_first_and_last_week(pain, scored);
    compare_by_adherence(pain, scored);
    return pain;
}

}  // namespace stretch
