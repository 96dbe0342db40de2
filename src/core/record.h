#pragma once
/// The plan of record: what the log keeps about what each day expected, and
/// the one function that answers "what was expected of this day". Pure.
///
/// A day is judged by the plan it had: the routine version in force that day,
/// the pauses and the skip in force that day. Changing a routine file,
/// pausing, resuming and skipping change today and later, never an earlier
/// day. Plan, log, status, remind and report all ask expected_on().

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/date.h"

namespace stretch {

/// One step of a routine with the dose it asks for (the routine's overrides applied).
struct PlannedStretch {
    std::string exercise;
    Dose dose;
    friend bool operator==(const PlannedStretch&, const PlannedStretch&) = default;
};

/// A routine as the log records it: enough to judge and show a day after its
/// file has changed or gone.
struct RoutineSnapshot {
    std::string id;
    std::string name;
    std::string description;
    Schedule days;
    std::vector<PlannedStretch> steps;  ///< routine order; an exercise may appear twice
    bool progression = true;              ///< see Routine::progression
    std::optional<int> progression_days;  ///< see Routine::progression_days
    std::optional<PainZones> pain_zones;  ///< see Routine::pain_zones; unset: the defaults

    /// The exercise ids in routine order, each once.
    std::vector<std::string> distinct_exercises() const;
    friend bool operator==(const RoutineSnapshot&, const RoutineSnapshot&) = default;
};

/// `routine` as today's files define it.
RoutineSnapshot snapshot_of(const Catalog& catalog, const Routine& routine);

/// A routine whose file is gone, as the log records it from then on: its
/// id, name and description, no days and no stretches, so that nothing is
/// asked of a day it is in force. Removing a routine file thus changes today
/// and later days, never an earlier one.
Routine retired_routine(const RoutineSnapshot& last_recorded);
RoutineSnapshot retired_version(const RoutineSnapshot& last_recorded);
/// No days and no stretches: only a retired routine has none (a routine
/// file must list at least one step).
bool is_retired(const RoutineSnapshot& routine);

/// A routine's definition as recorded from `effective` on. A store hands
/// it out unread: only a day before today asks for it, a plan of today never
/// does, and reading every recorded definition was a ninth of printing it.
/// Copies share what was read.
class RoutineVersion {
public:
    using Reader = std::function<RoutineSnapshot(const std::string& stored)>;
    RoutineVersion(Date effective, RoutineSnapshot routine);
    /// `read(stored)` runs at the first call of routine(); what it throws,
    /// that call throws. `stored` is the definition as the log keeps it.
    RoutineVersion(Date effective, std::string stored, Reader read);

    Date effective;  ///< the first day this definition is in force
    const RoutineSnapshot& routine() const;
    /// The definition as the log keeps it; empty for one not read from a log.
    const std::string& stored() const { return definition_->stored; }

private:
    struct Definition {
        std::optional<RoutineSnapshot> snapshot;
        std::string stored;
        Reader read;
    };
    std::shared_ptr<Definition> definition_;
};

/// A stretch taken out of the plan for a while (it hurt, or a therapist said so).
struct Pause {
    std::string exercise;
    Date first_day;                  ///< the first day it is paused
    std::optional<Date> resumed_on;  ///< the first day it is due again; nullopt while paused
    std::string reason;

    bool in_force(Date day) const { return day >= first_day && (!resumed_on || day < *resumed_on); }
    friend bool operator==(const Pause&, const Pause&) = default;
};

/// Everything the log records about what days expected.
struct PlanRecord {
    std::map<std::string, std::vector<RoutineVersion>> versions;  ///< by routine id, oldest first
    std::vector<Pause> pauses;
    std::map<Date, std::string> skips;  ///< skipped day -> reason (may be empty)

