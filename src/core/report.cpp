#include "core/report.h"

#include "core/report_pain.h"
#include "core/report_stretches.h"

#include <algorithm>

namespace stretch {

namespace {

/// How many of a day's planned stretches its log has. Days mostly log the
/// same stretches in the same order, so each is first looked for where it
/// was found the day before: a year's report then compares each id once,
/// not with half the day's log.
class DoneCounter {
public:
    int count(const std::vector<std::string>& planned, const DayLog& log) {
        if (found_at_.size() < planned.size()) found_at_.resize(planned.size(), 0);
        int done = 0;
        for (size_t i = 0; i < planned.size(); ++i) {
            const size_t place = log.place_of(planned[i], found_at_[i]);
            if (place == log.stretches.size()) continue;
            found_at_[i] = place;
            ++done;
        }
        return done;
    }

private:
    std::vector<size_t> found_at_;  ///< by place in `planned`: where its id was last found in a log
};

/// Every one of `ids` was logged in `log` (true for none).
bool all_done(const std::vector<std::string>& ids, const DayLog& log) {
    return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) { return log.stretched(id); });
}

/// Everything needed to judge a day, computed once per report.
struct Judge {
    const ReportBasis& basis;
    Date today;
    std::optional<Date> first_used;  ///< the first day with an entry, a skip or a pause
    mutable DoneCounter planned_done{};  ///< a cache only: what result() says does not depend on it

    bool gentle_done(Date day, const DayLog& log) const {
        return basis.gentle && gentle_kept(basis.record, *basis.gentle, basis.routine.id, day, today, log);
    }

    /// `planned` is expected.due_exercises(), which the caller also needs.
    DayResult result(const ExpectedDay& expected, const std::vector<std::string>& planned, const DayLog& log) const {
        DayResult result{expected.day, DayStatus::not_scheduled, static_cast<int>(planned.size()),
                         planned_done.count(planned, log), std::nullopt, std::nullopt, {}};
        for (const Pause* pause : expected.paused) result.paused.push_back(pause->exercise);
        // Everything done, then everything paused the same day: the day was complete.
        if (planned.empty() && !result.paused.empty() && all_done(result.paused, log))
            result.planned = result.done = static_cast<int>(result.paused.size());
        result.status = status(expected, result, log);
        Mean pain;
        for (int score : log.pain_scores) pain.add(score);
        result.pain = pain.value();
        result.highest_pain = highest_pain(log);
        return result;
    }

    /// The ids `result` counts as planned: the day's plan, or, on a day whose
    /// stretches were all done and then paused, those (see result()).
    static const std::vector<std::string>& counted_ids(const std::vector<std::string>& planned,
                                                       const DayResult& result) {
        return planned.empty() && result.planned > 0 ? result.paused : planned;
    }

    DayStatus status(const ExpectedDay& expected, const DayResult& r, const DayLog& log) const {
        const Date day = expected.day;
        if (day > today) return expected.skipped() ? DayStatus::skipped : DayStatus::future;
        if (expected.before_routine) return DayStatus::not_started;
        const bool complete = r.planned > 0 && r.done == r.planned;
        if (expected.scheduled && complete) return DayStatus::complete;
        if (expected.skipped()) return DayStatus::skipped;
        if (expected.scheduled && r.planned == 0) return DayStatus::paused;
        // Today is in progress even on the first day of use, unless the
        // gentle routine already kept it or a severe pain asks for rest, as
        // status and remind say.
        if (day == today && expected.scheduled)
            return gentle_done(day, log) ? DayStatus::gentle
                   : rest_advised(log)   ? DayStatus::rested
                                         : DayStatus::pending;
        if (!first_used || day < *first_used) return DayStatus::not_started;
        if (!expected.scheduled) return DayStatus::not_scheduled;
        if (gentle_done(day, log)) return DayStatus::gentle;
        if (rest_advised(log)) return DayStatus::rested;
        return r.done > 0 ? DayStatus::partial : DayStatus::missed;
    }
};

/// The distinct exercise ids a day asks for (ExpectedDay::due_exercises),
/// worked out again only when the steps due change: the days of a year's
/// report mostly ask for the same ones.
class PlannedIds {
public:
    const std::vector<std::string>& of(const ExpectedDay& expected) {
        if (!known_ || expected.due != due_) {
            due_ = expected.due;
            ids_ = expected.due_exercises();
            known_ = true;
        }
        return ids_;
    }

private:
    bool known_ = false;
    std::vector<const PlannedStretch*> due_;
    std::vector<std::string> ids_;
};

