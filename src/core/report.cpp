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

Date start_of_week(Date day, int week_start) {
    return add_days(day, -((weekday_index(day) - week_start + 7) % 7));
}

bool is_counted(DayStatus status) {
    return status == DayStatus::complete || status == DayStatus::partial || status == DayStatus::missed;
}

/// Everything needed to judge a day, computed once per report.
struct Judge {
    const ReportSources& sources;
    const LogByDay& logs;
    Date today;
    std::optional<Date> first_used;  ///< the first day with an entry, a skip or a pause

    static int done_of(const std::vector<std::string>& planned, const DayLog& log) {
        return static_cast<int>(std::count_if(planned.begin(), planned.end(),
                                              [&](const std::string& id) { return log.stretched.contains(id); }));
    }

    /// The gentle routine's plan of record was done in full that day.
    bool gentle_done(Date day, const DayLog& log) const {
        if (!sources.gentle || sources.gentle->id == sources.routine.id) return false;
        const auto planned = expected_on(sources.record, *sources.gentle, day, today).due_exercises();
        return !planned.empty() && done_of(planned, log) == static_cast<int>(planned.size());
    }

    DayResult result(Date day) const {
        const DayLog& log = log_on(logs, day);
        const ExpectedDay expected = expected_on(sources.record, sources.routine, day, today);
        const auto planned = expected.due_exercises();
        DayResult result{day, DayStatus::not_scheduled, static_cast<int>(planned.size()), done_of(planned, log),
                         std::nullopt, {}};
        for (const Pause* pause : expected.paused) result.paused.push_back(pause->exercise);
        // Everything done, then everything paused the same day: the day was complete.
        if (planned.empty() && !result.paused.empty() && done_of(result.paused, log) == int(result.paused.size()))
            result.planned = result.done = static_cast<int>(result.paused.size());
        result.status = status(expected, result, log);
        Mean pain;
        for (int score : log.pain_scores) pain.add(score);
        result.pain = pain.value();
        return result;
    }

    DayStatus status(const ExpectedDay& expected, const DayResult& r, const DayLog& log) const {
        const Date day = expected.day;
        if (day > today) return expected.skipped() ? DayStatus::skipped : DayStatus::future;
        const bool complete = r.planned > 0 && r.done == r.planned;
        if (expected.scheduled && complete) return DayStatus::complete;
        if (expected.skipped()) return DayStatus::skipped;
        if (expected.scheduled && r.planned == 0) return DayStatus::paused;
        // Today is in progress even on the first day of use.
        if (day == today && expected.scheduled) return DayStatus::pending;
        if (!first_used || day < *first_used) return DayStatus::not_started;
        if (!expected.scheduled) return DayStatus::not_scheduled;
        if (gentle_done(day, log)) return DayStatus::gentle;
        return r.done > 0 ? DayStatus::partial : DayStatus::missed;
    }
};

/// One pass over the days from the first day of use to min(range end,
/// today). Complete days grow the run, partial and missed ones break it, and
/// every other day (skipped, gentle, paused, not scheduled, today still
/// pending) passes over it.
void count_streaks(Report& report, const Judge& judge) {
    if (!judge.first_used) return;
    const Date end = std::min(report.range.last, judge.today);
    for (Date day = *judge.first_used; day <= end; day = add_days(day, 1)) {
        const DayStatus status = report.range.contains(day)
                                     ? report.days.at(static_cast<size_t>(days_between(report.range.first, day))).status
                                     : judge.result(day).status;
        if (status == DayStatus::complete) {
            report.longest_streak = std::max(report.longest_streak, ++report.current_streak);
        } else if (status == DayStatus::partial || status == DayStatus::missed) {
            report.current_streak = 0;
        }
    }
}

