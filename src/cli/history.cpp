#include <ostream>

#include "cli/commands.h"
#include "render/json_text.h"
#include "render/history.h"

namespace stretch {

namespace {
/// `history` with no range shows the last 30 days: enough to check recent
/// logging without printing years of entries.
RangeRequest default_history_range() {
    RangeRequest request;
    request.days = 30;
    return request;
}
}  // namespace

int run_history(const HistoryOptions& options, const Store* store, Date today, int week_start, std::ostream& out) {
    const DateRange range = range_in_log(options.range, store, today, week_start, default_history_range());
    // Each entry is written as it is read: years of history never sit in memory.
    const auto each = [&](const std::function<void(const Entry&)>& write) {
        if (store) store->each_entry(range, write);
    };
    if (options.format == "json") {
        write_json_text(out, {{"entries", nullptr}}, "entries",
                        [&](const JsonSink& sink) { each([&](const Entry& entry) { sink(entry_json(entry)); }); });
    } else if (options.format == "csv") {
        out << kHistoryCsvHeader;
        each([&](const Entry& entry) { out << history_csv_row(entry); });
    } else {
        bool any = false;
        each([&](const Entry& entry) { out << history_text_line(entry), any = true; });
        if (!any) out << kNoHistory;
    }
    return 0;
}

void add_history_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<HistoryOptions>();
    CLI::App* command = app.add_subcommand("history", "List entries, newest last (default: 30 days)");
    add_range_options(*command, options->range);
    command->add_option("-f,--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    command->callback([options, &session] {
        const auto store = session.existing_store();
        session.exit_code = run_history(*options, store ? &*store : nullptr, session.clock().today,
                                        session.config().week_start, session.out);
    });
}

}  // namespace stretch
