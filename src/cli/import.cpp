/// `stretch import FILE|-`: merge an export, or a history CSV, into the log.

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

#include "archive/archive_csv.h"
#include "archive/archive_json.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "core/error.h"
#include "core/text.h"
#include "store/schema.h"
#include "store/snapshot_json.h"
#include "store/temporary_files.h"

namespace stretch {

namespace fs = std::filesystem;

namespace {

/// The file to import, opened (and refused when missing, a directory or
/// unreadable) before the log is. Standard input is first copied to a
/// temporary file, which is then read like any other: the log is locked
/// only while records are merged, never while a pipe or a person is typing.
class Input {
public:
    Input(const std::string& file, std::istream& standard_input) : name_(file == "-" ? "standard input" : file) {
        if (file == "-") {
            spool(standard_input);
            return;
        }
        std::error_code error;
        if (!fs::exists(file, error))
            throw Error(ErrorKind::no_input, "there is no file " + file, "check the name, or use - for standard input");
        if (fs::is_directory(file, error))
            throw Error(ErrorKind::usage, file + " is a directory", "name the file `stretch export` wrote");
        seekable_ = fs::is_regular_file(file, error);
        stream_.open(file, std::ios::binary);
        if (!stream_) throw Error(ErrorKind::io, "cannot read " + file, "check its permissions");
    }

    std::istream& stream() { return stream_; }
    const std::string& name() const { return name_; }

    /// JSON when the first character that is not white space (after a byte
    /// order mark) opens an object or an array; CSV otherwise. Reads ahead,
    /// then starts the stream over, so line numbers count from the top.
    bool looks_like_json() {
        std::streambuf& in = *stream_.rdbuf();
        if (in.sgetc() == 0xEF) in.sbumpc(), in.sbumpc(), in.sbumpc();
        while (in.sgetc() == ' ' || in.sgetc() == '\t' || in.sgetc() == '\r' || in.sgetc() == '\n') in.sbumpc();
        const bool json = in.sgetc() == '{' || in.sgetc() == '[';
        stream_.clear();
        stream_.seekg(0);
        return json;
    }

    /// Whether the file starts as every SQLite database does: a backup, or
    /// a log, given where an export was meant. Starts the stream over, so
    /// only a regular file is asked (a FIFO cannot be read twice; a database
    /// read from one is refused as not being text).
    bool is_sqlite_database() {
        if (!seekable_) return false;
        static constexpr std::string_view kHeader{"SQLite format 3\0", 16};
        std::string start(kHeader.size(), '\0');
        stream_.read(start.data(), static_cast<std::streamsize>(start.size()));
        const bool database = stream_.gcount() == static_cast<std::streamsize>(kHeader.size()) && start == kHeader;
        stream_.clear();
        stream_.seekg(0);
        return database;
    }

    /// A read that failed partway is the disk's fault, not the file's.
    void check_read() const {
        if (stream_.bad()) throw Error(ErrorKind::io, "cannot read " + name_, "check the disk");
    }

private:
    void spool(std::istream& standard_input) {
        std::string path = (fs::temp_directory_path() / "stretch-import-XXXXXX").string();
        const int fd = ::mkstemp(path.data());
        if (fd < 0)
            throw Error(ErrorKind::cant_create, "cannot make a temporary file for standard input: " + std::string(std::strerror(errno)),
                        "set TMPDIR to a writable directory");
        ::close(fd);
        const TemporaryFileGuard removed_if_stopped(path);  // stdin may take long: a slow pipe, or typing
        {
            std::ofstream copy(path, std::ios::binary);
            if (standard_input.rdbuf()->sgetc() != std::char_traits<char>::eof()) copy << standard_input.rdbuf();
            if (!copy.flush()) {
                fs::remove(path);
                throw Error(ErrorKind::io, "cannot keep standard input in " + path, "check the space in TMPDIR");
            }
        }
        stream_.open(path, std::ios::binary);
        fs::remove(path);  // the open stream keeps it until it is closed
        if (!stream_) throw Error(ErrorKind::io, "cannot read standard input back from " + path, "check TMPDIR");
    }

    std::string name_;
    std::ifstream stream_;
    bool seekable_ = true;  ///< a regular file, or standard input's copy
};

/// Passes records on after the checks a log's own records pass: nothing
/// logged, and no time stamp, lies after `latest`.
class CheckedRecords : public RecordSink {
public:
    CheckedRecords(RecordSink& next, Date latest) : next_(next), latest_(latest) {}
    void entry(Entry entry) override { next_.entry(checked(std::move(entry))); }
    void pause(PauseRecord pause) override { next_.pause(checked(std::move(pause))); }
    void skip(SkipRecord skip) override { next_.skip(checked(std::move(skip))); }
    void version(VersionRecord version) override { next_.version(checked(std::move(version))); }

private:
    template <typename Record>
    Record checked(Record record) const {
        check_not_future(record, latest_);
        return record;
    }

