#include "render/plan_html.h"

#include "render/sheet_html.h"

namespace stretch {

namespace {

constexpr const char* kDayStyle = R"(
header { display: flex; justify-content: space-between; align-items: flex-end; gap: 4mm; margin-bottom: 2mm; }
header p { margin: 0; }
.pain { white-space: nowrap; text-align: right; }
.pain .fill { min-width: 12mm; }
)";

std::string day_header(const Plan& plan) {
    const std::string more =
        plan.scheduled ? " " + size_text(plan) + " " + html_text(plan.routine.description)
                       : std::string();
    std::string out = "<header>\n<div>\n<h1>Stretches for " + long_date(plan.date) + "</h1>\n" +
                      routine_line(plan.routine, more) + "</div>\n";
    if (plan.asks_anything())
        out += "<p class=\"pain\">Pain (0-10) before <span class=\"fill\"></span><br><br>after "
               "<span class=\"fill\"></span></p>\n";
    return out + "</header>\n";
}

std::string done_box(bool done) {
    return std::string("<span class=\"box\">") + (done ? "&#x2713;" : "") + "</span>";
}

}  // namespace

std::string render_plan_html(const Plan& plan, const std::optional<Flare>& flare, const Figures& figures,
                             std::string_view stretch) {
    std::string body = day_header(plan);
    if (flare) body += flare_note(*flare, stretch, "plan");
    if (plan.skipped())
        body += "<p class=\"note\">" + skipped_sentence(plan, html_text(*plan.skip_reason)) + "</p>\n";
    if (const auto sentence = not_missed_sentence(plan)) body += "<p class=\"note\">" + html_text(*sentence) + "</p>\n";
    if (const auto sentence = waiting_change_sentence(plan)) body += "<p class=\"note\">" + html_text(*sentence) + "</p>\n";
    const bool resting = rests_after_severe_pain(plan, flare);
    if (!plan.scheduled)
        body += "<p class=\"note\">" + html_text(unscheduled_reason(plan)) + "</p>\n";
    else if (plan.items.empty())
        body += "<p class=\"note\">Nothing is due: every stretch of this routine is paused.</p>\n";
    if (plan.scheduled && !plan.items.empty() && !resting) {
        body += "<div class=\"stretches\">\n";
        for (size_t i = 0; i < plan.items.size(); ++i)
            body += stretch_card(plan.items[i], i + 1, figures, done_box(plan.items[i].done));
        body += "</div>\n";
    }
    if (plan.scheduled) body += paused_list(plan.paused, plan.date, stretch);
    body += safety_footer();
    return html_document("Stretches for " + long_date(plan.date), std::string(kSheetStyle) + kDayStyle, body);
}

}  // namespace stretch
