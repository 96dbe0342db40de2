#include "core/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace stretch {

namespace {

/// Means of whole numbers and fractions like 0.3 are not exact in binary, so
/// a value that is on a threshold by hand (a change of exactly 30%) must not
/// fall below it by rounding.
constexpr double kTolerance = 1e-9;

bool at_least(double value, double threshold) { return value >= threshold - kTolerance; }

/// A running mean; no value until something was added.
struct Mean {
    double sum = 0;
    int count = 0;

    void add(double value) { sum += value, ++count; }
    std::optional<double> value() const { return count == 0 ? std::nullopt : std::optional(sum / count); }
};

/// What was logged on one day.
struct DayLog {
    std::set<std::string> stretched;           ///< ids with at least one stretch entry
    std::vector<const Entry*> stretch_entries;  ///< for reps and pain-with-a-stretch
    std::vector<int> pain_scores;               ///< stand-alone scores
};

/// Grouping the log once keeps every later step linear in the number of days.
using LogByDay = std::map<Date, DayLog>;

LogByDay group_by_day(const History& history) {
    LogByDay logs;
    for (const Entry& entry : history) {
        DayLog& log = logs[entry.day];
        if (entry.kind == EntryKind::stretch) {
            log.stretched.insert(entry.exercise);
            log.stretch_entries.push_back(&entry);
        } else if (entry.pain) {
            log.pain_scores.push_back(*entry.pain);
        }
    }
    return logs;
}

const DayLog& log_on(const LogByDay& logs, Date day) {
    static const DayLog nothing_logged;
    const auto it = logs.find(day);
    return it == logs.end() ? nothing_logged : it->second;
}

/// The routine's exercise ids in routine order, each once: a step list may
/// name an exercise twice, but it is one stretch to do.
std::vector<std::string> distinct_exercise_ids(const Routine& routine) {
    std::vector<std::string> ids;
    for (const RoutineStep& step : routine.steps)
        if (std::find(ids.begin(), ids.end(), step.exercise_id) == ids.end()) ids.push_back(step.exercise_id);
    return ids;
}

Date start_of_week(Date day, int week_start) {
    return add_days(day, -((weekday_index(day) - week_start + 7) % 7));
}

bool is_counted(DayStatus status) {
    return status == DayStatus::complete || status == DayStatus::partial || status == DayStatus::missed;
}

/// Everything needed to judge a day, computed once per report.
struct Judge {
    const Routine& routine;
    std::vector<std::string> planned;
    const LogByDay& logs;
    Date today;

    /// A routine without steps plans nothing, so it is never "scheduled":
    /// an empty plan must not make every day vacuously complete.
    bool scheduled(Date day) const { return !planned.empty() && routine.days.includes(day); }

    int done_on(const DayLog& log) const {
        return static_cast<int>(std::count_if(planned.begin(), planned.end(),
                                              [&](const std::string& id) { return log.stretched.contains(id); }));
    }

    bool complete(Date day) const {
        return scheduled(day) && done_on(log_on(logs, day)) == static_cast<int>(planned.size());
    }

    DayResult result(Date day) const {
        const DayLog& log = log_on(logs, day);
        DayResult result{day, DayStatus::not_scheduled, 0, 0, std::nullopt};
        if (scheduled(day)) {
            result.planned = static_cast<int>(planned.size());
            result.done = done_on(log);
        }
        result.status = status(day, result);
        Mean pain;
        for (int score : log.pain_scores) pain.add(score);
        result.pain = pain.value();
        return result;
    }

