/// `stretch export [RANGE]`: everything needed to rebuild the log, to stdout.

#include <ostream>

#include "archive/archive_csv.h"
#include "archive/archive_json.h"
#include "cli/commands.h"
#include "render/history.h"
#include "render/json_text.h"

namespace stretch {

int run_export(const ExportOptions& options, const Store* store, const Clock& clock, int week_start,
               std::ostream& out) {
    Archive archive;
    if (options.range.chosen()) archive.range = range_in_log(options.range, store, clock.today, week_start, {});
    // The entries are streamed from the store as they are written.
    if (store) archive = store->archive(archive.range, false);
    const auto each = [&](const std::function<void(const Entry&)>& write) {
        if (store) store->each_entry(archive.range, write);
    };
    if (options.format == "csv") {
        out << kArchiveCsvHeader << "\r\n";
        size_t entries = 0;
        each([&](const Entry& entry) { out << archive_csv_entry(entry), ++entries; });
        out << archive_csv_rest(archive, entries);
    } else {
        write_json_text(out, archive_json(archive, utc_timestamp(clock.now)), "entries",
                        [&](const JsonSink& sink) { each([&](const Entry& entry) { sink(entry_json(entry)); }); });
    }
    return 0;
}

void add_export_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = app.add_subcommand("export", "Write the whole log (or a RANGE) for import elsewhere");
    add_range_options(*command, options->range);
    command->add_option("-f,--format", options->format, "json (the default) or csv")
        ->check(CLI::IsMember({"json", "csv"}));
    command->callback([options, &session] {
        const auto store = session.existing_store();
        session.exit_code = run_export(*options, store ? &*store : nullptr, session.clock(),
                                       session.config().week_start, session.out);
    });
}

}  // namespace stretch
