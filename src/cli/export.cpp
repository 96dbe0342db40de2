/// `stretch export [RANGE]`: everything needed to rebuild the log, to stdout.

#include <ostream>

#include "archive/archive_csv.h"
#include "archive/archive_json.h"
#include "cli/commands.h"
#include "render/json_text.h"

namespace stretch {

int run_export(const ExportOptions& options, const Store* store, const Clock& clock, int week_start,
               std::ostream& out) {
    Archive archive;
    if (options.range.chosen()) archive.range = range_in_log(options.range, store, clock.today, week_start, {});
    if (store) archive = store->archive(archive.range);
    if (options.format == "csv")
        out << archive_csv(archive);
    else
        out << to_json_text(archive_json(archive, utc_timestamp(clock.now)));
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
