#pragma once
/// What a correction of the log does to the judgement of past days. A
/// deleted or lowered severe pain turns a day rested after it into a missed
/// one, which can end a streak; a severe score added for a past day turns a
/// missed day into a rested one. A command that corrects the log judges the
/// days it touches before and after its change, in its own transaction, and
/// says which came out otherwise, so nothing changes behind the user's back.

#include <map>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/date.h"
#include "core/day_status.h"
#include "store/store.h"

namespace stretch {

using JudgedDays = std::map<Date, DayStatus>;

/// How `routine` judges each of `days` before `today` (today is judged once
/// it is over), every day by its plan of record: what `report` shows. Empty
/// without a routine (its file is gone and nothing recorded it) and when a
/// damaged row keeps the days from being judged: the correction goes ahead.
JudgedDays judge_days(const Catalog& catalog, const Routine* routine, const Store& store,
                      const std::vector<Date>& days, Date today);

/// One sentence a day judged otherwise in `after` than in `before`, such as
/// "Wednesday 11 November 2026 now counts as missed, not as rested after
/// pain.", each wrapped to the page with a two-space indent; "" when none.
std::string judgement_changes(const JudgedDays& before, const JudgedDays& after);

}  // namespace stretch
