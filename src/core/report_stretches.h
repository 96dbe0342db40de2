#pragma once
/// A report's table of stretches: per-stretch totals, added up day by day
/// as the report walks its range. Pure; used by build_report.

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/catalog.h"
#include "core/date.h"
#include "core/day_log.h"
#include "core/mean.h"
#include "core/record.h"
#include "core/report.h"

namespace stretch {

/// A stretch's summary and the sums it is finished from.
struct StretchTally {
    StretchSummary summary;
    Mean pain;
    std::optional<Date> planned_on;  ///< the last counted day that planned it
    int days_logged = 0;             ///< counted days (and a pending today) it was logged, planned or not
};

/// Per-stretch totals, added up day by day as the walk goes.
class StretchTallies {
public:
    /// `routine`: the one reported on, as today's files define it.
    StretchTallies(Date today, const RoutineSnapshot& routine, const Catalog& catalog)
        : today_(today), routine_(routine), catalog_(catalog) {}

    /// One day of the range, in order: `version` is the routine version the
    /// day had, `counted` the ids the day's result counts as planned. A
    /// counted day adds all of them; today, while pending, only those
    /// already logged, each as planned and done. Every day up to today on
    /// which the routine was in use adds the reps and pain of what was logged.
    void add(const RoutineSnapshot* version, const std::vector<std::string>& counted, const DayResult& day,
             const DayLog& log);

    /// Routine exercises first, in routine order, even when never logged;
    /// then the others, by id.
    std::vector<StretchSummary> summaries();

private:
    /// The exercises of the routine versions in force over the days shown
    /// up to today, in routine order, each once.
    void note_routine(const RoutineSnapshot* routine);

    /// The tallies of `planned`, looked up again only when a day plans
    /// other stretches than the day before.
    const std::vector<StretchTally*>& tallies_of(const std::vector<std::string>& planned);

    /// The tally of the `index`th stretch of a day's log: days log the same
    /// stretches in the same order, so the one at that place the last time
    /// is usually it.
    StretchTally& logged_tally(size_t index, const std::string& id);

    StretchTally& tally_for(const std::string& id);

    /// `day` planned the stretch of `tally`.
    void plan_on(StretchTally& tally, Date day);
    /// Adds the reps and pain of the stretches of `log`, the log of `day`,
    /// and, on a `counted_day`, the day to those logged.
    void add_logged(Date day, const DayLog& log, bool counted_day);

    Date today_;
    const RoutineSnapshot& routine_;
    const Catalog& catalog_;
    std::unordered_map<std::string, StretchTally> tallies_;  ///< a year's report looks one up 20 times a day
    std::vector<std::string> planned_;
    const RoutineSnapshot* last_routine_ = nullptr;
    std::vector<std::string> planned_before_;
    std::vector<StretchTally*> planned_tallies_;
    std::vector<std::pair<std::string, StretchTally*>> logged_before_;
};

}  // namespace stretch
