/// `stretch backup FILE [--force]`: a consistent copy of the live log.

#include <ostream>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

int run_backup(const BackupOptions& options, const Store& store, const std::filesystem::path& database, bool quiet,
               std::ostream& out) {
    namespace fs = std::filesystem;
    const fs::path target = options.file;
    std::error_code error;
    refuse_log_files(options.file, database, "the backup");
    if (fs::is_directory(target, error))
        throw Error(ErrorKind::cant_create, options.file + " is a directory", "name a file inside it");
    const fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    if (!fs::is_directory(directory, error))
        throw Error(ErrorKind::cant_create, "there is no directory " + directory.string(),
                    "create it first, or name a file in another directory");
    // A symbolic link counts as there even when what it points to is not.
    if (fs::exists(fs::symlink_status(target, error)) && !options.force)
        throw Error(ErrorKind::cant_create, options.file + " already exists",
                    "add --force to replace it, or name another file");
    // A backup is a database file: it replaces a file, never a device or a
    // FIFO (as root, --force would have put a file in place of /dev/full).
    if (const auto status = fs::status(target, error); fs::exists(status) && !fs::is_regular_file(status))
        throw Error(ErrorKind::cant_create, options.file + " is not a regular file",
                    "name a file for the backup");
    store.backup_to(target);
    if (!quiet) out << "Backed up the log to " << terminal_safe(options.file) << ".\n";
    return 0;
}

void add_backup_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<BackupOptions>();
    CLI::App* command = app.add_subcommand("backup", "Copy the log safely, even while it is in use");
    command->add_option("file", options->file, "Where to write the copy")->required()->check(non_empty());
    command->add_flag("--force", options->force, "Replace FILE if it exists");
    command->callback([options, &session] {
        const auto store = session.existing_store();
        if (!store)
            throw Error(ErrorKind::no_input, "there is no log to back up yet (" + session.database().string() + ")",
                        "log a stretch first, or name the log with --db");
        session.exit_code = run_backup(*options, *store, session.database(), session.options.quiet, session.out);
        session.file_written = options->file;
    });
}

}  // namespace stretch
