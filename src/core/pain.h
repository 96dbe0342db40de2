#pragma once
/// What a pain score means for what to do next. Pure: the scores and today
/// are passed in.
///
/// Zones follow the traffic-light scheme physiotherapists use for pain during
/// exercise: a little discomfort is fine, more means go easier, and pain from
/// the stop zone means stop that stretch until a professional has looked at it.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/pain_zones.h"
#include "core/routine.h"

namespace stretch {

/// A score of this much or more on its own asks for the warning signs.
inline constexpr int kSeverePain = 7;


/// The id of the bundled routine suggested during a flare-up.
inline constexpr const char* kGentleRoutine = "gentle";
/// The command that does `what` ("plan", "plan --week", "go") with the
/// gentle routine: what a flare, or severe pain, points to. `stretch` names
/// the program as routine_command() says.
inline std::string gentle_command(std::string_view stretch, std::string_view what) {
    return routine_command(stretch, what, kGentleRoutine);
}

/// The caution a plan carries for a stretch that hurt `score` the last time
/// it was done (on `day`): empty when that was in the fine zone.
std::string caution_after(int score, Date day, const PainZones& zones);

/// A day's stand-alone pain score.
struct DayScore {
    Date day;
    int score = 0;
};

/// Why the gentle routine, or rest, is suggested.
struct Flare {
    std::string reason;  ///< one sentence, for plan, remind and report
    /// The reason as a later day's sheet says it: a pain of today named by
    /// its date, as "today" would read as the sheet's own day.
    std::string reason_ahead;
    /// The highest score given today, when it is kSeverePain or more: today
    /// is for rest, not for the gentle routine.
    std::optional<int> severe_today = std::nullopt;
    /// Whether the gentle routine is to be suggested (for when the pain has
    /// eased, when severe_today is set): false while it is the routine in
    /// use, or when there is none.
    bool offers_gentle = true;
    /// Set with severe_today, and kept where rest is not asked (a later day,
    /// or today once nothing is left to miss): the gentle routine is then for
    /// when the pain has eased, never "until it settles", which reads as today.
    bool after_severe = false;
    /// With severe_today: whether today may still be set aside with
    /// rest_command(). False once the log has passed today (logged or
    /// imported from a time zone ahead), when a skip of it would be refused:
    /// rest is asked all the same, as the report will judge the day rested,
    /// and no command is named for it.
    bool skip_offered = true;
};

/// Why a day rested after severe pain costs nothing, where no skip is offered.
inline constexpr const char* kRestedKeepsStreak = "a day rested after such pain is not missed and costs no streak";

/// The command that sets today aside: what severe pain today asks for.
/// `stretch` names the program as routine_command() says.
inline std::string rest_command(std::string_view stretch) { return std::string(stretch) + " skip"; }
/// The command that puts the paused `exercise` back on the plan.
inline std::string resume_command(std::string_view stretch, std::string_view exercise) {
    return std::string(stretch) + " resume " + std::string(exercise);
}
/// Why resting with rest_command() costs nothing, wherever it is offered.
inline constexpr const char* kSkipKeepsStreak = "a skipped day is not missed and costs no streak";
/// What severe pain today asks of the gentle routine, before its command.
inline constexpr const char* kGentleOnceEased = "When it has eased, the gentle routine is a softer way back:";

/// What `flare` asks, as the sentence that follows its reason and ends in a
/// colon before flare_command(): rest today when the score today is severe,
/// the gentle routine once the pain has eased on a day severe pain today does
/// not rest, else the gentle routine until the pain settles.
std::string flare_action(const Flare& flare);
/// The command to copy after flare_action(): rest_command(), or the gentle
/// routine's command for `what` the caller shows ("plan", "plan --week",
/// "go"); empty when rest is asked with no skip offered and no gentle
/// routine (flare_action() then ends in a full stop). `stretch` names the
/// program as routine_command() says.
std::string flare_command(const Flare& flare, std::string_view stretch, std::string_view what);
/// What `flare`, as it stands today, asks of a later day: the gentle routine
/// only, as rest is for today, for the reason_ahead; nullopt when it offers
/// no gentle routine.
std::optional<Flare> flare_ahead(std::optional<Flare> flare);

/// The flare rule: the last 3 days (today included) hold a pain of
/// kSeverePain or more, or the mean of their scores is at least 2 points
/// above the mean of the 14 days before them, which must hold at least 3
/// scores to stand for "usual". `scores` are stand-alone pain scores (for
/// the means) and may hold any days; only those 17 days are read. `severe`
/// holds severe_pain() of each day's log, a stretch's pain and one after a
/// guided session included (days of it outside the last 3 are passed over):
/// such a pain is a flare-up's however it was given, and when today holds
/// one the flare asks for rest today (Flare::severe_today), as the report
/// will judge the day rested. Its reason names the highest such pain and
/// its day (the latest of equals).
std::optional<Flare> flare_on(const std::vector<DayScore>& scores, Date today,
                              const std::vector<DayScore>& severe = {});

/// The first of the last days whose severe pain makes a flare-up (`severe`
/// of flare_on()).
Date flare_recent_start(Date today);
/// Days the flare rule reads, ending today: the first day of its window.
Date flare_window_start(Date today);

}  // namespace stretch
