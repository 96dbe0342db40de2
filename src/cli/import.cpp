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

/// The stream to import: standard input for "-", else the file, opened
/// (and refused when missing, a directory or unreadable) before the log is.
class Input {
public:
    Input(const std::string& file, std::istream& standard_input) : name_(file == "-" ? "standard input" : file) {
        if (file == "-") {
            stream_ = &standard_input;
            return;
        }
        std::error_code error;
        if (!std::filesystem::exists(file, error))
            throw Error(ErrorKind::no_input, "there is no file " + file, "check the name, or use - for standard input");
        if (std::filesystem::is_directory(file, error))
            throw Error(ErrorKind::usage, file + " is a directory", "name the file `stretch export` wrote");
        file_.open(file, std::ios::binary);
        if (!file_) throw Error(ErrorKind::io, "cannot read " + file, "check its permissions");
        stream_ = &file_;
    }

    std::istream& stream() { return *stream_; }
    const std::string& name() const { return name_; }

    /// JSON when the first character that is not white space opens an
    /// object or an array; CSV otherwise (a byte order mark means CSV, whose
    /// reader skips it). Reads up to that character and no further; the
    /// white space before it is dropped.
    bool looks_like_json() {
        std::streambuf& in = *stream_->rdbuf();
        const auto blank = [&] { const int c = in.sgetc(); return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
        while (blank()) in.sbumpc();
        return in.sgetc() == '{' || in.sgetc() == '[';
    }

    void check_read() const {
        if (stream_->bad()) throw Error(ErrorKind::io, "cannot read " + name_, "check the disk");
    }

private:
    std::string name_;
    std::ifstream file_;
    std::istream* stream_ = nullptr;
};

/// Passes records on after the checks a log's own records pass: nothing
/// logged lies after `latest`.
class CheckedRecords : public RecordSink {
public:
    CheckedRecords(RecordSink& next, Date latest) : next_(next), latest_(latest) {}
    void entry(Entry entry) override {
        check_not_future(entry, latest_);
        next_.entry(std::move(entry));
    }
    void pause(PauseRecord pause) override { next_.pause(std::move(pause)); }
    void skip(SkipRecord skip) override { next_.skip(std::move(skip)); }
    void version(VersionRecord version) override { next_.version(std::move(version)); }

private:
    RecordSink& next_;
    Date latest_;
};

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

void read_records(Input& input, const Catalog& catalog, Date today, RecordSink& sink) {
    // A day after today is allowed only as tomorrow: another machine's clock may be a time zone ahead.
    CheckedRecords checked(sink, add_days(today, 1));
    try {
        if (input.looks_like_json()) read_archive_json(input.stream(), checked);
        else read_archive_csv(input.stream(), checked, resolver_for(catalog));
        input.check_read();
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::data) throw;
        throw Error(error.kind(), input.name() + ": " + error.what(), error.hint());
    }
}

MergeReport run_import(Input& input, const Catalog& catalog, Store& store, const Clock& clock) {
    MergeReport report;
    store.atomically([&] {
        // Merged as read, in one transaction: a bad record anywhere rolls all
        // of it back. The routine history arrives as it was recorded; today's
        // files are then recorded on top if they differ from it.
        RecordMerger merger(store);
        read_records(input, catalog, clock.today, merger);
        report = merger.report();
        record_routines(store, catalog, clock);
    });
    return report;
}

void print_merge(const MergeReport& report, const std::string& name, std::ostream& out) {
    const int conflicts = static_cast<int>(report.conflicts.size());
    out << "Imported " << terminal_safe(name) << ": " << plural(report.added, "record added", "records added") << ", "
        << report.present << " already present, " << plural(conflicts, "conflict", "conflicts") << ".\n";
    int replaced = 0;
    for (const auto& conflict : report.conflicts) {
        replaced += conflict.took_theirs ? 1 : 0;
        const auto lines = wrap("conflict: " + terminal_safe(conflict.what) + ": kept " +
                                    (conflict.took_theirs ? "the imported one" : "this log's"),
                                76);
        for (size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "  " : "    ") << lines[i] << "\n";
    }
    if (report.added + replaced > 0) out << "`stretch undo` takes this import back.\n";
}

/// The directories above `log` that do not exist yet, deepest first.
std::vector<std::filesystem::path> missing_directories(const std::filesystem::path& log) {
    std::vector<std::filesystem::path> missing;
    std::error_code error;
    for (auto dir = log.parent_path(); !dir.empty() && !std::filesystem::exists(dir, error); dir = dir.parent_path()) {
        missing.push_back(dir);
        if (dir == dir.parent_path()) break;
    }
    return missing;
}

/// Removes a log this import created and then refused to fill, and the
/// directories made for it while they are empty, so that a refused import
/// leaves no trace.
void remove_new_log(const std::filesystem::path& log, const std::vector<std::filesystem::path>& made) noexcept {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(log.string() + suffix, ignored);
    for (const auto& dir : made) std::filesystem::remove(dir, ignored);  // only while empty
}

}  // namespace

void add_import_command(CLI::App& app, Session& session) {
    auto file = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("import", "Merge an export, or a history CSV, into the log");
    command->add_option("file", *file, "An export or a history CSV; - reads stdin")
        ->required()
        ->check(non_empty());
    command->callback([file, &session] {
        const Catalog catalog = session.catalog();
        Input input(*file, std::cin);
        const std::filesystem::path log = session.database();
        std::error_code error;
        const bool log_was_new = !std::filesystem::exists(std::filesystem::symlink_status(log, error));
        const auto made = missing_directories(log);
        std::optional<MergeReport> report;
        try {
            Store store = session.writable_store();
            report = run_import(input, catalog, store, session.clock());
            session.note_changes(store);
        } catch (...) {
            if (log_was_new) remove_new_log(log, made);
            throw;
        }
        if (!session.options.quiet) print_merge(*report, input.name(), session.out);
        session.exit_code = 0;
    });
}

}  // namespace stretch
