/// `stretch import FILE|-`: merge an export, or a history CSV, into the log.

#include <fstream>
#include <iostream>
#include <sstream>

#include "archive/archive_csv.h"
#include "archive/archive_json.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

std::string read_input(const std::string& file, std::istream& in) {
    std::ostringstream text;
    if (file == "-") {
        text << in.rdbuf();
        return text.str();
    }
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        throw Error(ErrorKind::no_input, "there is no file " + file, "check the name, or use - for standard input");
    if (std::filesystem::is_directory(file, error))
        throw Error(ErrorKind::usage, file + " is a directory", "name the file `stretch export` wrote");
    std::ifstream stream(file, std::ios::binary);
    if (!stream) throw Error(ErrorKind::io, "cannot read " + file, "check its permissions");
    text << stream.rdbuf();
    if (stream.bad()) throw Error(ErrorKind::io, "cannot read " + file, "check the disk");
    return text.str();
}

/// JSON when the first character that is not white space (or a byte order
/// mark) opens an object or an array; CSV otherwise.
bool looks_like_json(const std::string& text) {
    const size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    const size_t first = text.find_first_not_of(" \t\r\n", start);
    return first != std::string::npos && (text[first] == '{' || text[first] == '[');
}

/// A spreadsheet's exercise as `log` takes it: id, name or unique prefix.
ExerciseResolver resolver_for(const Catalog& catalog) {
    return [&catalog](const std::string& exercise, size_t line) {
        try {
            return catalog.find_exercise(exercise).id;
        } catch (const Error& error) {
            throw Error(ErrorKind::data, "line " + std::to_string(line) + ": " + error.what(),
                        error.hint().empty() ? "`stretch list` shows the exercises; nothing was imported"
                                             : error.hint() + " Nothing was imported.");
        }
    };
}

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

Archive read_archive(const std::string& file, std::istream& in, const Catalog& catalog, Date today) {
    const std::string text = read_input(file, in);
    try {
        Archive archive = looks_like_json(text) ? parse_archive_json(text) : parse_archive_csv(text, resolver_for(catalog));
        // A day after today is allowed only as tomorrow: another machine's clock may be a time zone ahead.
        check_consistent(archive, add_days(today, 1));
        return archive;
    } catch (const Error& error) {
        throw Error(error.kind(), (file == "-" ? std::string("standard input") : file) + ": " + error.what(),
                    error.hint());
    }
}

int run_import(const Archive& archive, const std::string& file, const Catalog& catalog, Store& store,
               const Clock& clock, bool quiet, std::ostream& out) {
    MergeReport report;
    store.atomically([&] {
        // Merged first, so the routine history arrives as it was recorded;
        // today's files are then recorded on top if they differ from it.
        report = store.merge(archive);
        record_routines(store, catalog, clock);
    });
    if (quiet) return 0;
    const int conflicts = static_cast<int>(report.conflicts.size());
    out << "Imported " << (file == "-" ? std::string("standard input") : terminal_safe(file)) << ": "
        << plural(report.added, "record added", "records added") << ", " << report.present << " already present, "
        << plural(conflicts, "conflict", "conflicts") << ".\n";
    int replaced = 0;
    for (const auto& conflict : report.conflicts) {
        replaced += conflict.took_theirs ? 1 : 0;
        const auto lines = wrap("conflict: " + terminal_safe(conflict.what) + ": kept " +
                                    (conflict.took_theirs ? "the imported one" : "this log's"),
                                76);
        for (size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "  " : "    ") << lines[i] << "\n";
    }
    if (report.added + replaced > 0) out << "`stretch undo` takes this import back.\n";
    return 0;
}

void add_import_command(CLI::App& app, Session& session) {
    auto file = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("import", "Merge an export, or a history CSV, into the log");
    command->add_option("file", *file, "An export or a history CSV; - reads stdin")
        ->required()
        ->check(non_empty());
    command->callback([file, &session] {
        const Catalog catalog = session.catalog();
        // The whole file is read and checked before the log is opened to write.
        const Archive archive = read_archive(*file, std::cin, catalog, session.clock().today);
        Store store = session.writable_store();
        session.exit_code =
            run_import(archive, *file, catalog, store, session.clock(), session.options.quiet, session.out);
        session.note_changes(store);
    });
}

}  // namespace stretch
