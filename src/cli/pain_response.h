#pragma once
/// What `log` and `edit` do and say when a stretch is given a pain score:
/// the article's rule (stop a stretch that hurts) acted on in one place.

#include <optional>
#include <string>
#include <vector>

#include "cli/session.h"
#include "core/pain.h"
#include "core/record.h"
#include "store/store.h"

namespace stretch {

/// What the pain given with a stretch asks for, in the zone it falls in.
struct PainAction {
    PainZone zone = PainZone::fine;
    std::optional<Date> paused_from;  ///< set when this pain paused the stretch
};

/// In the stop zone, pauses the entry's stretch from the next day (never
/// from a day before today), inside the caller's transaction.
/// The reason kept with a pause that a pain in the stop zone made ("pain
/// 7/10 on 2026-03-02"; the entry's note follows it, after ": ").
std::string pain_pause_reason(int pain, Date day);
PainAction act_on_pain(const Entry& entry, const PainZones& zones, const PlanRecord& record, Date today,
                       Store& store, const Clock& clock);

/// A new stand-alone pain score on `day`, logged at clock.now; `moment` is
/// empty, or kBeforeSession / kAfterSession for a guided session's.
Entry pain_score_entry(int score, Date day, const Clock& clock, std::string moment = {});

/// What a stand-alone score of kSeverePain or more asks for: leave the
/// routine for today, the gentle routine for later, and the warning signs.
/// `pain`, `log` and `go` say it. With `offer_skip` (the score is for today,
/// and resting_would_miss today's plan) it also says how to rest without
/// losing the streak: the advice to rest must not leave a missed day behind.
/// A score for an earlier day (`about_today` false) asks nothing of today,
/// which is judged by today's own score: it says how to give that instead.
/// `stretch` is how it names stretch (Session::invocation()). The gentle
/// routine is offered as a way back unless it is `routine_id`, the routine
/// that hurt (empty for a score on its own).
std::string severe_pain_advice(const Catalog& catalog, size_t width, bool about_today, bool offer_skip,
                               const std::string& stretch, const std::string& routine_id);

/// severe_pain_advice for a score of kSeverePain or more on `day`, given by
/// `pain` or reached by `edit`: it offers a skip when the score is today's
/// and resting would miss today's plan (judged by `routine`; without one,
/// when today is not skipped already), and the gentle routine unless that
/// routine kept `day`.
std::string severe_score_advice(const Catalog* catalog, const Routine* routine, const Store& store, Date day,
                                const Clock& clock, const std::string& stretch);

/// The calm advice for `action`: go gentler, or it is paused and how to
/// resume; empty in the fine zone.
std::string pain_advice(const Entry& entry, const PainAction& action, const Clock& clock, const std::string& stretch);

/// Whether the stretch of `before` (an entry whose pain was in the stop zone)
/// is still paused today or tomorrow after that entry was corrected or
/// deleted: a pause is never lifted behind the user's back, but one that its
/// score no longer explains must be mentioned (see still_paused_note).
bool pause_outlives_its_pain(const Entry& before, const PainZones& zones, const PlanRecord& record, Date today);
/// "bridge stays paused; if it should not be, run `stretch resume bridge`."
std::string still_paused_note(const std::string& exercise, const std::string& stretch);

/// What a pain that paused `ids` (one stretch, or several at once, as
/// `log --all --pain 7` does) says: one paragraph that names them all.
std::string paused_advice(const std::vector<std::string>& ids, int pain, Date paused_from, const Clock& clock,
                          const std::string& stretch);

}  // namespace stretch
