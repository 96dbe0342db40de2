#include "cli/shared_options.h"

#include <charconv>

namespace stretch {

void add_range_options(CLI::App& command, RangeRequest& request) {
    command.add_flag("--week", request.week, "This calendar week (Monday first, or week_start)");
    command.add_flag("--last-week", request.last_week, "Last calendar week");
    command.add_flag("--month", request.month, "This calendar month");
    command.add_flag("--year", request.year, "This calendar year");
    command.add_option("--days", request.days, "The last N days, today included")
        ->transform(whole_number(1, 36600));
    command.add_option("--since", request.since, "From this day (YYYY-MM-DD, yesterday, a weekday...)")
        ->check(non_empty());
    command.add_option("--until", request.until, "Up to this day, with --since (default: today)")->check(non_empty());
    command.add_flag("--all", request.all, "Everything logged");
}

CLI::Validator whole_number(int min, int max) {
    const std::string range = std::to_string(min) + " to " + std::to_string(max);
    return CLI::Validator(
        [min, max, range](std::string& text) -> std::string {
            int value = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (error == std::errc() && end == text.data() + text.size() && value >= min && value <= max) {
                // CLI11 converts "010" as octal (8): hand it the number as read here.
                text = std::to_string(value);
                return {};
            }
            return "must be a whole number from " + range + ", not '" + text + "'";
        },
        "");
}

CLI::Validator non_empty() {
    return CLI::Validator([](std::string& text) { return text.empty() ? std::string("must not be empty") : std::string(); },
                          "");
}

void add_routine_option(CLI::App& command, std::string& routine) {
    command.add_option("-r,--routine", routine,
                       "Routine id (default: config.toml's, else lower-back)")
        ->check(non_empty());
}

DateRange range_in_log(const RangeRequest& request, const Store* store, Date today, int week_start,
                       const RangeRequest& fallback) {
    const Date first = store ? store->first_day().value_or(today) : today;
    DateRange range = resolve_range(request, today, week_start, first, fallback);
    // Everything logged includes an entry dated tomorrow, as import allows.
    if (request.all && store)
        if (const auto last = store->last_entry_day(); last && *last > range.last) range.last = *last;
    return range;
}

}  // namespace stretch
