#include <ostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "render/json_text.h"
#include "cli/progress.h"
#include "render/plan_json.h"
#include "render/plan_markdown.h"
#include "render/plan_text.h"

namespace stretch {

int run_plan(const PlanOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
             Date today, const Config& config, const Style& style, std::ostream& out) {
    const Date day = resolve_when(options.when, today, WhenDirection::next);
    const Plan plan = plan_of_record(catalog, routine, day, today, store, config);
    // A flare is about now: it is suggested for today and the days ahead.
    const auto flare = day >= today ? flare_today(catalog, routine, store, today) : std::nullopt;
    const std::string text = options.format == "json"       ? to_json_text(plan_json(plan, flare))
                             : options.format == "markdown" ? render_plan_markdown(plan, flare)
                                                            : render_plan_text(plan, style, flare);
    write_output(options.output, text, out);
    return 0;
}

void add_plan_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<PlanOptions>();
    CLI::App* command = app.add_subcommand("plan", "Print the stretches planned for a day");
    command->add_option("when", options->when,
                        "today (default), tomorrow, a date or a weekday");
    add_routine_option(*command, options->routine);
    command->add_option("-f,--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "markdown"}));
    add_output_option(*command, options->output);
    command->callback([options, &session] {
        const Catalog catalog = session.catalog();
        const Routine& routine = session.routine(options->routine, catalog);
        const auto store = session.existing_store();
        session.exit_code = run_plan(*options, catalog, routine, store ? &*store : nullptr, session.clock().today,
                                     session.config(), session.style_for(options->output), session.out);
    });
}

}  // namespace stretch
