#include <ostream>
#include <utility>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/plan.h"
#include "core/text.h"
#include "render/json_text.h"

namespace stretch {

namespace {

/// The pauses in force today or later: what "paused" means to a person now.
std::vector<Pause> current_pauses(const Store* store, Date today) {
    std::vector<Pause> current;
    if (!store) return current;
    for (const Pause& pause : store->plan_record().pauses)
        if (!pause.resumed_on || *pause.resumed_on > today) current.push_back(pause);
    return current;
}

std::string pause_text(const Pause& pause) {
    return "from " + to_iso(pause.first_day) + (pause.resumed_on ? " to " + to_iso(add_days(*pause.resumed_on, -1)) : "") +
           (pause.reason.empty() ? "" : ": " + terminal_safe(pause.reason));
}

/// One exercise or routine: its id, name and details in three columns (the
/// details under them when they leave too little room), or, when the id and
/// name alone are wider than a line, the id alone and the rest wrapped under
/// it, so that a long name of one's own keeps within 80 columns.
std::string list_row(const std::string& id, const std::string& name, const std::string& details) {
    constexpr size_t kColumn = 24;
    const std::string lead = "  " + pad_to_width(id, kColumn) + pad_to_width(name, kColumn);
    if (display_width(lead) <= kLineWidth) return hanging(lead, details, kLineWidth);
    return "  " + id + "\n" + hanging("    ", name + ": " + details, kLineWidth);
}

/// "15-21 min": from a first day's plan, at the low end of every range, to
/// the most its plans ask (routine_minutes); one figure when the two agree
/// (no ranges, or a routine that does not progress).
std::string minutes_span(const Catalog& catalog, const Routine& routine) {
    const int low = routine_minutes_at_start(catalog, routine), most = routine_minutes(catalog, routine);
    return (low == most ? "" : std::to_string(low) + "-") + std::to_string(most) + " min";
}

void list_text(const Catalog& catalog, const std::vector<Pause>& pauses, std::ostream& out) {
    out << "Exercises:\n";
    for (const auto& [id, exercise] : catalog.exercises) out << list_row(id, exercise.name, describe(exercise.dose));
    out << "\nRoutines:\n";
    // The days last: a line too long for them breaks in their list, not in "9 stretches".
    for (const auto& [id, routine] : catalog.routines)
        out << list_row(id, routine.name,
                        count_of(static_cast<long long>(routine.steps.size()), "stretch", "stretches") + ", " +
                            minutes_span(catalog, routine) + ", " + routine.days.describe());
    if (!pauses.empty()) out << "\nPaused:\n";
    for (const Pause& pause : pauses) {
        std::string id = pause.exercise;
        id.resize(std::max<size_t>(id.size() + 1, 24), ' ');
        out << hanging("  " + id, pause_text(pause), kLineWidth);
    }
}

/// One record a line, KIND TAB ID TAB NAME-OR-DAY: for shells and scripts.
void list_tsv(const Catalog& catalog, const std::vector<Pause>& pauses, std::ostream& out) {
    for (const auto& [id, exercise] : catalog.exercises) out << "exercise\t" << id << "\t" << terminal_safe(exercise.name) << "\n";
    for (const auto& [id, routine] : catalog.routines) out << "routine\t" << id << "\t" << terminal_safe(routine.name) << "\n";
    for (const Pause& pause : pauses) out << "paused\t" << pause.exercise << "\t" << to_iso(pause.first_day) << "\n";
}

nlohmann::ordered_json list_json(const Catalog& catalog, const std::vector<Pause>& pauses) {
    using Json = nlohmann::ordered_json;
    Json exercises = Json::array(), routines = Json::array(), paused = Json::array();
    for (const auto& [id, exercise] : catalog.exercises)
        exercises.push_back({{"id", id}, {"name", exercise.name}, {"dose", describe(exercise.dose)}});
    for (const auto& [id, routine] : catalog.routines)
        routines.push_back({{"id", id}, {"name", routine.name}, {"days", routine.days.describe()},
                            {"stretches", routine.steps.size()}, {"minutes", routine_minutes(catalog, routine)},
                            {"minutes_low", routine_minutes_at_start(catalog, routine)}});
    for (const Pause& pause : pauses)
        paused.push_back({{"id", pause.exercise}, {"since", to_iso(pause.first_day)},
                          {"until", pause.resumed_on ? Json(to_iso(add_days(*pause.resumed_on, -1))) : Json(nullptr)},
                          {"reason", pause.reason.empty() ? Json(nullptr) : Json(pause.reason)}});
    return {{"exercises", exercises}, {"routines", routines}, {"paused", paused}};
}

}  // namespace

int run_list(const std::string& format, const Catalog& catalog, const Store* store, Date today, std::ostream& out) {
    const auto pauses = current_pauses(store, today);
    if (format == "json")
        out << to_json_text(list_json(catalog, pauses));
    else if (format == "tsv")
        list_tsv(catalog, pauses, out);
    else
        list_text(catalog, pauses, out);
    return 0;
}

void add_list_command(CLI::App& app, Session& session) {
    auto format = std::make_shared<std::string>("text");
    CLI::App* command = app.add_subcommand("list", "List the exercises, routines and paused stretches");
    command->add_option("-f,--format", *format, "text, json, or tsv (KIND, ID, NAME a line)")
        ->check(CLI::IsMember({"text", "json", "tsv"}));
    command->callback([format, &session] {
        const auto store = session.existing_store();
        session.exit_code =
            run_list(*format, session.catalog(), store ? &*store : nullptr, session.clock().today, session.out);
    });
}

}  // namespace stretch
