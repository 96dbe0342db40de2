#pragma once
/// The day's plan of record joined with the log: what every progress-aware
/// command (plan, log, status, remind, pause, skip) starts from.

#include <optional>
#include <string>

#include "cli/session.h"
#include "core/config.h"
#include "core/day_log.h"
#include "core/pain.h"
#include "core/plan.h"
#include "store/store.h"

namespace stretch {

/// The plan `day` had (expected_on: the routine version, pauses and skip in
/// force that day) with what was logged that day marked done and a caution
/// on each stretch that hurt last time, in the pain zones of that version.
/// `store` may be null (no log yet).
Plan plan_of_record(const Catalog& catalog, const Routine& routine, Date day, Date today, const Store* store);

/// The same without cautions or targets (each stretch asks for the low end
/// of its dose): enough to tell what was done and what is left, without
/// reading the pain and progress of every stretch. For answers that print
/// no dose: whether the day is complete.
Plan plan_without_targets(const Catalog& catalog, const Routine& routine, Date day, Date today, const Store* store);

/// What the pain of the last days asks of `routine` today. Rest
/// (Flare::severe_today set) when today's log has a severe_pain() (on its
/// own or with a stretch) and resting would leave today's plan undone,
/// whatever the routine; a skip for it is offered (Flare::skip_offered)
/// when resting_would_miss() today. Else the gentle
/// routine, on a flare while another routine is followed and the gentle one
/// exists. Else nullopt. flare_ahead() gives what it asks of later days.
std::optional<Flare> flare_today(const Catalog& catalog, const Routine& routine, const Store* store, Date today);

/// Whether today asks for rest rather than stretches (Flare::severe_today),
/// worked out without the flare-up's fortnight of scores: today's log has a
/// severe_pain(), resting would leave `plan` (today's) undone, and the gentle
/// routine did not keep today. Nothing more is due on such a day: the report
/// will judge it rested, never missed.
bool rest_asked_today(const Catalog& catalog, const Routine& routine, const Store* store, const Plan& plan,
                      Date today);

/// What the log holds for `day`, added up; empty when nothing was logged.
DayLog day_log_of(const Store& store, Date day);

/// True when `routine` is not the gentle one and the gentle routine kept
/// `day` (gentle_kept, the report's rule): such a day asks nothing more of
/// the main routine (the report counts it as a gentle day, never missed).
bool gentle_done_on(const Catalog& catalog, const Routine& routine, Date day, Date today, const Store* store);

/// What every command that writes does first, inside its transaction: record
/// today's definition of every routine, so a later change of the files never
/// rewrites the days before it. Nothing when the catalog may not go on
/// record (Catalog::may_go_on_record: a --routines trial, or no HOME).
void record_routines(Store& store, const Catalog& catalog, const Clock& clock);

/// The day `store` takes as today (log_today in core/record.h): the clock's,
/// or a later day the log has already reached.
Date log_today_of(const Store& store, Date clock_today);

/// Refuses (a usage error) `command` ("skip") for days from `first`, a day
/// the clock has as today or later but the log has passed (log_today_of).
/// Run inside the change's transaction, before it writes.
void refuse_days_log_passed(const Store& store, Date first, Date clock_today, const std::string& command);

/// "3 of 10 stretches left today (about 6 min)" / "... left on Friday 20
/// November 2026 (...)" for today or a later day; for a day before today,
/// "3 of 10 stretches not done on Friday 20 November 2026". For a plan with
/// stretches left.
std::string remaining_phrase(const Plan& plan, Date today);

/// One sentence on the plan's progress: remaining_phrase, or that all are
/// done, that the day is skipped, that everything is paused, or that nothing
/// is scheduled.
std::string left_summary(const Plan& plan, Date today);
/// What status and log say once gentle_done_on the plan's day: that day
/// asks for nothing more, whatever is left of its own routine.
std::string gentle_kept_phrase(const Plan& plan, Date today);

/// "its one stretch", "both stretches", "all 10 stretches": a day's whole
/// plan of `count` stretches, in lower case.
std::string whole_plan(size_t count);

/// What is said wherever stretches are left to do after one hurt, and at the
/// start of a guided session: nobody pushes through pain.
inline constexpr const char* kStopIfItHurts = "Stop any stretch that hurts.";

/// True when `plan` is scheduled, not skipped, and has stretches left:
/// today would stay pending, or end missed unless a severe pain makes it
/// rested, without `stretch skip`, and skip accepts it.
bool resting_would_miss(const Plan& plan);
/// The same, and the day was not kept by the gentle routine (gentle_done_on)
/// nor passed by the log (log_today_of), which would refuse its skip:
/// whether advice to rest on `plan`'s day should offer `stretch skip`.
bool resting_would_miss(const Catalog& catalog, const Routine& routine, const Plan& plan, Date today,
                        const Store* store);

/// What to say when a change dates an entry before the log's first day of
/// use so far (`before`; nullopt for a new log): reports count the days from
/// the new first day, so a year typed wrong would quietly turn into a year of
/// missed days. Empty when `day` is not earlier.
/// `stretch` is how hints name stretch (Session::invocation()).
std::string earlier_start_note(std::optional<Date> before, Date day, const std::string& stretch);

}  // namespace stretch
