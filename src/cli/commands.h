#pragma once
/// Every subcommand: an options struct, a run function that takes only what it
/// uses and returns the exit code, and a function that registers it with CLI11.

#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/session.h"
#include "core/catalog.h"
#include "render/style.h"

namespace stretch {

struct PlanOptions {
    std::string when = "today";
    std::string routine;  ///< empty: the default routine
    std::string format = "text";
};
int run_plan(const PlanOptions& options, const Catalog& catalog, Date today, const Style& style,
             std::ostream& out);
void add_plan_command(CLI::App& app, Session& session);

int run_list(const Catalog& catalog, std::ostream& out);
void add_list_command(CLI::App& app, Session& session);

struct ShowOptions {
    std::string exercise;
};
int run_show(const ShowOptions& options, const Catalog& catalog, const Style& style, std::ostream& out);
void add_show_command(CLI::App& app, Session& session);

struct CheckOptions {
    std::vector<std::string> files;  ///< empty: every file in the routine directories
};
int run_check(const CheckOptions& options, const RoutineSources& sources, std::ostream& out);
void add_check_command(CLI::App& app, Session& session);

}  // namespace stretch