    DayStatus status(Date day, const DayResult& r) const {
        if (day > today) return DayStatus::future;
        // Today is in progress even on the first day of use.
        if (day == today && scheduled(day) && r.done < r.planned) return DayStatus::pending;
        if (logs.empty() || day < logs.begin()->first) return DayStatus::not_started;
        if (!scheduled(day)) return DayStatus::not_scheduled;
        if (r.done == r.planned) return DayStatus::complete;
        return r.done > 0 ? DayStatus::partial : DayStatus::missed;
    }
};

/// One pass over the days from the first logged day to min(range end, today).
/// Unscheduled days are skipped; an incomplete today is still in progress, so
/// it neither extends nor breaks the run.
void count_streaks(Report& report, const Judge& judge) {
    if (judge.logs.empty()) return;
    const Date end = std::min(report.range.last, judge.today);
    for (Date day = judge.logs.begin()->first; day <= end; day = add_days(day, 1)) {
        if (!judge.scheduled(day)) continue;
        if (judge.complete(day)) {
            report.longest_streak = std::max(report.longest_streak, ++report.current_streak);
        } else if (day != judge.today) {
            report.current_streak = 0;
        }
    }
}

void count_days(Report& report) {
    for (const DayResult& day : report.days) {
        if (!is_counted(day.status)) continue;
        ++report.counted_days;
        report.complete_days += day.status == DayStatus::complete ? 1 : 0;
        report.partial_days += day.status == DayStatus::partial ? 1 : 0;
        report.missed_days += day.status == DayStatus::missed ? 1 : 0;
        report.stretches_done += day.done;
        report.stretches_planned += day.planned;
    }
    if (report.counted_days > 0) report.consistency = double(report.complete_days) / report.counted_days;
}

/// A stretch's summary and the sum its mean pain is made of.
struct StretchTally {
    StretchSummary summary;
    Mean pain;
};

StretchTally& tally_for(std::map<std::string, StretchTally>& tallies, const Catalog& catalog,
                        const std::string& id) {
    auto [it, added] = tallies.try_emplace(id);
    if (added) {
        const auto exercise = catalog.exercises.find(id);
        it->second.summary.exercise_id = id;
        it->second.summary.name = exercise == catalog.exercises.end() ? id : exercise->second.name;
    }
    return it->second;
}

void tally_day(std::map<std::string, StretchTally>& tallies, const Catalog& catalog, const Judge& judge,
               const DayResult& day) {
    for (const std::string& id : judge.planned) ++tally_for(tallies, catalog, id).summary.days_planned;
    const DayLog& log = log_on(judge.logs, day.day);
    for (const std::string& id : log.stretched) ++tally_for(tallies, catalog, id).summary.days_done;
    for (const Entry* entry : log.stretch_entries) {
        StretchTally& tally = tally_for(tallies, catalog, entry->exercise);
        tally.summary.total_reps += entry->reps.value_or(0);
        if (entry->pain) tally.pain.add(*entry->pain);
    }
}

/// Routine exercises first, in routine order, even when never logged; then
/// the others, by id (the map's order).
std::vector<StretchSummary> summarize_stretches(const Catalog& catalog, const Judge& judge,
                                                const std::vector<DayResult>& days) {
    std::map<std::string, StretchTally> tallies;
    for (const std::string& id : judge.planned) tally_for(tallies, catalog, id);
    for (const DayResult& day : days)
        if (is_counted(day.status)) tally_day(tallies, catalog, judge, day);

    auto finished = [](StretchTally& tally) {
        tally.summary.mean_pain = tally.pain.value();
        tally.summary.pain_count = tally.pain.count;
        return tally.summary;
    };
    std::vector<StretchSummary> summaries;
    for (const std::string& id : judge.planned) summaries.push_back(finished(tallies.at(id)));
    for (auto& [id, tally] : tallies)
        if (std::find(judge.planned.begin(), judge.planned.end(), id) == judge.planned.end())
            summaries.push_back(finished(tally));
    return summaries;
}

WeekSummary summarize_week(const Report& report, const LogByDay& logs, Date start) {
    WeekSummary week;
    week.start = start;
    Mean pain;
    for (int i = 0; i < 7; ++i) {
        const Date day = add_days(start, i);
        if (!report.range.contains(day)) continue;
        const DayResult& result = report.days.at(static_cast<size_t>(days_between(report.range.first, day)));
        week.counted_days += is_counted(result.status) ? 1 : 0;
        week.complete_days += result.status == DayStatus::complete ? 1 : 0;
        for (int score : log_on(logs, day).pain_scores) pain.add(score);
    }
    if (week.counted_days > 0) week.consistency = double(week.complete_days) / week.counted_days;
    week.pain_scores = pain.count;
    week.mean_pain = pain.value();
    return week;
}

std::vector<WeekSummary> summarize_weeks(const Report& report, const LogByDay& logs, int week_start) {
    std::vector<WeekSummary> weeks;
    for (Date start = start_of_week(report.range.first, week_start); start <= report.range.last;
         start = add_days(start, 7))
        weeks.push_back(summarize_week(report, logs, start));
    return weeks;
}

void compare_first_and_last_week(PainSummary& pain, const std::vector<const WeekSummary*>& scored) {
    if (scored.empty()) return;
    pain.first_week_mean = scored.front()->mean_pain;
    pain.last_week_mean = scored.back()->mean_pain;
    if (scored.size() < 2) return;
    const double first = *pain.first_week_mean;
    const double change = *pain.last_week_mean - first;
    pain.change = change;
    if (first != 0) pain.change_percent = change / first * 100;
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

PainSummary summarize_pain(const Report& report, const LogByDay& logs) {
    PainSummary pain;
    Mean all;
    for (const DayResult& day : report.days) {
        for (int score : log_on(logs, day.day).pain_scores) {
            all.add(score);
            pain.lowest = std::min(pain.lowest.value_or(score), score);
            pain.highest = std::max(pain.highest.value_or(score), score);
        }
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

}  // namespace

std::string to_text(DayStatus status) {
    switch (status) {
    case DayStatus::complete: return "complete";
    case DayStatus::partial: return "partial";
    case DayStatus::missed: return "missed";
    case DayStatus::not_scheduled: return "not-scheduled";
    case DayStatus::pending: return "pending";
    case DayStatus::future: return "future";
    case DayStatus::not_started: return "not-started";
    }
    return "unknown";
}

Report build_report(const Catalog& catalog, const Routine& routine, const History& history,
                    const DateRange& range, Date today, int week_start) {
    const LogByDay logs = group_by_day(history);
    const Judge judge{routine, distinct_exercise_ids(routine), logs, today};

    Report report;
    report.range = range;
    report.today = today;
    report.routine_id = routine.id;
    report.routine_name = routine.name;
    for (Date day = range.first; day <= range.last; day = add_days(day, 1))
        report.days.push_back(judge.result(day));
    count_days(report);
    count_streaks(report, judge);

    report.stretches = summarize_stretches(catalog, judge, report.days);
    if (range.days() > 0) report.weeks = summarize_weeks(report, logs, week_start);
    report.pain = summarize_pain(report, logs);
    return report;
}

}  // namespace stretch
