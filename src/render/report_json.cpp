#include "render/report_json.h"

#include <cmath>
#include <cstdio>

#include "render/plan_json.h"

namespace stretch {

namespace {

using Json = nlohmann::ordered_json;

Json number_or_null(const std::optional<double>& value) {
    return value ? Json(one_decimal(*value)) : Json(nullptr);
}

Json percent_or_null(const std::optional<double>& fraction) {
    return fraction ? Json(one_decimal(*fraction * 100)) : Json(nullptr);
}

Json consistency_json(const Report& r) {
    return {
        {"scheduled_days", r.counted_days},   {"complete_days", r.complete_days},
        {"partial_days", r.partial_days},     {"missed_days", r.missed_days},
        {"skipped_days", r.skipped_days},     {"rested_days", r.rested_days},     {"gentle_days", r.gentle_days},
        {"paused_days", r.paused_days},
        {"percent", percent_or_null(r.consistency)},
        {"stretches_done", r.stretches_done}, {"stretches_planned", r.stretches_planned},
        {"current_streak", r.current_streak}, {"longest_streak", r.longest_streak},
    };
}

Json days_json(const Report& r) {
    Json days = Json::array();
    for (const DayResult& day : r.days)
        days.push_back({{"date", to_iso(day.day)}, {"weekday", weekday_short(day.day)},
                        {"status", to_text(day.status)}, {"planned", day.planned}, {"done", day.done},
                        {"pain", number_or_null(day.pain)},
                        {"highest_pain", day.highest_pain ? Json(*day.highest_pain) : Json(nullptr)},
                        {"paused", day.paused}});
    return days;
}

Json stretches_json(const Report& r) {
    Json stretches = Json::array();
    for (const StretchSummary& s : r.stretches)
        stretches.push_back({{"id", s.exercise_id}, {"name", s.name}, {"days_done", s.days_done},
                             {"days_planned", s.days_planned}, {"days_paused", s.days_paused},
                             {"total_reps", s.total_reps},
                             {"mean_pain", number_or_null(s.mean_pain)}, {"pain_scores", s.pain_count},
                             {"highest_pain", s.highest_pain ? Json(*s.highest_pain) : Json(nullptr)}});
    return stretches;
}

Json weeks_json(const Report& r) {
    Json weeks = Json::array();
    for (const WeekSummary& w : r.weeks)
        weeks.push_back({{"start", to_iso(w.start)}, {"scheduled_days", w.counted_days},
                         {"complete_days", w.complete_days}, {"consistency_percent", percent_or_null(w.consistency)},
                         {"pain_scores", w.pain_scores}, {"mean_pain", number_or_null(w.mean_pain)}});
    return weeks;
}

Json direction(const PainSummary& pain) {
    if (!pain.change) return nullptr;
    if (*pain.change < 0) return "better";
    if (*pain.change > 0) return "worse";
    return "same";
}

Json pain_json(const PainSummary& p) {
    Json adherence = nullptr;
    if (p.adherent_weeks_mean && p.other_weeks_mean)
        adherence = {{"threshold_percent", 80},
                     {"adherent_weeks", p.adherent_weeks},
                     {"adherent_mean", number_or_null(p.adherent_weeks_mean)},
                     {"other_weeks", p.other_weeks},
                     {"other_mean", number_or_null(p.other_weeks_mean)}};
    return {
        {"count", p.count},
        {"mean", number_or_null(p.mean)},
        {"lowest", p.lowest ? Json(*p.lowest) : Json(nullptr)},
        {"highest", p.highest ? Json(*p.highest) : Json(nullptr)},
        {"first_week_mean", number_or_null(p.first_week_mean)},
        {"last_week_mean", number_or_null(p.last_week_mean)},
        {"first_week_scores", p.first_week_scores},
        {"last_week_scores", p.last_week_scores},
        {"min_scores_to_judge", kMinScoresToJudge},
        {"change", number_or_null(p.change)},
        {"change_percent", number_or_null(p.change_percent)},
        {"direction", direction(p)},
        {"meaningful", p.meaningful ? Json(*p.meaningful) : Json(nullptr)},
        {"by_adherence", adherence},
    };
}

}  // namespace

double one_decimal(double value) { return std::round(value * 10.0) / 10.0; }

std::string decimal_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", one_decimal(value));
    return text;
}

nlohmann::ordered_json report_json(const Report& r, std::string_view stretch) {
    return {
        {"range", {{"first", to_iso(r.range.first)}, {"last", to_iso(r.range.last)}, {"today", to_iso(r.today)}}},
        {"routine", {{"id", r.routine_id}, {"name", r.routine_name}}},
        {"consistency", consistency_json(r)},
        {"pain", pain_json(r.pain)},
        {"sessions", {{"days", r.sessions.days},
                      {"mean_before", number_or_null(r.sessions.mean_before)},
                      {"mean_after", number_or_null(r.sessions.mean_after)},
                      {"change", number_or_null(r.sessions.change)}}},
        {"weeks", weeks_json(r)},
        {"stretches", stretches_json(r)},
        {"days", days_json(r)},
        {"gentle_suggested", gentle_suggested_json(r.flare)},
        {"rest_suggested", rest_suggested_json(r.flare, stretch)},
    };
}

std::string render_report_csv(const Report& r) {
    // highest_pain came last, after paused: a script reading the columns by
    // place still finds the ones before it where they were.
    std::string out = "date,weekday,status,planned,done,pain,paused,highest_pain\r\n";
    for (const DayResult& day : r.days) {
        const std::string pain = day.pain ? decimal_text(*day.pain) : "";
        std::string paused;  // exercise ids are letters, digits and hyphens: no quoting needed
        for (const std::string& id : day.paused) paused += (paused.empty() ? "" : " ") + id;
        out += to_iso(day.day) + "," + weekday_short(day.day) + "," + to_text(day.status) + "," +
               std::to_string(day.planned) + "," + std::to_string(day.done) + "," + pain + "," + paused + "," +
               (day.highest_pain ? std::to_string(*day.highest_pain) : "") + "\r\n";
    }
    return out;
}

}  // namespace stretch
