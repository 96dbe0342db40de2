#include <algorithm>
#include <optional>
#include <ostream>
#include <span>

#include "cli/commands.h"
#include "cli/day_summaries.h"
#include "cli/figures.h"
#include "cli/output_file.h"
#include "cli/progress.h"
#include "core/week.h"
#include "render/json_text.h"
#include "render/plan_html.h"
#include "render/plan_json.h"
#include "render/plan_markdown.h"
#include "render/plan_text.h"
#include "render/week_html.h"
#include "render/week_text.h"

namespace stretch {

namespace {

constexpr int kWeekDays = 7;

std::string day_text(const PlanOptions& options, const Plan& plan, const std::optional<Flare>& flare,
                     const Style& style) {
    if (options.format == "json") return to_json_text(plan_json(plan, flare, options.stretch));
    if (options.format == "markdown") return render_plan_markdown(plan, flare, options.stretch);
    if (options.format == "html") {
        std::vector<const Exercise*> drawn;
        for (const PlanItem& item : plan.items) drawn.push_back(&item.exercise);
        return render_plan_html(plan, flare, load_figures(drawn), options.stretch);
    }
    return render_plan_text(plan, style, flare, options.stretch);
}

/// What pain asks of the days of a week sheet: `today` (rest, or the gentle
/// routine) and `ahead` (the gentle routine only). Each is nullopt for a
/// week without such days.
struct WeekFlares {
    std::optional<Flare> today, ahead;
    /// The one note of a sheet that stays up all week: the days ahead's,
    /// as advice to rest today would be stale by tomorrow.
    const std::optional<Flare>& note() const { return ahead ? ahead : today; }
};

std::string week_text(const PlanOptions& options, const WeekSheet& sheet, const WeekFlares& flares, Date today,
                      const Style& style) {
    const std::optional<Flare>& flare = flares.note();
    if (options.format == "json") {
        auto days = nlohmann::ordered_json::array();
        for (const Plan& plan : sheet.days)
            days.push_back(plan_json(plan,
                                     plan.date == today  ? flares.today
                                     : plan.date > today ? flares.ahead
                                                         : std::nullopt,
                                     options.stretch));
        return to_json_text({{"from", to_iso(sheet.days.front().date)},
                             {"to", to_iso(sheet.days.back().date)},
                             {"gentle_suggested", gentle_suggested_json(flare)},
                             {"rest_suggested", rest_suggested_json(flares.today, options.stretch)},
                             {"days", std::move(days)}});
    }
    if (options.format == "markdown") return render_week_markdown(sheet, flare, options.stretch);
    if (options.format == "html") {
        std::vector<const Exercise*> drawn;
        for (const WeekRow& row : sheet.rows) drawn.push_back(&row.first.exercise);
        return render_week_html(sheet, flare, load_figures(drawn), options.stretch);
    }
    return render_week_text(sheet, style, flare, options.stretch);
}

/// Sets Plan::judged on the plans of the days up to today, as the report
/// judges them. `plans` are of consecutive days, in order, so they line up
/// with the report's days (one a day of its range, in order).
void judge_up_to_today(std::span<Plan> plans, const Catalog& catalog, const Routine& routine, const Store* store,
                       Date today, int week_start) {
    if (plans.empty() || plans.front().date > today) return;
    const DateRange to_today{plans.front().date, std::min(plans.back().date, today)};
    const Report report = judged_report(catalog, routine, store, to_today, today, week_start);
    for (size_t i = 0; i < report.days.size() && i < plans.size(); ++i) plans[i].judged = report.days[i].status;
}

}  // namespace

int run_plan(const PlanOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
             Date today, const Config& config, const Style& style, OutputFile& output) {
    const Date day = resolve_when(options.when, today, WhenDirection::next);
    const Date last = options.week ? add_days(day, kWeekDays - 1) : day;
    check_in_window(last, "the week's last day, " + to_iso(last) + ",");
    // A flare is about now: it is suggested for today and the days ahead.
    const auto now = last >= today ? flare_today(catalog, routine, store, today) : std::nullopt;
    if (!options.week) {
        const auto flare = day == today ? now : flare_ahead(now);
        Plan plan = plan_of_record(catalog, routine, day, today, store);
        // Only a past day is judged: judging today would make `plan today`,
        // the command run most, an eighth slower (0.44 million more
        // instructions), and `stretch status` says when the gentle routine
        // kept today.
        if (day < today) judge_up_to_today({&plan, 1}, catalog, routine, store, today, config.week_start);
        output.write(day_text(options, plan, flare, style));
        return 0;
    }
    WeekFlares flares;
    if (day <= today) flares.today = now;
    if (last > today) flares.ahead = flare_ahead(now);
    std::vector<Plan> days;
    for (int i = 0; i < kWeekDays; ++i)
        days.push_back(plan_of_record(catalog, routine, add_days(day, i), today, store));
    // A day kept by the gentle routine, or rested after severe pain, has
    // nothing left to do.
    judge_up_to_today(days, catalog, routine, store, today, config.week_start);
    output.write(week_text(options, build_week_sheet(std::move(days)), flares, today, style));
    return 0;
}

void add_plan_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<PlanOptions>();
    CLI::App* command = app.add_subcommand("plan", "Print the stretches planned for a day");
    command->add_option("when", options->when,
                        "today (default), tomorrow, a date or a weekday");
    command->add_flag("-w,--week", options->week, "Seven days from WHEN, as a sheet to tick");
    add_routine_option(*command, options->routine);
    command->add_option("-f,--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown", "html"}));
    add_output_option(*command, options->output);
    command->callback([options, &session] {
        options->stretch = session.invocation();
        refuse_log_files(options->output, session.database(), "--output");
        OutputFile output(options->output, session.out);  // before the log may record a routine
        const Catalog& catalog = session.catalog();
        auto store = session.existing_store();
        const Routine& routine = session.routine_of_record(options->routine, catalog, store ? &*store : nullptr);
        const Date day = resolve_when(options->when, session.clock().today, WhenDirection::next);
        session.put_on_record(store, catalog, routine, {day, options->week ? add_days(day, kWeekDays - 1) : day});
        session.exit_code = run_plan(*options, catalog, routine, store ? &*store : nullptr, session.clock().today,
                                     session.config(), session.style_for(options->output), output);
    });
}

}  // namespace stretch