    /// The version of `routine_id` in force on `day`; null when none was recorded by then.
    const RoutineSnapshot* version_on(const std::string& routine_id, Date day) const;
    /// The same, undecoded.
    const RoutineVersion* version_in_force(const std::string& routine_id, Date day) const;
    /// Whether another definition of `routine_id` takes effect the day
    /// after `day` than the one in force on it: a change that would have
    /// judged `day` otherwise, waiting for the next (Store::record_routines).
    bool change_waits(const std::string& routine_id, Date day) const;
    /// The pause of `exercise` in force on `day`; null when it is not paused.
    const Pause* pause_on(const std::string& exercise, Date day) const;
    /// The open pause of `exercise` (no resume day yet); null when there is none.
    const Pause* open_pause(const std::string& exercise) const;
    bool skipped(Date day) const { return skips.contains(day); }
    /// The first day anything was recorded for (a skip or a pause), if any.
    std::optional<Date> first_day() const;
    /// Reads every recorded version now, throwing what a damaged one throws.
    /// They are otherwise read when a day first asks for one: a command that
    /// writes as it goes (a guided session) meets a damaged one before it
    /// starts, not at its first write.
    void read_versions() const;
};

/// The latest day the log shows it has reached: the day of its newest entry,
/// and the day before each routine version, pause or resume takes effect (one
/// made by stretch takes effect on the day it is made, or the next). nullopt
/// for an empty log. It is later than the clock's today after logging in a
/// time zone ahead, an import from one, or a clock set back.
std::optional<Date> latest_day_reached(const PlanRecord& record, std::optional<Date> last_entry_day);

/// The day the log takes as today: the clock's, or the day the log has
/// reached when that is later. A routine change, a pause or a resume "from
/// today" takes effect from it, and a skip may not be for a day before it,
/// so that none of them reaches back into days the log has passed.
Date log_today(Date clock_today, std::optional<Date> reached);

/// True when none of the versions `record` holds of `current.id` (the one
/// in force on `today`, one recorded to count from tomorrow because it
/// would have judged today otherwise, the one recorded last) is `current`:
/// what the files say of that routine is not on record yet.
/// `current_stored` is `current` as the log would store it (or empty): a
/// version whose stored text equals it is not decoded, which is most of
/// what this check costs `plan` and `status`.
bool differs_from_record(const PlanRecord& record, const RoutineSnapshot& current, Date today,
                         const std::string& current_stored = {});
/// True when the files were put back after a change was recorded to wait:
/// the version of `current.id` in force on `log_today()` (the log's today)
/// is `current`, and a different one is recorded to count from a later day.
/// A write then drops the waiting change, so that a later day is judged as
/// a plan of it shows it now, by the files. `log_today` is asked only when
/// the latest version is not `current` (it costs a query).
bool waiting_change_put_back(const PlanRecord& record, const RoutineSnapshot& current,
                             const std::string& current_stored, const std::function<Date()>& log_today);

/// Ends the open pause of `exercise` in `record` so that it is due from
/// `day`, removing it when it had not begun by then: what Store::resume
/// does to the log.
void resume_from(PlanRecord& record, const std::string& exercise, Date day);

/// The pause a stretch logged with `pain` on `day` calls for: from the next
/// day, never from a day before `today` (a pause does not rewrite the past);
/// nullopt below the stop zone or when the stretch is already paused.
/// `reason` is kept with the pause.
std::optional<Pause> pause_for_pain(const std::string& exercise, int pain, Date day, Date today, int stop_from,
                                    const PlanRecord& record, std::string reason);

/// What one day asked for.
struct ExpectedDay {
    Date day;
    const RoutineSnapshot* routine = nullptr;  ///< the definition in force; points into the inputs
    bool scheduled = false;                    ///< the routine runs on this weekday
    std::optional<std::string> skip_reason;    ///< set (maybe empty) when a scheduled day is skipped
    std::vector<const PlannedStretch*> due;    ///< scheduled steps that are not paused; point into `routine`
    std::vector<const Pause*> paused;          ///< the routine's stretches paused that day, once each
    bool past = false;                         ///< before today: its skip can no longer be undone
    /// A past day before the first version the log records of this routine
    /// (one added to a log already in use): not a day of this routine at all.
    bool before_routine = false;
    /// Today, keeping the version in force because the change in the files
    /// would have judged it otherwise, and counts from tomorrow.
    bool change_waits = false;
    /// That change is the routine's file gone (a retirement).
    bool retirement_waits = false;

    bool skipped() const { return skip_reason.has_value(); }
    /// The distinct exercise ids due, in routine order.
    std::vector<std::string> due_exercises() const;
};

/// What `day` expected of the routine whose definition in today's files is
/// `current`: today and later days use `current`, except today when a
/// change waits for tomorrow (PlanRecord::change_waits), which keeps the
/// version in force; an earlier day uses the version recorded in force
/// that day; one before the routine's first recorded version, or of a
/// routine not recorded yet in a log that records versions, expects nothing
/// (before_routine); in a log that records none (written before routines
/// were recorded) it uses `current`.
/// The result points into `record` and `current`, which must outlive it.
ExpectedDay expected_on(const PlanRecord& record, const RoutineSnapshot& current, Date day, Date today);

}  // namespace stretch
