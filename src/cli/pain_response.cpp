#include "cli/pain_response.h"

#include "cli/progress.h"
#include "core/text.h"
#include "render/exercise_text.h"

namespace stretch {

Entry pain_score_entry(int score, Date day, const Clock& clock, std::string moment) {
    Entry entry;
    entry.uuid = new_uuid();
    entry.logged_at = utc_timestamp(clock.now);
    entry.day = day;
    entry.kind = EntryKind::pain;
    entry.pain = score;
    entry.moment = std::move(moment);
    return entry;
}

std::string severe_pain_advice(const Catalog& catalog, size_t width, bool about_today, bool offer_skip,
                               const std::string& stretch, const std::string& routine_id) {
    std::string advice = "That is a lot of pain. Leave the routine for today and rest in a position that eases it.";
    if (!about_today)
        advice = "That was a lot of pain. If it still hurts that much, give today's score as well (`" + stretch +
                 " pain` and a number): stretch then advises rest for today, and how to keep your streak.";
    else if (offer_skip)
        advice += " Run `" + stretch + " skip` to set today aside: " + kSkipKeepsStreak + ".";
    if (catalog.routines.contains(kGentleRoutine) && routine_id != kGentleRoutine)
        advice += std::string(" ") + kGentleOnceEased + " `" + gentle_command(stretch, "plan") + "`";
    std::string text;
    for (const std::string& line : wrap(advice, width)) text += line + "\n";
    return text + "\n" + warning_signs_text(Style{});
}

std::string severe_score_advice(const Catalog* catalog, const Routine* routine, const Store& store, Date day,
                                const Clock& clock, const std::string& stretch) {
    const bool offer_skip =
        day == clock.today &&
        (catalog && routine ? resting_would_miss(*catalog, *routine,
                                                 plan_without_targets(*catalog, *routine, day, clock.today, &store),
                                                 clock.today, &store)
                            : !store.plan_record().skipped(clock.today));
    // The gentle routine is no way back from a day it kept and that hurt all the same.
    const bool gentle_kept_day = catalog && routine && gentle_done_on(*catalog, *routine, day, clock.today, &store);
    static const Catalog no_catalog;
    return severe_pain_advice(catalog ? *catalog : no_catalog, kLineWidth, day == clock.today, offer_skip, stretch,
                              gentle_kept_day ? std::string(kGentleRoutine) : routine ? routine->id : std::string());
}

namespace {

std::string day_word(Date day, Date today) {
    if (day == today) return "today";
    if (day == add_days(today, 1)) return "tomorrow";
    return long_date(day);
}

}  // namespace

std::string pain_pause_reason(int pain, Date day) { return "pain " + std::to_string(pain) + "/10 on " + to_iso(day); }

PainAction act_on_pain(const Entry& entry, const PainZones& zones, const PlanRecord& record, Date today,
                       Store& store, const Clock& clock) {
    if (!entry.pain) return {};
    std::string reason = pain_pause_reason(*entry.pain, entry.day);
    if (!entry.note.empty()) reason += ": " + entry.note;
    const auto pause = pause_for_pain(entry.exercise, *entry.pain, entry.day, today, zones.stop_from, record, reason);
    if (pause) store.add_pause(*pause, utc_timestamp(clock.now));
    return PainAction{zones.zone_of(*entry.pain), pause ? std::optional(pause->first_day) : std::nullopt};
}

std::string pain_advice(const Entry& entry, const PainAction& action, const Clock& clock, const std::string& stretch) {
    const std::string& id = entry.exercise;
    if (action.zone == PainZone::easier)
        return "That was uncomfortable (" + std::to_string(*entry.pain) + "/10): go gentler with " + id +
               " next time. The plan will remind you.";
    if (action.zone != PainZone::stop) return {};
    if (!action.paused_from)
        return "That hurt too much (" + std::to_string(*entry.pain) + "/10). " + id +
               " is already paused: please do not do it again until a physical therapist has checked it.";
    return paused_advice({id}, *entry.pain, *action.paused_from, clock, stretch);
}

std::string paused_advice(const std::vector<std::string>& ids, int pain, Date paused_from, const Clock& clock,
                          const std::string& stretch) {
    const bool one = ids.size() == 1;
    const std::string which = one ? ids.front() + " is" : "these " + std::to_string(ids.size()) + " stretches are";
    return "That hurt too much (" + std::to_string(pain) + "/10), so " + which + " paused from " +
           day_word(paused_from, clock.today) + (one ? "" : ": " + join(ids)) +
           ". Nothing is lost: a paused stretch is not missed and costs no streak. Please check with a physical "
           "therapist before you take " + (one ? "it" : "them") + " up again; when they agree, run `" +
           resume_command(stretch, one ? ids.front() : "ID") + (one ? "`." : "` for each.");
}

bool pause_outlives_its_pain(const Entry& before, const PainZones& zones, const PlanRecord& record, Date today) {
    return before.kind == EntryKind::stretch && before.pain && zones.zone_of(*before.pain) == PainZone::stop &&
           (record.pause_on(before.exercise, today) || record.pause_on(before.exercise, add_days(today, 1)));
}

std::string still_paused_note(const std::string& exercise, const std::string& stretch) {
    return exercise + " stays paused; if it should not be, run `" + resume_command(stretch, exercise) + "`.";
}

}  // namespace stretch
