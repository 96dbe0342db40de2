#pragma once
/// What was logged, a day at a time: entries added up per day and stretch,
/// read in calendar order, so that neither a report nor the store's
/// summaries ever hold the whole log. Pure.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/entry.h"

namespace stretch {

/// One stretch as logged on one day, all its entries added up.
struct StretchDay {
    std::string exercise;
    int reps = 0;        ///< sum of the entries' reps (an entry without reps adds 0)
    int pain_total = 0;  ///< sum of the pain given with its entries ...
    int pain_count = 0;  ///< ... and how many gave one
    int pain_max = 0;    ///< the highest of them (0 when none gave one)
};

/// What was logged on one day, already added up, so that a store can do the
/// adding in SQL and nothing holds the whole log in memory.
struct DayLog {
    Date day;
    std::vector<StretchDay> stretches;  ///< one per exercise logged that day
    std::vector<int> pain_scores;       ///< stand-alone pain scores, a session's "before" included
    std::vector<int> before_session;    ///< pain given before a guided session (also in pain_scores)
    std::vector<int> after_session;     ///< pain given after one (not in pain_scores: it is not the day's)

    bool stretched(const std::string& exercise) const { return place_of(exercise) < stretches.size(); }
    /// The place of `exercise` in `stretches`, looked for at `hint` first
    /// (where it was the day before, say); stretches.size() when it was not
    /// logged. Inline: a year's report asks ten times a day.
    size_t place_of(const std::string& exercise, size_t hint = 0) const {
        if (hint < stretches.size() && stretches[hint].exercise == exercise) return hint;
        for (size_t i = 0; i < stretches.size(); ++i)
            if (stretches[i].exercise == exercise) return i;
        return stretches.size();
    }
    /// Nothing logged on `day`, keeping the buffers held for reuse.
    void clear(Date on);
    /// Nothing logged: no stretch and no pain score (a session's "before"
    /// scores are among pain_scores).
    bool empty() const { return stretches.empty() && pain_scores.empty() && after_session.empty(); }
};

/// The highest pain `log` holds, on its own, given with a stretch, or after
/// a guided session; nullopt when it holds none.
std::optional<int> highest_pain(const DayLog& log);
/// The highest pain of kSeverePain or more that `log` holds, on its own,
/// given with a stretch, or after a guided session (which is not the day's
/// pain for the trend, yet asks for rest all the same); nullopt when there
/// is none. Such a day is one stretch asks to stop and rest (the warning
/// signs, "leave the routine for today").
std::optional<int> severe_pain(const DayLog& log);
/// Whether `log` has a severe_pain: a past day that did not finish its plan
/// was then rested, never missed (DayStatus::rested), and today's plan,
/// status and reminder advise rest (flare_on).
bool rest_advised(const DayLog& log);

/// Adds one entry's pain to its stretch's day.
void add_pain(StretchDay& stretch, int pain);

/// The days with something logged, oldest first, each once: a store reads
/// them from SQL as the report walks the days.
class DayLogCursor {
public:
    virtual ~DayLogCursor() = default;
    /// Puts the next day with something logged into `log`, whatever `log`
    /// held before, reusing its buffers: a year's report then allocates for
    /// its first days only. False after the last (`log` is then unspecified).
    virtual bool next(DayLog& log) = 0;
};

/// Groups an in-memory history by day (any order of entries).
std::unique_ptr<DayLogCursor> day_logs_of(const History& history);

/// Hands out a cursor's day logs in calendar order, with an empty log for
/// a day on which nothing was logged.
class DayFeed {
public:
    explicit DayFeed(DayLogCursor& cursor);
    /// The log of `day`; days must be asked for in increasing order.
    const DayLog& on(Date day);

private:
    DayLogCursor& cursor_;
    DayLog pending_{};  ///< the next day logged, when has_pending_
    bool has_pending_ = false;
    DayLog current_{};
};

}  // namespace stretch
