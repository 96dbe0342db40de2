#pragma once
/// What a correction of the log does to the judgement of past days. A
/// deleted or lowered severe pain turns a day rested after it into a missed
/// one, which can end a streak; a severe score added for a past day turns a
/// missed day into a rested one; an undone import can take skipped days
/// away. A command that corrects the log judges the days it touches before
/// and after its change, in its own transaction, and says which came out
/// otherwise, so nothing changes behind the user's back.

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/catalog.h"
#include "core/date_range.h"
#include "core/day_status.h"
#include "store/store.h"

namespace stretch {

using JudgedDays = std::map<Date, DayStatus>;

/// How `routine` judges each day of `days` before `today` (today is judged
/// once it is over), every day by its plan of record: what `report` shows.
/// Empty without days or a routine (its file is gone and nothing recorded
/// it), and when a damaged row keeps the days from being judged: the
/// correction goes ahead, and `report` says what is wrong.
JudgedDays judge_days(const Catalog& catalog, const Routine* routine, const Store& store,
                      const std::optional<DateRange>& days, Date today);

/// Runs `change`, a write inside the caller's transaction, between judging
/// `days` (judge_days) before and after it, and returns what it judged
/// otherwise (judgement_changes). Without a catalog or days (a quiet
/// command says nothing, so judges nothing) it only runs `change`.
std::string judged_change(const Catalog* catalog, const Routine* routine, const Store& store,
                          const std::optional<DateRange>& days, Date today, bool start_said,
                          const std::function<void()>& change);

/// The days from the first to the last of `days`; nullopt for none.
std::optional<DateRange> span_of(std::initializer_list<Date> days);

/// One sentence a day judged otherwise in `after` than in `before`, such as
/// "Wednesday 11 November 2026 now counts as missed, not as rested after
/// pain." (the first five, then how many more); one for the days the change
/// left before the log's first day, and one for those it brought in, unless
/// `start_said` (the command says so itself: earlier_start_note). Each is
/// wrapped to the page; "" for none.
std::string judgement_changes(const JudgedDays& before, const JudgedDays& after, bool start_said = false);

}  // namespace stretch
