#include "cli/shared_options.h"

namespace stretch {

void add_range_options(CLI::App& command, RangeRequest& request) {
    command.add_flag("--week", request.week, "This calendar week (from Monday, or config.toml's week_start)");
    command.add_flag("--last-week", request.last_week, "Last calendar week");
    command.add_flag("--month", request.month, "This calendar month");
    command.add_flag("--year", request.year, "This calendar year");
    command.add_option("--days", request.days, "The last N days, today included")
        ->check(CLI::Range(1, 36600));
    command.add_option("--since", request.since, "From this day (YYYY-MM-DD, yesterday, a weekday...)");
    command.add_option("--until", request.until, "Up to this day, with --since (default: today)");
    command.add_flag("--all", request.all, "Everything logged");
}

void add_routine_option(CLI::App& command, std::string& routine) {
    command.add_option("-r,--routine", routine,
                       "Routine id (default: config.toml's routine, else lower-back, else the only one)");
}

}  // namespace stretch
