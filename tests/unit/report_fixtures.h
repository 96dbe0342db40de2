#pragma once
// Hand-built catalogs, routines and logs for the report tests. The routine
// has two stretches (one named twice), so every expected number can be
// worked out by hand.

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/report.h"
#include "unit/test_helpers.h"

namespace report_test {

using namespace stretch;

// 2026-11-16 is a Monday, 2026-11-22 a Sunday.
inline const Date kMon = test::ymd(2026, 11, 16);
inline const Date kThu = test::ymd(2026, 11, 19);
inline const Date kSun = test::ymd(2026, 11, 22);
inline const DateRange kWeek{kMon, kSun};

/// One letter per status, so a week reads as {C, C, P, M, N, T, F}.
constexpr DayStatus C = DayStatus::complete, P = DayStatus::partial, M = DayStatus::missed,
                    N = DayStatus::not_scheduled, T = DayStatus::pending, F = DayStatus::future,
                    S = DayStatus::not_started;

inline Exercise exercise(const std::string& id, const std::string& name) {
    Exercise e;
    e.id = id;
    e.name = name;
    return e;
}

/// bridge and cat-cow are the routine's; knee-hug and plank are not.
inline Catalog sample_catalog() {
    Catalog catalog;
    for (const auto& [id, name] : {std::pair{"bridge", "Bridge"}, {"cat-cow", "Cat-cow"},
                                   {"knee-hug", "Knee hug"}, {"plank", "Plank"}})
        catalog.exercises.emplace(id, exercise(id, name));
    return catalog;
}

inline Schedule mon_wed_fri() {
    Schedule schedule;
    schedule.weekdays = {true, false, true, false, true, false, false};
    return schedule;
}

/// bridge, cat-cow, bridge: two distinct stretches planned a day.
inline Routine sample_routine(Schedule days = {}) {
    Routine routine;
    routine.id = "back";
    routine.name = "Back care";
    routine.days = days;
    for (const char* id : {"bridge", "cat-cow", "bridge"}) {
        RoutineStep step;
        step.exercise_id = id;
        routine.steps.push_back(step);
    }
    return routine;
}

inline Entry stretch_entry(Date day, const std::string& id, int reps = 10,
                           std::optional<int> pain = std::nullopt) {
    Entry entry;
    entry.day = day;
    entry.kind = EntryKind::stretch;
    entry.exercise = id;
    entry.reps = reps;
    entry.pain = pain;
    return entry;
}

inline Entry pain_entry(Date day, int score) {
    Entry entry;
    entry.day = day;
    entry.kind = EntryKind::pain;
    entry.pain = score;
    return entry;
}

/// Both planned stretches, 10 reps each.
inline void log_complete(History& history, Date day) {
    history.push_back(stretch_entry(day, "bridge"));
    history.push_back(stretch_entry(day, "cat-cow"));
}

/// log_complete on every day from `first` to `last` except the `skipped` ones.
inline void log_complete_days(History& history, Date first, Date last, std::initializer_list<Date> skipped = {}) {
    for (Date day = first; days_between(day, last) >= 0; day = add_days(day, 1))
        if (std::find(skipped.begin(), skipped.end(), day) == skipped.end()) log_complete(history, day);
}

/// A report of the sample routine with weeks starting on Monday.
inline Report report_for(const History& history, DateRange range, Date today, Schedule days = {}) {
    return build_report(sample_catalog(), sample_routine(days), history, range, today, 0);
}

inline std::vector<DayStatus> statuses(const Report& report) {
    std::vector<DayStatus> all;
    for (const DayResult& day : report.days) all.push_back(day.status);
    return all;
}

}  // namespace report_test

namespace Catch {
template <>
struct StringMaker<stretch::DayStatus> {
    static std::string convert(stretch::DayStatus status) { return stretch::to_text(status); }
};
}  // namespace Catch
