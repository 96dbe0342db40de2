#include "core/day_log.h"

#include <algorithm>
#include <map>

#include "core/pain.h"

namespace stretch {

namespace {

const DayLog& nothing_logged() {
    static const DayLog nothing{};
    return nothing;
}

/// A cursor over day logs already grouped in memory.
class GroupedDays final : public DayLogCursor {
public:
    explicit GroupedDays(std::map<Date, DayLog> days) : days_(std::move(days)), at_(days_.begin()) {}
    bool next(DayLog& log) override {
        if (at_ == days_.end()) return false;
        log = std::move((at_++)->second);
        return true;
    }

private:
    std::map<Date, DayLog> days_;
    std::map<Date, DayLog>::iterator at_;
};

}  // namespace

DayFeed::DayFeed(DayLogCursor& cursor) : cursor_(cursor), has_pending_(cursor.next(pending_)) {}

const DayLog& DayFeed::on(Date day) {
    while (has_pending_ && pending_.day < day) has_pending_ = cursor_.next(pending_);
    if (has_pending_ && pending_.day == day) {
        // Swapped, not moved: the next day is read into the buffers of the last.
        std::swap(current_, pending_);
        has_pending_ = cursor_.next(pending_);
        return current_;
    }
    return nothing_logged();
}

void DayLog::clear(Date on) {
    day = on;
    stretches.clear();
    pain_scores.clear();
    before_session.clear();
    after_session.clear();
}

std::optional<int> highest_pain(const DayLog& log) {
    std::optional<int> highest;
    const auto add = [&](int score) { highest = std::max(highest.value_or(score), score); };
    for (const int score : log.pain_scores) add(score);
    for (const StretchDay& stretch : log.stretches)
        if (stretch.pain_count > 0) add(stretch.pain_max);  // pain_max is 0 when none was given
    for (const int score : log.after_session) add(score);
    return highest;
}

std::optional<int> severe_pain(const DayLog& log) {
    const auto highest = highest_pain(log);
    return highest && *highest >= kSeverePain ? highest : std::nullopt;
}

bool rest_advised(const DayLog& log) { return severe_pain(log).has_value(); }

void add_pain(StretchDay& stretch, int pain) {
    stretch.pain_total += pain;
    ++stretch.pain_count;
    stretch.pain_max = std::max(stretch.pain_max, pain);
}

std::unique_ptr<DayLogCursor> day_logs_of(const History& history) {
    std::map<Date, DayLog> days;
    for (const Entry& entry : history) {
        DayLog& log = days[entry.day];
        log.day = entry.day;
        if (entry.kind == EntryKind::stretch) {
            auto stretch = std::find_if(log.stretches.begin(), log.stretches.end(),
                                        [&](const StretchDay& s) { return s.exercise == entry.exercise; });
            if (stretch == log.stretches.end()) stretch = log.stretches.insert(log.stretches.end(), {entry.exercise});
            stretch->reps += entry.reps.value_or(0);
            if (entry.pain) add_pain(*stretch, *entry.pain);
        } else if (entry.pain && entry.moment == kAfterSession) {
            log.after_session.push_back(*entry.pain);
        } else if (entry.pain) {
            log.pain_scores.push_back(*entry.pain);
            if (entry.moment == kBeforeSession) log.before_session.push_back(*entry.pain);
        }
    }
    return std::make_unique<GroupedDays>(std::move(days));
}

}  // namespace stretch
