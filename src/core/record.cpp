#include "core/record.h"

#include <algorithm>

namespace stretch {

namespace {

Dose dose_for(const Exercise& exercise, const RoutineStep& step) {
    Dose dose = exercise.dose;
    if (step.reps) {
        dose.reps = Range{*step.reps, *step.reps};
        dose.reps_at_least = false;
    }
    if (step.hold_seconds) dose.hold = Range{*step.hold_seconds, *step.hold_seconds};
    return dose;
}

const std::string& exercise_of(const PlannedStretch& step) { return step.exercise; }
const std::string& exercise_of(const PlannedStretch* step) { return step->exercise; }

template <typename Steps>
std::vector<std::string> distinct(const Steps& steps) {
    std::vector<std::string> ids;
    ids.reserve(steps.size());
    for (const auto& step : steps)
        if (std::find(ids.begin(), ids.end(), exercise_of(step)) == ids.end()) ids.push_back(exercise_of(step));
    return ids;
}

}  // namespace

std::vector<std::string> RoutineSnapshot::distinct_exercises() const { return distinct(steps); }

std::vector<std::string> ExpectedDay::due_exercises() const { return distinct(due); }

RoutineSnapshot snapshot_of(const Catalog& catalog, const Routine& routine) {
    RoutineSnapshot snapshot{routine.id,   routine.name,        routine.description, routine.days, {},
                             routine.progression.value_or(true), routine.progression_days, routine.pain_zones};
    for (const RoutineStep& step : routine.steps)
        snapshot.steps.push_back({step.exercise_id, dose_for(catalog.exercises.at(step.exercise_id), step)});
    return snapshot;
}

Routine retired_routine(const RoutineSnapshot& last_recorded) {
    Routine routine;
    routine.id = last_recorded.id;
    routine.name = last_recorded.name;
    routine.description = last_recorded.description;
    routine.days.weekdays.fill(false);
    return routine;
}

RoutineSnapshot retired_version(const RoutineSnapshot& last_recorded) {
    return snapshot_of(Catalog{}, retired_routine(last_recorded));
}

bool is_retired(const RoutineSnapshot& routine) {
    return routine.steps.empty() && std::none_of(routine.days.weekdays.begin(), routine.days.weekdays.end(),
                                                 [](bool runs) { return runs; });
}

namespace {

/// Whether `version` is `current` (stored as `current_stored`, or empty):
/// equal stored text needs no decoding.
bool is_version(const RoutineVersion* version, const RoutineSnapshot& current, const std::string& current_stored) {
    if (!version) return false;
    if (!current_stored.empty() && version->stored() == current_stored) return true;
    return version->routine() == current;
}

}  // namespace

bool differs_from_record(const PlanRecord& record, const RoutineSnapshot& current, Date today,
                         const std::string& current_stored) {
    const auto same = [&](const RoutineVersion* version) { return is_version(version, current, current_stored); };
    // The version in force today, a change recorded to count from tomorrow,
    // or the latest (recorded by a clock now behind): writing records only
    // what differs from the latest, so any of them equal means nothing to do.
    const RoutineVersion* in_force = record.version_in_force(current.id, today);
    if (same(in_force)) return false;
    const RoutineVersion* next = record.version_in_force(current.id, add_days(today, 1));
    if (next != in_force && same(next)) return false;
    const auto recorded = record.versions.find(current.id);
    return recorded == record.versions.end() || !same(&recorded->second.back());
}

bool waiting_change_put_back(const PlanRecord& record, const RoutineSnapshot& current,
                             const std::string& current_stored, const std::function<Date()>& log_today) {
    const auto recorded = record.versions.find(current.id);
    if (recorded == record.versions.end()) return false;
    const RoutineVersion& latest = recorded->second.back();
    if (is_version(&latest, current, current_stored)) return false;
    const Date day = log_today();
    return latest.effective > day && is_version(record.version_in_force(current.id, day), current, current_stored);
}

RoutineVersion::RoutineVersion(Date effective, RoutineSnapshot routine)
    : effective(effective), definition_(std::make_shared<Definition>(Definition{std::move(routine), {}, nullptr})) {}

RoutineVersion::RoutineVersion(Date effective, std::string stored, Reader read)
    : effective(effective),
      definition_(std::make_shared<Definition>(Definition{std::nullopt, std::move(stored), std::move(read)})) {}

const RoutineSnapshot& RoutineVersion::routine() const {
    if (!definition_->snapshot) {
        definition_->snapshot = definition_->read(definition_->stored);
        definition_->read = nullptr;
    }
    return *definition_->snapshot;
}

const RoutineVersion* PlanRecord::version_in_force(const std::string& routine_id, Date day) const {
    const auto it = versions.find(routine_id);
    if (it == versions.end()) return nullptr;
    const RoutineVersion* found = nullptr;
    for (const RoutineVersion& version : it->second)
        if (version.effective <= day) found = &version;
    return found;
}

bool PlanRecord::change_waits(const std::string& routine_id, Date day) const {
    const RoutineVersion* now = version_in_force(routine_id, day);
    const RoutineVersion* next = version_in_force(routine_id, add_days(day, 1));
    if (!now || !next || next == now) return false;
    if (!now->stored().empty() && now->stored() == next->stored()) return false;
    return !(now->routine() == next->routine());
}

const RoutineSnapshot* PlanRecord::version_on(const std::string& routine_id, Date day) const {
    const RoutineVersion* found = version_in_force(routine_id, day);
    return found ? &found->routine() : nullptr;
}

void PlanRecord::read_versions() const {
    for (const auto& [routine, recorded] : versions)
        for (const RoutineVersion& version : recorded) version.routine();
}

void resume_from(PlanRecord& record, const std::string& exercise, Date day) {
    std::erase_if(record.pauses, [&](const Pause& pause) {
        return pause.exercise == exercise && !pause.resumed_on && pause.first_day >= day;
    });
    for (Pause& pause : record.pauses)
        if (pause.exercise == exercise && !pause.resumed_on) pause.resumed_on = day;
}

const Pause* PlanRecord::pause_on(const std::string& exercise, Date day) const {
    for (const Pause& pause : pauses)
        if (pause.exercise == exercise && pause.in_force(day)) return &pause;
    return nullptr;
}

const Pause* PlanRecord::open_pause(const std::string& exercise) const {
    for (const Pause& pause : pauses)
        if (pause.exercise == exercise && !pause.resumed_on) return &pause;
    return nullptr;
}

std::optional<Date> PlanRecord::first_day() const {
    std::optional<Date> first;
    if (!skips.empty()) first = skips.begin()->first;
    for (const Pause& pause : pauses)
        if (!first || pause.first_day < *first) first = pause.first_day;
    return first;
}

std::optional<Date> latest_day_reached(const PlanRecord& record, std::optional<Date> last_entry_day) {
    std::optional<Date> reached = last_entry_day;
    const auto reach = [&](Date effective) {
        const Date day_made = add_days(effective, -1);
        if (!reached || day_made > *reached) reached = day_made;
    };
    for (const auto& [routine, versions] : record.versions)
        if (!versions.empty()) reach(versions.back().effective);
    for (const Pause& pause : record.pauses) {
        reach(pause.first_day);
        if (pause.resumed_on) reach(*pause.resumed_on);
    }
    return reached;
}

Date log_today(Date clock_today, std::optional<Date> reached) {
    return reached && *reached > clock_today ? *reached : clock_today;
}

std::optional<Pause> pause_for_pain(const std::string& exercise, int pain, Date day, Date today, int stop_from,
                                    const PlanRecord& record, std::string reason) {
    if (pain < stop_from || record.open_pause(exercise)) return std::nullopt;
    return Pause{exercise, std::max(add_days(day, 1), today), std::nullopt, std::move(reason)};
}

ExpectedDay expected_on(const PlanRecord& record, const RoutineSnapshot& current, Date day, Date today) {
    const bool waits = day == today && record.change_waits(current.id, today);
    // A version recorded from a later day means this one kept the version
    // in force on it: a change waiting for tomorrow, or one recorded while
    // the log was ahead of the clock (log_today).
    // Looked up only from today on: a report asks for every past day.
    const auto later_version = [&] {
        const auto versions = record.versions.find(current.id);
        return versions != record.versions.end() && !versions->second.empty() &&
               versions->second.back().effective > day;
    };
    const bool recorded_day = day < today || waits || later_version();
    const RoutineSnapshot* recorded = recorded_day ? record.version_on(current.id, day) : nullptr;
    ExpectedDay expected;
    expected.day = day;
    expected.past = day < today;
    expected.routine = recorded ? recorded : &current;
    // Said only while the files are what waits: files put back as today's
    // version leave a stale change, which the next write drops.
    expected.change_waits = waits && *record.version_on(current.id, add_days(today, 1)) == current;
    expected.retirement_waits = expected.change_waits && is_retired(current);
    // A log that records versions records every routine from its first day
    // of use; one it has none of yet counts from the next write on (the
    // writer's side of this rule: Store::record_routines).
    expected.before_routine = expected.past && !recorded && !record.versions.empty();
    expected.scheduled = !expected.before_routine && expected.routine->days.includes(day);
    // A skip is kept by day, for whichever routine runs then: a routine that
    // does not run that day has nothing to skip, and the day stays unscheduled.
    if (!expected.scheduled) return expected;
    if (const auto skip = record.skips.find(day); skip != record.skips.end()) expected.skip_reason = skip->second;
    expected.due.reserve(expected.routine->steps.size());
    if (record.pauses.empty()) {  // most days of most logs: no stretch to look up
        for (const PlannedStretch& step : expected.routine->steps) expected.due.push_back(&step);
        return expected;
    }
    for (const PlannedStretch& step : expected.routine->steps) {
        const Pause* pause = record.pause_on(step.exercise, day);
        if (!pause)
            expected.due.push_back(&step);
        else if (std::find(expected.paused.begin(), expected.paused.end(), pause) == expected.paused.end())
            expected.paused.push_back(pause);
    }
    return expected;
}

}  // namespace stretch
