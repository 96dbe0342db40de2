#include "core/pain.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/mean.h"

namespace stretch {

namespace {

constexpr int kRecentDays = 3;
constexpr int kUsualDays = 14;
constexpr int kMinUsualScores = 3;
constexpr double kFlareStep = 2.0;

std::string one_decimal(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", std::round(value * 10) / 10);
    return text;
}

}  // namespace

std::string to_text(PainZone zone) {
    switch (zone) {
    case PainZone::fine: return "fine";
    case PainZone::easier: return "easier";
    case PainZone::stop: return "stop";
    }
    return "unknown";
}

PainZone PainZones::zone_of(int score) const {
    if (score >= stop_from) return PainZone::stop;
    if (score > fine_up_to) return PainZone::easier;
    return PainZone::fine;
}

std::string PainZones::describe() const {
    std::string out = "0-" + std::to_string(fine_up_to) + " fine, ";
    if (stop_from > fine_up_to + 1)
        out += std::to_string(fine_up_to + 1) + (stop_from - 1 > fine_up_to + 1 ? "-" + std::to_string(stop_from - 1) : "") +
               " take it easier, ";
    return out + std::to_string(stop_from) + "-10 stop";
}

std::string caution_after(int score, Date day, const PainZones& zones) {
    const PainZone zone = zones.zone_of(score);
    if (zone == PainZone::fine) return {};
    const std::string hurt = "It hurt " + std::to_string(score) + "/10 on " + long_date(day);
    // Still due after pain in the stop zone: resumed since, or the pain came in by import.
    if (zone == PainZone::stop)
        return hurt + ", in the stop zone: check with a physical therapist before you do it again; if you do, "
                      "keep the movement very small and stop at the first pain.";
    return hurt + ": go gentler this time (a smaller movement, a shorter hold) and stop if it hurts.";
}

Date flare_window_start(Date today) { return add_days(today, -(kRecentDays + kUsualDays - 1)); }

Date flare_recent_start(Date today) { return add_days(today, -(kRecentDays - 1)); }

namespace {

/// "You gave a pain of 9/10 today." or "... on Wednesday 2 December 2026.",
/// as said on `said_on`'s sheet: "today" only on the pain's own day.
std::string pain_given(const DayScore& pain, Date said_on) {
    return "You gave a pain of " + std::to_string(pain.score) + "/10 " +
           (pain.day == said_on ? std::string("today") : "on " + long_date(pain.day)) + ".";
}

}  // namespace

std::optional<Flare> flare_on(const std::vector<DayScore>& scores, Date today, const std::vector<DayScore>& severe) {
    const Date recent_start = flare_recent_start(today);
    const Date usual_start = flare_window_start(today);
    Mean recent, usual;
    std::optional<DayScore> highest;  // the highest pain of the last days, the latest of equals
    const auto consider = [&](const DayScore& s) {
        if (!highest || s.score > highest->score || (s.score == highest->score && s.day > highest->day)) highest = s;
    };
    for (const DayScore& s : scores) {
        if (s.day > today || s.day < usual_start) continue;
        if (s.day >= recent_start) {
            recent.add(s.score);
            consider(s);
        } else {
            usual.add(s.score);
        }
    }
    std::optional<int> severe_today;
    for (const DayScore& s : severe) {
        if (s.day > today || s.day < recent_start || s.score < kSeverePain) continue;
        consider(s);
        if (s.day == today) severe_today = std::max(severe_today.value_or(0), s.score);
    }
    const Date later = add_days(today, 1);  // any later day's sheet says a reason alike
    if (severe_today) {
        const DayScore given{today, *severe_today};
        return Flare{.reason = pain_given(given, today),
                     .reason_ahead = pain_given(given, later),
                     .severe_today = severe_today,
                     .after_severe = true};
    }
    if (highest && highest->score >= kSeverePain)
        return Flare{.reason = pain_given(*highest, today), .reason_ahead = pain_given(*highest, later)};
    if (recent.count > 0 && usual.count >= kMinUsualScores && at_least(*recent.value() - *usual.value(), kFlareStep)) {
        const std::string reason = "Your pain over the last " + std::to_string(kRecentDays) + " days (mean " +
                                   one_decimal(*recent.value()) + ") is well above your usual (" +
                                   one_decimal(*usual.value()) + " over the " + std::to_string(kUsualDays) +
                                   " days before).";
        return Flare{.reason = reason, .reason_ahead = reason};
    }
    return std::nullopt;
}

std::string flare_action(const Flare& flare) {
    if (flare.severe_today && !flare.skip_offered)
        return std::string("Rest rather than stretch today; ") + kRestedKeepsStreak + "." +
               (flare.offers_gentle ? std::string(" ") + kGentleOnceEased : "");
    if (flare.severe_today) return std::string("Rest rather than stretch today; ") + kSkipKeepsStreak + ":";
    if (flare.after_severe) return kGentleOnceEased;
    return "Consider the gentle routine until it settles:";
}

std::optional<Flare> flare_ahead(std::optional<Flare> flare) {
    if (!flare || !flare->offers_gentle) return std::nullopt;
    flare->reason = flare->reason_ahead;
    flare->severe_today.reset();
    return flare;
}

std::string flare_command(const Flare& flare, std::string_view stretch, std::string_view what) {
    if (flare.severe_today && !flare.skip_offered) return flare.offers_gentle ? gentle_command(stretch, what) : "";
    return flare.severe_today ? rest_command(stretch) : gentle_command(stretch, what);
}

}  // namespace stretch
