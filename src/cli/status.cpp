#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "render/json_text.h"
#include "render/exercise_text.h"
#include "render/plan_json.h"
#include "cli/progress.h"
#include "core/text.h"

namespace stretch {

namespace {

/// The day's summary, then "Routine: NAME.", which takes a line of its own
/// where both do not fit on one, rather than break the name across two; a
/// name too long for that line goes on under itself, as "Left:" does.
std::string headline(const std::string& summary, const std::string& routine_name) {
    const std::string routine = "Routine: " + routine_name + ".";
    if (display_width(summary) + 1 + display_width(routine) <= kLineWidth) return summary + " " + routine + "\n";
    return hanging("", summary, kLineWidth) + hanging("Routine: ", routine_name + ".", kLineWidth);
}

nlohmann::ordered_json status_json(const Plan& plan) {
    nlohmann::ordered_json done = nlohmann::ordered_json::array(), left = nlohmann::ordered_json::array();
    nlohmann::ordered_json paused = nlohmann::ordered_json::array();
    for (const auto& item : plan.items)
        if (item.done || !plan.skipped()) (item.done ? done : left).push_back(item.exercise.id);
    for (const auto& item : plan.paused) paused.push_back(item.exercise.id);
    return {
        {"date", to_iso(plan.date)},
        {"routine", plan.routine.id},
        {"scheduled", plan.scheduled},
        {"skipped", plan.skipped()},
        {"planned", plan.items.size()},
        {"done", done.size()},
        {"remaining", plan.remaining_count()},
        {"remaining_minutes", plan.remaining_minutes()},
        {"complete", plan.remaining_count() == 0},
        {"done_ids", done},
        {"remaining_ids", left},
        {"paused_ids", paused},
    };
}

/// The first line on a day a severe pain asks for rest: nothing more is
/// due, and what was not done is no longer "left".
std::string rest_summary(const Plan& plan) {
    return "Nothing more is due today: rest. " + count_of(plan.remaining_count(), "stretch is", "stretches are") +
           " not done.";
}

}  // namespace

int run_status(const StatusOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
               Date today, bool quiet, std::ostream& out) {
    // Quiet prints nothing, so no dose is worked out.
    const Plan plan = quiet ? plan_without_targets(catalog, routine, today, today, store)
                            : plan_of_record(catalog, routine, today, today, store);
    const bool gentle = plan.remaining_count() > 0 && gentle_done_on(catalog, routine, today, today, store);
    // After a severe pain today the advice is to rest, and nothing more is
    // due: a script asking `status -q || nag` must not push against it.
    const bool rest = !gentle && rest_asked_today(catalog, routine, store, plan, today);
    const bool complete = plan.remaining_count() == 0 || gentle || rest;
    if (quiet) return complete ? 0 : 1;
    // What plan and remind say of today's pain, said here too: a status that
    // only counted what is left would push against advice to rest.
    const auto flare = flare_today(catalog, routine, store, today);
    if (options.json || options.format == "json") {
        auto json = status_json(plan);
        json["gentle_done"] = gentle;
        json["complete"] = complete;
        json["gentle_suggested"] = gentle_suggested_json(flare);
        json["rest_suggested"] = rest_suggested_json(flare, options.stretch);
        out << to_json_text(std::move(json));
    } else if (gentle) {
        out << hanging("", gentle_kept_phrase(plan, today), kLineWidth);
    } else {
        const std::string summary = rest ? rest_summary(plan) : left_summary(plan, today);
        out << headline(summary, plan.routine.name);
        std::vector<std::string> left, paused;
        for (const auto& item : plan.items)
            if (!item.done && !plan.skipped()) left.push_back(item.exercise.id);
        for (const auto& item : plan.paused) paused.push_back(item.exercise.id);
        if (!left.empty()) out << hanging(rest ? "Not done: " : "Left: ", join(left), kLineWidth);
        if (!paused.empty()) out << hanging("Paused: ", join(paused), kLineWidth);
        if (flare) out << flare_advice(*flare, options.stretch);
    }
    return complete ? 0 : 1;
}

void add_status_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<StatusOptions>();
    CLI::App* command = app.add_subcommand(
        "status", "Today's progress; exit 0 when nothing is left");
    command->add_option("-f,--format", options->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    command->add_flag("--json", options->json, "As --format json");
    add_routine_option(*command, options->routine);
    command->callback([options, &session] {
        options->stretch = session.invocation();
        const Catalog& catalog = session.catalog();
        const Routine& routine = session.routine(options->routine, catalog);
        auto store = session.existing_store();
        session.put_on_record(store, catalog, routine, {session.clock().today, session.clock().today});
        session.exit_code = run_status(*options, catalog, routine, store ? &*store : nullptr, session.clock().today,
                                       session.options.quiet, session.out);
    });
}

}  // namespace stretch