    RecordSink& next_;
    Date latest_;
};

/// A spreadsheet's exercise as `log` takes it: id, name or unique prefix.
ExerciseResolver resolver_for(const Catalog& catalog) {
    return [&catalog](const std::string& exercise, size_t line) {
        try {
            return catalog.find_exercise(exercise).id;
        } catch (const Error& error) {
            const std::string& hint = error.hint();
            throw Error(ErrorKind::data, "line " + std::to_string(line) + ": " + error.what(),
                        hint.empty()            ? "`stretch list` shows the exercises; nothing was imported"
                        : hint.ends_with('?') ? hint + " Nothing was imported."
                                              : hint + "; nothing was imported");
        }
    };
}

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

void read_records(Input& input, bool json, const Catalog& catalog, Date today, RecordSink& sink) {
    // A day after today is allowed only as tomorrow: another machine's clock may be a time zone ahead.
    CheckedRecords checked(sink, add_days(today, 1));
    try {
        if (json) read_archive_json(input.stream(), checked);
        else read_archive_csv(input.stream(), checked, resolver_for(catalog));
        input.check_read();
    } catch (const Error& error) {
        input.check_read();
        if (error.kind() != ErrorKind::data) throw;
        throw Error(error.kind(), input.name() + ": " + error.what(), error.hint());
    }
}

/// What this machine's files say, for weighing another log's routine versions.
RecordMerger::LocalFiles local_files(const Catalog& catalog, const Store& store, Date today) {
    RecordMerger::LocalFiles local{today, {}, {}, store.first_day()};
    const PlanRecord record = store.plan_record();
    for (const auto& [id, routine] : catalog.routines)
        local.definitions[id] = snapshot_to_json(snapshot_of(catalog, routine));
    for (const auto& [id, versions] : record.versions) local.judged.insert(id);
    return local;
}

/// Passes every record on, noting whether the file held past days without
/// the routine versions that judge them (a history CSV holds entries only).
class PlanCheck : public RecordSink {
public:
    PlanCheck(RecordSink& next, Date today) : next_(next), today_(today) {}
    void entry(Entry entry) override {
        past_entries_ = past_entries_ || entry.day < today_;
        next_.entry(std::move(entry));
    }
    void pause(PauseRecord pause) override { next_.pause(std::move(pause)); }
    void skip(SkipRecord skip) override { next_.skip(std::move(skip)); }
    void version(VersionRecord version) override {
        versions_ = true;
        next_.version(std::move(version));
    }
    bool past_days_without_plans() const { return past_entries_ && !versions_; }

private:
    RecordSink& next_;
    Date today_;
    bool past_entries_ = false;
    bool versions_ = false;
};

struct ImportResult {
    MergeReport merge;
    /// Past days came in without their routine versions into a log that had
    /// none: today's files judge them (see print_merge).
    bool judged_by_todays_files = false;
};

ImportResult run_import(Input& input, bool json, const Catalog& catalog, Store& store, const Clock& clock) {
    ImportResult result;
    store.atomically([&] {
        // Merged as read, in one transaction: a bad record anywhere rolls all
        // of it back. The routine history arrives as it was recorded; today's
        // files are then recorded on top if they differ from it.
        const bool had_plans = !store.plan_record().versions.empty();
        RecordMerger merger(store, local_files(catalog, store, clock.today));
        PlanCheck checked(merger, clock.today);
        read_records(input, json, catalog, clock.today, checked);
        result.merge = merger.report();
        result.judged_by_todays_files = !had_plans && checked.past_days_without_plans();
        record_routines(store, catalog, clock);
    });
    return result;
}

/// What the import added, kept and replaced; `stretch` is how hints name
/// stretch (Session::invocation()), for undo when something changed.
void print_merge(const ImportResult& result, const std::string& name, const std::string& stretch,
                 std::ostream& out) {
    const MergeReport& report = result.merge;
    const int conflicts = static_cast<int>(report.conflicts.size());
    out << "Imported " << terminal_safe(name) << ": " << plural(report.added, "record added", "records added") << ", "
        << report.present << " already present, " << plural(conflicts, "conflict", "conflicts") << ".\n";
    int replaced = 0;
    for (const auto& conflict : report.conflicts) {
        replaced += conflict.took_theirs ? 1 : 0;
        const auto lines = wrap("conflict: " + terminal_safe(conflict.what) + ": kept " +
                                    (conflict.took_theirs ? "the imported version" : "this log's version"),
                                76);
        for (size_t i = 0; i < lines.size(); ++i) out << (i == 0 ? "  " : "    ") << lines[i] << "\n";
    }
    // A log restored from a history CSV would otherwise judge its skipped
    // days missed, and its days of the gentle routine by today's files.
    if (result.judged_by_todays_files)
        out << hanging("", "This file has your stretches and pain scores, but not your skipped or paused days nor "
                           "the routines you had then: a day you skipped shows as missed, and every past day is "
                           "judged by your routines as they are today. To copy everything, import a file made by "
                           "`export` instead.",
                       kLineWidth);
    if (report.added + replaced > 0) out << "`" << stretch << " undo` takes this import back.\n";
}

/// The directories above `log` that do not exist yet, deepest first.
std::vector<fs::path> missing_directories(const fs::path& log) {
    std::vector<fs::path> missing;
    std::error_code error;
    for (auto dir = log.parent_path(); !dir.empty() && !fs::exists(dir, error); dir = dir.parent_path()) {
        missing.push_back(dir);
        if (dir == dir.parent_path()) break;
    }
    return missing;
}

void remove_log_files(const fs::path& log) noexcept {
    std::error_code ignored;
    for (const char* suffix : kLogFileSuffixes) fs::remove(log.string() + suffix, ignored);
}

void sync_directory(const fs::path& directory) noexcept {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

/// Puts `built` where `log` belongs, never over a log that another stretch
/// created meanwhile.
void move_into_place(const fs::path& built, const fs::path& log) {
    if (::renameat2(AT_FDCWD, built.c_str(), AT_FDCWD, log.c_str(), RENAME_NOREPLACE) == 0) return sync_directory(log.parent_path());
    const int error = errno;
    if (error == EEXIST)
        throw Error(ErrorKind::busy, "another stretch started the log " + log.string() + " during this import, so nothing was imported",
                    "run the import again: it merges into that log");
    throw Error(ErrorKind::io, "cannot move the new log into place as " + log.string() + ": " + std::strerror(error),
                "check the directory");
}

/// An import that starts the log builds it beside its place under a name of
/// its own and moves it into place only once it is whole, so a refused
/// import leaves nothing behind and removes nothing but its own files, even
/// when another stretch starts the log meanwhile.
ImportResult import_into_new_log(Input& input, bool json, const Catalog& catalog, Session& session, const fs::path& log) {
    const auto made = missing_directories(log);
    const fs::path built = log.parent_path() / ("." + log.filename().string() + ".import-" + std::to_string(::getpid()));
    const TemporaryFileGuard removed_if_stopped(built);
    try {
        ImportResult report;
        bool changed = false;
        {
            Store store = session.writable_store(built);
            report = run_import(input, json, catalog, store, session.clock());
            changed = store.changed();
            store.checkpoint();
        }
        std::error_code ignored;
        for (const char* suffix : {"-wal", "-shm"}) fs::remove(built.string() + suffix, ignored);
        move_into_place(built, log);
        session.log_changed = session.log_changed || changed;
        return report;
    } catch (...) {
        remove_log_files(built);
        std::error_code ignored;
        for (const auto& dir : made) fs::remove(dir, ignored);  // only while empty
        throw;
    }
}

}  // namespace

void add_import_command(CLI::App& app, Session& session) {
    auto file = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("import", "Merge an export, or a history CSV, into the log");
    command->add_option("file", *file, "An export or a history CSV; - reads stdin")
        ->required()
        ->check(non_empty());
    command->callback([file, &session] {
        const Catalog& catalog = session.catalog();
        Input input(*file, std::cin);
        if (input.is_sqlite_database())
            throw Error(ErrorKind::data, input.name() + " is a SQLite database (a backup or a log), not an export",
                        "to merge its entries into this log, run `stretch --db " +
                            (*file == "-" ? std::string("FILE") : shell_quoted(*file)) +
                            " export | " + session.invocation() + " import -`; to read it, name it with --db");
        const bool json = input.looks_like_json();
        const fs::path log = session.database();
        std::error_code error;
        ImportResult report;
        if (!fs::exists(fs::symlink_status(log, error))) {
            report = import_into_new_log(input, json, catalog, session, log);
        } else {
            Store store = session.writable_store();
            report = run_import(input, json, catalog, store, session.clock());
        }
        if (!session.options.quiet) print_merge(report, input.name(), session.invocation(), session.out);
        session.exit_code = 0;
    });
}

}  // namespace stretch