void count_days(Report& report) {
    for (const DayResult& day : report.days) {
        report.skipped_days += day.status == DayStatus::skipped ? 1 : 0;
        report.gentle_days += day.status == DayStatus::gentle ? 1 : 0;
        report.paused_days += day.status == DayStatus::paused ? 1 : 0;
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
    const ExpectedDay expected = expected_on(judge.sources.record, judge.sources.routine, day.day, judge.today);
    for (const std::string& id : expected.due_exercises()) ++tally_for(tallies, catalog, id).summary.days_planned;
    const DayLog& log = log_on(judge.logs, day.day);
    for (const std::string& id : log.stretched) ++tally_for(tallies, catalog, id).summary.days_done;
    for (const Entry* entry : log.stretch_entries) {
        StretchTally& tally = tally_for(tallies, catalog, entry->exercise);
        tally.summary.total_reps += entry->reps.value_or(0);
        if (entry->pain) tally.pain.add(*entry->pain);
    }
}

/// The exercises of the routine versions in force over the days up to today,
/// in routine order, each once; today's definition when no such day is shown.
std::vector<std::string> planned_in_order(const Judge& judge, const std::vector<DayResult>& days) {
    std::vector<std::string> ids;
    const RoutineSnapshot* last = nullptr;
    for (const DayResult& day : days) {
        if (day.day > judge.today) break;
        const RoutineSnapshot* routine = expected_on(judge.sources.record, judge.sources.routine, day.day, judge.today).routine;
        if (routine == last) continue;
        last = routine;
        for (const std::string& id : routine->distinct_exercises())
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids.empty() ? judge.sources.routine.distinct_exercises() : ids;
}

/// Routine exercises first, in routine order, even when never logged; then
/// the others, by id (the map's order).
std::vector<StretchSummary> summarize_stretches(const Catalog& catalog, const Judge& judge,
                                                const std::vector<DayResult>& days) {
    const std::vector<std::string> planned = planned_in_order(judge, days);
    std::map<std::string, StretchTally> tallies;
    for (const std::string& id : planned) tally_for(tallies, catalog, id);
    for (const DayResult& day : days) {
        if (is_counted(day.status)) tally_day(tallies, catalog, judge, day);
        if (day.day <= judge.today)
            for (const std::string& id : day.paused) ++tally_for(tallies, catalog, id).summary.days_paused;
    }

    auto finished = [](StretchTally& tally) {
        tally.summary.mean_pain = tally.pain.value();
        tally.summary.pain_count = tally.pain.count;
        return tally.summary;
    };
    std::vector<StretchSummary> summaries;
    for (const std::string& id : planned) summaries.push_back(finished(tallies.at(id)));
    for (auto& [id, tally] : tallies)
        if (std::find(planned.begin(), planned.end(), id) == planned.end())
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
    case DayStatus::skipped: return "skipped";
    case DayStatus::gentle: return "gentle";
    case DayStatus::paused: return "paused";
    case DayStatus::not_scheduled: return "not-scheduled";
    case DayStatus::pending: return "pending";
    case DayStatus::future: return "future";
    case DayStatus::not_started: return "not-started";
    }
    return "unknown";
}

Report build_report(const ReportSources& sources, const DateRange& range, Date today, int week_start) {
    const LogByDay logs = group_by_day(sources.history);
    std::optional<Date> first_used = sources.record.first_day();
    if (!logs.empty() && (!first_used || logs.begin()->first < *first_used)) first_used = logs.begin()->first;
    const Judge judge{sources, logs, today, first_used};

    Report report;
    report.range = range;
    report.today = today;
    report.routine_id = sources.routine.id;
    report.routine_name = sources.routine.name;
    for (Date day = range.first; day <= range.last; day = add_days(day, 1))
        report.days.push_back(judge.result(day));
    count_days(report);
    count_streaks(report, judge);

    report.stretches = summarize_stretches(sources.catalog, judge, report.days);
    if (range.days() > 0) report.weeks = summarize_weeks(report, logs, week_start);
    report.pain = summarize_pain(report, logs);
    return report;
}

Report build_report(const Catalog& catalog, const Routine& routine, const History& history,
                    const DateRange& range, Date today, int week_start) {
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    const PlanRecord nothing_recorded;
    return build_report(ReportSources{catalog, current, nullptr, nothing_recorded, history}, range, today, week_start);
}

}  // namespace stretch