/// Complete days grow the run, partial and missed ones break it, and every
/// other day (skipped, rested, gentle, paused, not scheduled, today still pending)
/// passes over it.
void count_streak(StreakState& streak, Date day, DayStatus status) {
    streak.through = day;
    if (status == DayStatus::complete) {
        streak.longest = std::max(streak.longest, ++streak.current);
    } else if (status == DayStatus::partial || status == DayStatus::missed) {
        streak.current = 0;
    }
}

/// Where the walk over the days starts: after the summarized streaks, else
/// at the first day of use, but never after the range's first day.
Date walk_start(const LoggedDays& logged, const DateRange& range) {
    Date start = range.first;
    if (logged.streak_before) start = std::min(start, add_days(logged.streak_before->through, 1));
    else if (logged.first_used) start = std::min(start, *logged.first_used);
    return start;
}

void count_days(Report& report) {
    for (const DayResult& day : report.days) {
        report.skipped_days += day.status == DayStatus::skipped ? 1 : 0;
        report.rested_days += day.status == DayStatus::rested ? 1 : 0;
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

}  // namespace

bool gentle_kept(const PlanRecord& record, const RoutineSnapshot& gentle, const std::string& routine_id, Date day,
                 Date today, const DayLog& log) {
    if (routine_id == gentle.id) return false;
    const auto planned = expected_on(record, gentle, day, today).due_exercises();
    return !planned.empty() && all_done(planned, log);
}

const DayResult* today_in_progress(const Report& report) {
    for (const DayResult& day : report.days)
        if (day.status == DayStatus::pending) return &day;
    return nullptr;
}

bool is_counted(DayStatus status) {
    return status == DayStatus::complete || status == DayStatus::partial || status == DayStatus::missed;
}

std::vector<Date> days_with(const Report& report, DayStatus status) {
    std::vector<Date> days;
    for (const DayResult& day : report.days)
        if (day.status == status) days.push_back(day.day);
    return days;
}

Report build_report(const ReportBasis& basis, LoggedDays logged, const DateRange& range, Date today,
                    int week_start) {
    const Judge judge{basis, today, logged.first_used};
    Report report;
    report.range = range;
    report.today = today;
    report.routine_id = basis.routine.id;
    report.routine_name = basis.routine.name;

    // One walk: days before the range only carry the streaks on; days of the
    // range are also shown and added up. Streaks stop at the range's end or
    // today, whichever is first.
    StreakState streak = logged.streak_before.value_or(StreakState{});
    const Date streak_end = std::min(range.last, today);
    StretchTallies tallies(today, basis.routine, basis.catalog);
    std::vector<DayPain> pains;
    pains.reserve(static_cast<size_t>(range.days()));
    report.days.reserve(static_cast<size_t>(range.days()));
    Mean before, after;
    DayFeed feed(logged.days);
    PlannedIds planned_ids;
    for (Date day = walk_start(logged, range); day <= range.last; day = add_days(day, 1)) {
        const DayLog& log = feed.on(day);
        const ExpectedDay expected = expected_on(basis.record, basis.routine, day, today);
        const std::vector<std::string>& planned = planned_ids.of(expected);
        DayResult result = judge.result(expected, planned, log);
        if (day <= streak_end && logged.first_used && day >= *logged.first_used)
            count_streak(streak, day, result.status);
        if (day < range.first) continue;
        tallies.add(expected.routine, Judge::counted_ids(planned, result), result, log);
        pains.push_back(day_pain(log));
        if (!log.before_session.empty() && !log.after_session.empty()) {
            before.add(mean_of(log.before_session));
            after.add(mean_of(log.after_session));
        }
        report.days.push_back(std::move(result));
    }
    report.current_streak = streak.current;
    report.longest_streak = streak.longest;
    count_days(report);
    report.stretches = tallies.summaries();
    if (range.days() > 0) report.weeks = summarize_weeks(report, pains, week_start);
    report.pain = summarize_pain(report, pains);
    report.sessions.days = before.count;
    report.sessions.mean_before = before.value();
    report.sessions.mean_after = after.value();
    if (before.count > 0) report.sessions.change = *after.value() - *before.value();
    return report;
}

Report build_report(const ReportSources& sources, const DateRange& range, Date today, int week_start) {
    std::optional<Date> first_used = sources.record.first_day();
    for (const Entry& entry : sources.history)
        if (!first_used || entry.day < *first_used) first_used = entry.day;
    const auto days = day_logs_of(sources.history);
    return build_report(ReportBasis{sources.catalog, sources.routine, sources.gentle, sources.record},
                        LoggedDays{first_used, std::nullopt, *days}, range, today, week_start);
}

Report build_report(const Catalog& catalog, const Routine& routine, const History& history,
                    const DateRange& range, Date today, int week_start) {
    const RoutineSnapshot current = snapshot_of(catalog, routine);
    const PlanRecord nothing_recorded;
    return build_report(ReportSources{catalog, current, nullptr, nothing_recorded, history}, range, today, week_start);
}

void summarize_days(const ReportBasis& basis, std::optional<Date> first_used,
                    std::optional<StreakState> streak_before, DayLogCursor& days, Date from, Date to, Date today,
                    const std::function<void(const DaySummary&)>& emit) {
    const Judge judge{basis, today, first_used};
    StreakState streak = streak_before.value_or(StreakState{});
    DayFeed feed(days);
    PlannedIds planned_ids;
    for (Date day = from; day <= to && day < today; day = add_days(day, 1)) {
        const ExpectedDay expected = expected_on(basis.record, basis.routine, day, today);
        const DayResult result = judge.result(expected, planned_ids.of(expected), feed.on(day));
        if (first_used && day >= *first_used) count_streak(streak, day, result.status);
        streak.through = day;
        emit(DaySummary{day, result.status, result.planned, result.done, streak});
    }
}

namespace {

/// Today as it will be judged once it has passed, and the routine version
/// that judges it.
std::pair<DayStatus, const RoutineSnapshot*> judged_as_past(const ReportBasis& basis, std::optional<Date> first_used,
                                                            const DayLog& log, Date today) {
    const Date tomorrow = add_days(today, 1);
    const Judge judge{basis, tomorrow, first_used};
    const ExpectedDay expected = expected_on(basis.record, basis.routine, today, tomorrow);
    return {judge.result(expected, expected.due_exercises(), log).status, expected.routine};
}

/// Whether `changed_record` judges a settled today otherwise than `basis.record`.
bool alters_settled_today(const ReportBasis& basis, const PlanRecord& changed_record, std::optional<Date> first_used,
                          const DayLog& log, Date today) {
    const std::optional<DayStatus> now = settled_status(basis, first_used, log, today);
    if (!now) return false;
    const ReportBasis changed{basis.catalog, basis.routine, basis.gentle, changed_record};
    return judged_as_past(changed, first_used, log, today).first != *now;
}

}  // namespace

std::optional<DayStatus> settled_status(const ReportBasis& basis, std::optional<Date> first_used, const DayLog& log,
                                        Date today) {
    const auto [status, routine] = judged_as_past(basis, first_used, log, today);
    // A retired routine asks nothing because its file was gone, not because
    // the day did: its file coming back brings it back from today.
    if (is_retired(*routine)) return std::nullopt;
    if (status == DayStatus::partial || status == DayStatus::missed) return std::nullopt;
    return status;
}

bool change_alters_settled_today(const ReportBasis& basis, const RoutineSnapshot& changed,
                                 std::optional<Date> first_used, const DayLog& log, Date today) {
    PlanRecord with_change = basis.record;
    // Appended last, it is the one in force today (PlanRecord::version_in_force).
    with_change.versions[changed.id].emplace_back(today, changed);
    return alters_settled_today(basis, with_change, first_used, log, today);
}

bool resume_alters_settled_today(const ReportBasis& basis, const std::string& exercise,
                                 std::optional<Date> first_used, const DayLog& log, Date today) {
    PlanRecord resumed = basis.record;
    resume_from(resumed, exercise, today);
    return alters_settled_today(basis, resumed, first_used, log, today);
}

bool summaries_settled(const ReportBasis& basis) {
    // A past day is then judged by the version in force, or, before a
    // routine's first one, as not started (expected_on): never by the files.
    return !basis.record.versions.empty();
}

}  // namespace stretch
