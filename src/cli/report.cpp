#include <ostream>

#include "cli/commands.h"
#include "cli/day_summaries.h"
#include "cli/output_file.h"
#include "render/json_text.h"
#include "cli/progress.h"
#include "core/report.h"
#include "render/report_html.h"
#include "render/report_json.h"
#include "render/report_markdown.h"
#include "render/report_text.h"

namespace stretch {

namespace {
RangeRequest this_week() {
    RangeRequest request;
    request.week = true;
    return request;
}

/// The notes written in `range` up to today, oldest first, each with the
/// name of its stretch.
std::vector<ReportNote> notes_of(const Store& store, const Catalog& catalog, const DateRange& range, Date today) {
    std::vector<ReportNote> notes;
    if (range.first > today) return notes;
    store.each_entry(DateRange{range.first, std::min(range.last, today)}, [&](const Entry& entry) {
        if (entry.note.empty()) return;
        std::string name;
        if (entry.kind == EntryKind::stretch) {
            const auto exercise = catalog.exercises.find(entry.exercise);
            name = exercise == catalog.exercises.end() ? entry.exercise : exercise->second.name;
        }
        notes.push_back(ReportNote{entry.day, name, entry.pain, entry.note});
    });
    std::stable_sort(notes.begin(), notes.end(), [](const ReportNote& a, const ReportNote& b) { return a.day < b.day; });
    return notes;
}

/// The report over the range the options name, read from `store`.
Report build_report_from_log(const ReportOptions& options, const Catalog& catalog, const Routine& routine,
                             const Store* store, Date today, int week_start) {
    const std::optional<Date> first_used = store ? store->first_day() : std::nullopt;
    const DateRange range = resolve_range(options.range, today, week_start, first_used.value_or(today), this_week());
    Report report = judged_report(catalog, routine, store, range, today, week_start);
    report.flare = flare_today(catalog, routine, store, today);
    if (store && (options.format == "html" || options.format == "markdown"))
        report.notes = notes_of(*store, catalog, range, today);
    return report;
}

}  // namespace

int run_report(const ReportOptions& options, const Catalog& catalog, const Routine& routine, const Store* store,
               Date today, int week_start, const Style& style, OutputFile& output) {
    // Every read in one transaction: a write in between could pair the
    // summaries of one moment with the days of another.
    std::optional<Report> built;
    const auto build = [&] { built = build_report_from_log(options, catalog, routine, store, today, week_start); };
    if (store) store->read_consistently(build);
    else build();
    const Report& report = *built;
    const std::string& stretch = options.stretch;
    const std::string text = options.format == "json"       ? to_json_text(report_json(report, stretch))
                             : options.format == "csv"      ? render_report_csv(report)
                             : options.format == "markdown" ? render_report_markdown(report, stretch)
                             : options.format == "html"     ? render_report_html(report, stretch)
                                                            : render_report_text(report, style, stretch);
    output.write(text);
    return 0;
}

void add_report_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* command =
        app.add_subcommand("report", "Consistency, streaks and pain (default: this week)");
    add_range_options(*command, options->range);
    add_routine_option(*command, options->routine);
    command->add_option("-f,--format", options->format, "Output format")
        ->check(CLI::IsMember({"text", "json", "csv", "markdown", "html"}));
    add_output_option(*command, options->output);
    command->callback([options, &session] {
        options->stretch = session.invocation();
        refuse_log_files(options->output, session.database(), "--output");
        OutputFile output(options->output, session.out);  // before the log may record a routine
        const Catalog& catalog = session.catalog();
        auto store = session.existing_store();
        const Routine& routine = session.routine_of_record(options->routine, catalog, store ? &*store : nullptr);
        // Only whether the range reaches today or later matters here, so its first day is no matter.
        const Date today = session.clock().today;
        session.put_on_record(store, catalog, routine,
                              resolve_range(options->range, today, session.config().week_start, today, this_week()));
        session.exit_code = run_report(*options, catalog, routine, store ? &*store : nullptr, session.clock().today,
                                       session.config().week_start, session.style_for(options->output), output);
    });
}

}  // namespace stretch
