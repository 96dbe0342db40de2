#include "core/report_stretches.h"

#include <algorithm>

namespace stretch {

void StretchTallies::add(const RoutineSnapshot* version, const std::vector<std::string>& counted,
                         const DayResult& day, const DayLog& log) {
    // Days after today, before this routine was in use, or after its file
    // went, are not its own.
    if (day.day > today_ || day.status == DayStatus::not_started || is_retired(*version)) return;
    note_routine(version);
    const bool counted_day = is_counted(day.status) || day.status == DayStatus::pending;
    if (is_counted(day.status)) {
        for (StretchTally* tally : tallies_of(counted)) plan_on(*tally, day.day);
    } else if (day.status == DayStatus::pending) {
        // Today, not over yet: what is done counts at once; what is not yet
        // done counts only when the day is judged, so it is never a miss yet.
        for (const StretchDay& stretch : log.stretches)
            if (std::find(counted.begin(), counted.end(), stretch.exercise) != counted.end())
                plan_on(tally_for(stretch.exercise), day.day);
    }
    // What was done, and how much it hurt, counts on every day of the
    // routine, however the day is judged: the pain given with a stretch on a
    // day rested after it is what a therapist most needs to see. Days done
    // count only where days planned do.
    add_logged(day.day, log, counted_day);
    for (const std::string& id : day.paused) ++tally_for(id).summary.days_paused;
}

void StretchTallies::plan_on(StretchTally& tally, Date day) {
    ++tally.summary.days_planned;
    tally.planned_on = day;
}

void StretchTallies::add_logged(Date day, const DayLog& log, bool counted_day) {
    for (size_t i = 0; i < log.stretches.size(); ++i) {
        const StretchDay& stretch = log.stretches[i];
        StretchTally& tally = logged_tally(i, stretch.exercise);
        if (counted_day) ++tally.days_logged;
        if (tally.planned_on == day) ++tally.summary.days_done;
        tally.summary.total_reps += stretch.reps;
        tally.pain.add_many(stretch.pain_total, stretch.pain_count);
        if (stretch.pain_count)
            tally.summary.highest_pain = std::max(tally.summary.highest_pain.value_or(0), stretch.pain_max);
    }
}

std::vector<StretchSummary> StretchTallies::summaries() {
    std::vector<std::string> planned = planned_;
    if (planned.empty()) planned = routine_.distinct_exercises();
    for (const std::string& id : planned) tally_for(id);
    auto finished = [](StretchTally& tally) {
        tally.summary.mean_pain = tally.pain.value();
        tally.summary.pain_count = tally.pain.count;
        return tally.summary;
    };
    std::vector<StretchSummary> summaries;
    // A routine stretch is done out of the days it was planned, even
    // when paused all along (0/0); ...
    for (const std::string& id : planned) summaries.push_back(finished(tallies_.at(id)));
    std::vector<std::string> others;
    for (const auto& [id, tally] : tallies_)
        if (std::find(planned.begin(), planned.end(), id) == planned.end()) others.push_back(id);
    std::sort(others.begin(), others.end());
    // ... one the routine never plans was done on the days it was logged.
    for (const std::string& id : others) {
        StretchTally& tally = tallies_.at(id);
        tally.summary.days_done = tally.days_logged;
        summaries.push_back(finished(tally));
    }
    return summaries;
}

void StretchTallies::note_routine(const RoutineSnapshot* routine) {
    if (routine == last_routine_) return;
    last_routine_ = routine;
    for (const std::string& id : routine->distinct_exercises())
        if (std::find(planned_.begin(), planned_.end(), id) == planned_.end()) planned_.push_back(id);
}

const std::vector<StretchTally*>& StretchTallies::tallies_of(const std::vector<std::string>& planned) {
    if (planned != planned_before_) {
        planned_before_ = planned;
        planned_tallies_.clear();
        for (const std::string& id : planned) planned_tallies_.push_back(&tally_for(id));
    }
    return planned_tallies_;
}

StretchTally& StretchTallies::logged_tally(size_t index, const std::string& id) {
    if (index >= logged_before_.size()) logged_before_.resize(index + 1);
    auto& [known_id, tally] = logged_before_[index];
    if (!tally || known_id != id) {
        known_id = id;
        tally = &tally_for(id);
    }
    return *tally;
}

StretchTally& StretchTallies::tally_for(const std::string& id) {
    auto [it, added] = tallies_.try_emplace(id);
    if (added) {
        const auto exercise = catalog_.exercises.find(id);
        it->second.summary.exercise_id = id;
        it->second.summary.name = exercise == catalog_.exercises.end() ? id : exercise->second.name;
    }
    return it->second;
}

}  // namespace stretch
