/// `stretch undo [--list]`: revert the last command that changed the log,
/// whole, from the journal kept in the same transaction as each change.

#include <algorithm>
#include <ctime>
#include <map>
#include <ostream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/judged_days.h"
#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

/// What undo and undo --list say with nothing to undo, wrapped to the page.
std::string nothing_to_undo() {
    return hanging("", "Nothing to undo: stretch remembers the last " + std::to_string(Store::kUndoDepth) +
                           " commands that changed the log, and there are none.",
                   kLineWidth);
}

using Json = nlohmann::json;

/// A row as the journal copied it; null for none. Text that is not valid
/// JSON (a value edited in by hand that is not UTF-8) gives a row without
/// fields: the change can still be undone, only not described in full.
Json journal_row(const std::string& text) {
    if (text.empty()) return Json();
    Json row = Json::parse(text, nullptr, false);
    return row.is_discarded() ? Json::object() : row;
}

std::string field(const Json& row, const char* key) {
    const auto found = row.find(key);
    return found == row.end() || found->is_null() ? std::string()
           : found->is_string()                   ? found->get<std::string>()
                                                  : found->dump();
}

/// An entry as the journal copied it: enough to say which one it was.
std::string entry_words(const Json& row) {
    Entry entry;
    entry.kind = field(row, "kind") == "pain" ? EntryKind::pain : EntryKind::stretch;
    entry.exercise = field(row, "exercise");
    const auto number = [&](const char* key) -> std::optional<int> {
        const auto found = row.find(key);
        if (found == row.end() || !found->is_number_integer()) return std::nullopt;
        return found->get<int>();
    };
    entry.reps = number("reps");
    entry.hold_seconds = number("hold_seconds");
    entry.side = parse_side(field(row, "side"));
    entry.pain = number("pain");
    return describe(entry) + " on " + field(row, "day");
}

/// What reverting one change does, in words.
std::string reverted(const JournalChange& change) {
    const Json before = journal_row(change.before);
    const Json after = journal_row(change.after);
    const Json& row = change.after.empty() ? before : after;
    if (change.table == "entries") {
        if (change.before.empty()) return "removed " + entry_words(after);
        if (change.after.empty()) return "restored " + entry_words(before);
        const std::string old_words = entry_words(before), new_words = entry_words(after);
        if (old_words != new_words) return "put back " + old_words + " (it had become " + new_words + ")";
        // Only the note changed: the words above would say nothing changed.
        const std::string was = field(before, "note"), became = field(after, "note");
        if (was.empty()) return "removed the note \"" + became + "\" from " + old_words;
        return "put back the note \"" + was + "\" on " + old_words +
               (became.empty() ? "" : " (it had become \"" + became + "\")");
    }
    if (change.table == "pauses") {
        const std::string exercise = field(row, "exercise");
        if (change.before.empty()) return exercise + " is no longer paused from " + field(after, "first_day");
        if (change.after.empty()) return exercise + " is paused again from " + field(before, "first_day");
        return exercise + " is paused again, as before " + field(after, "resumed_on");
    }
    if (change.table == "skips") {
        if (change.before.empty()) return field(after, "day") + " is no longer skipped";
        if (change.after.empty()) return field(before, "day") + " is skipped again";
        return field(before, "day") + "'s skip is as it was";
    }
    return "routine " + field(row, "routine") + " from " + field(row, "effective") +
           (change.before.empty() ? " is no longer recorded" : " is recorded as it was");
}

/// "10 entries added, 1 pause added": what a command did, counted.
std::string summary(const JournalCommand& command) {
    static const std::map<std::string, std::pair<std::string, std::string>> nouns = {
        {"entries", {"entry", "entries"}},
        {"pauses", {"pause", "pauses"}},
        {"skips", {"skipped day", "skipped days"}},
        {"routine_versions", {"routine version", "routine versions"}}};
    std::map<std::pair<std::string, std::string>, int> counts;
    std::vector<std::pair<std::string, std::string>> order;
    for (const JournalChange& change : command.changes) {
        const std::string verb = change.before.empty() ? "added" : change.after.empty() ? "deleted" : "changed";
        const auto key = std::pair(change.table, verb);
        if (counts[key]++ == 0) order.push_back(key);
    }
    std::vector<std::string> parts;
    for (const auto& key : order) {
        const auto& [one, many] = nouns.at(key.first);
        const int n = counts[key];
        parts.push_back(std::to_string(n) + " " + (n == 1 ? one : many) + " " + key.second);
    }
    return join(parts);
}

/// "2026-11-23 09:00 CET" from "2026-11-23T08:00:00Z": the journal's UTC
/// instant in local time (TZ), as the person knows when they ran it; the
/// text as it is when it is not such an instant.
std::string when(const std::string& instant) {
    std::tm utc{};
    const char* end = strptime(instant.c_str(), "%Y-%m-%dT%H:%M:%S", &utc);
    if (!end || std::string_view(end) != "Z") return instant;
    const std::time_t moment = timegm(&utc);
    std::tm local{};
    char text[64];
    if (!localtime_r(&moment, &local) || !std::strftime(text, sizeof text, "%Y-%m-%d %H:%M %Z", &local))
        return instant;
    return text;
}

constexpr size_t kLinesShown = 10;

/// The days a pause row holds, [first, end); nullopt for no row, and no
/// end while it is open.
struct PausedDays {
    Date first;
    std::optional<Date> end;
};
std::optional<PausedDays> paused_days(const JournalChange& change, bool after) {
    if ((after ? change.after : change.before).empty()) return std::nullopt;
    const Json row = journal_row(after ? change.after : change.before);
    const auto first = parse_iso_date(field(row, "first_day"));
    if (!first) return std::nullopt;
    return PausedDays{*first, parse_iso_date(field(row, "resumed_on"))};
}

/// Why putting a pause row back as it was before `change` would rewrite a
/// day before `today`, or empty: some past day is paused under one and not
/// the other.
std::string pause_rewrites_past(const JournalChange& change, Date today) {
    const auto before = paused_days(change, false);
    const auto after = paused_days(change, true);
    const std::string exercise = field(journal_row(change.after.empty() ? change.before : change.after), "exercise");
    if (!before && after && after->first < today) return exercise + " was paused from " + to_iso(after->first);
    if (before && !after && before->first < today)
        return exercise + "'s pause from " + to_iso(before->first) + " was taken back";
    if (before && after && before->end != after->end) {
        const Date changed = !before->end ? *after->end : !after->end ? *before->end : std::min(*before->end, *after->end);
        if (changed < today) return exercise + " was due again from " + to_iso(changed);
    }
    return {};
}

/// Why reverting `command` would rewrite a day before `today`, or empty.
/// Taking back a skip or a pause, or an unskip or a resume, once its days
/// have passed would turn rested days into missed ones or missed days into
/// rested ones: every past day keeps the plan it had. An import is the
/// exception, since taking it back restores the log as it was before.
std::string rewrites_past(const JournalCommand& command, Date today) {
    if (command.name == "import") return {};
    for (const JournalChange& change : command.changes) {
        if (change.table == "skips" && (change.before.empty() || change.after.empty())) {
            const bool added = change.before.empty();
            const auto d = parse_iso_date(field(journal_row(added ? change.after : change.before), "day"));
            if (d && *d < today) return to_iso(*d) + (added ? " was skipped" : " was no longer skipped");
        } else if (change.table == "pauses") {
            if (std::string reason = pause_rewrites_past(change, today); !reason.empty()) return reason;
        }
    }
    return {};
}

/// The days from the earliest that `command` touched to the last: every
/// day of the rows it changed (an entry's or a skip's day, a pause's or a
/// routine version's first), as they were and as it left them, through the
/// day before `today`, which a pause or a version may reach.
std::optional<DateRange> touched_days(const JournalCommand& command, Date today) {
    std::optional<Date> first;
    for (const JournalChange& change : command.changes)
        for (const std::string* row : {&change.before, &change.after}) {
            const Json fields = journal_row(*row);
            for (const char* key : {"day", "first_day", "effective"})
                if (const auto day = parse_iso_date(field(fields, key)); day && (!first || *day < *first))
                    first = day;
        }
    if (!first || *first >= today) return std::nullopt;
    return DateRange{*first, add_days(today, -1)};
}

int list_undos(const Store* store, Date today, std::ostream& out) {
    const auto commands = store ? store->recent_commands(Store::kUndoDepth) : std::vector<JournalCommand>{};
    if (commands.empty()) {
        out << nothing_to_undo();
        return 0;
    }
    out << "The next undo reverts the first of these (newest first):\n";
    bool blocked = false;  // undo goes newest first, so one it refuses stops the ones below
    for (size_t i = 0; i < commands.size(); ++i) {
        const std::string number = std::to_string(i + 1) + ". ";
        const std::string indent(2 + number.size(), ' ');
        // The command as typed can be long (a note): it wraps under itself.
        out << hanging("  " + number + when(commands[i].performed_at) + "  ", terminal_safe(commands[i].command),
                       kLineWidth)
            << hanging(indent, summary(commands[i]), kLineWidth);
        const std::string reason = blocked ? std::string() : rewrites_past(commands[i], today);
        if (!reason.empty())
            out << hanging(indent, "cannot be undone: " + reason + ", and past days keep the plan they had",
                           kLineWidth);
        else if (blocked)
            out << indent << "out of reach: a command above cannot be undone\n";
        blocked = blocked || !reason.empty();
    }
    return 0;
}

}  // namespace

int run_undo(Store* store, bool list, Date today, bool quiet, const std::string& stretch, std::ostream& out,
             const Catalog* catalog, const Routine* routine) {
    if (list) return list_undos(store, today, out);
    if (store) {
        const auto next = store->recent_commands(1);
        const std::string reason = next.empty() ? std::string() : rewrites_past(next.front(), today);
        if (!reason.empty())
            throw Error(ErrorKind::usage,
                        "undoing \"" + terminal_safe(next.front().command) + "\" would change days that have passed (" +
                            reason + ")",
                        // The commands by name alone: the invocation six times over (with
                        // its --db) made the one line unreadable.
                        "past days keep the plan they had; `pause`, `resume`, `skip` and `unskip` change today "
                        "and later days, and `edit` and `delete` correct an entry");
    }
    // Judged on both sides of the revert, in its transaction; quiet says nothing, so judges nothing.
    JudgedDays before, after;
    std::function<void(const JournalCommand&, bool)> judge;
    if (catalog && !quiet)
        judge = [&](const JournalCommand& command, bool reverted) {
            (reverted ? after : before) = judge_days(*catalog, routine, *store, touched_days(command, today), today);
        };
    const auto undone = store ? store->undo_last(judge) : std::nullopt;
    if (quiet) return 0;
    if (!undone) {
        out << nothing_to_undo();
        if (store && store->first_day())
            out << "To remove an older entry, find its id with `" << stretch << " history` and run `" << stretch
                << " delete ID`.\n";
        return 0;
    }
    // A long command (a --note) wraps under itself, as `undo --list` wraps it.
    out << hanging("Undid ", "\"" + terminal_safe(undone->command) + "\" from " + when(undone->performed_at) + ":",
                   kLineWidth);
    for (size_t i = 0; i < undone->changes.size() && i < kLinesShown; ++i) {
        const auto lines = wrap(terminal_safe(reverted(undone->changes[i])), kLineWidth - 4);
        for (size_t l = 0; l < lines.size(); ++l) out << (l == 0 ? "  " : "    ") << lines[l] << "\n";
    }
    if (undone->changes.size() > kLinesShown)
        out << "  and " << count_of(undone->changes.size() - kLinesShown, "more change", "more changes") << "\n";
    out << judgement_changes(before, after);
    return 0;
}

void add_undo_command(CLI::App& app, Session& session) {
    auto list = std::make_shared<bool>(false);
    CLI::App* command = app.add_subcommand("undo", "Revert the last command that changed the log, whole");
    command->add_flag("--list", *list, "Show what the next undos would revert");
    command->callback([list, &session] {
        // Opening read-write only when a log exists keeps undo from creating one.
        auto existing = session.existing_store();
        if (*list || !existing) {
            session.exit_code = run_undo(existing ? &*existing : nullptr, *list, session.clock().today,
                                         session.options.quiet, session.invocation(), session.out);
            return;
        }
        existing.reset();
        // What stops keeping the derived data (routine files or a
        // config.toml that cannot be read, a damaged row) never stops the
        // undo: undo is how a mistake is taken back.
        // The routine only says which past days the revert judges otherwise:
        // without one, the undo goes ahead and says nothing of them.
        const Catalog* catalog = nullptr;
        try {
            catalog = &session.catalog();
        } catch (const Error&) {
        } catch (const std::filesystem::filesystem_error&) {
        }
        const Routine* routine = catalog ? session.main_routine_or_none(*catalog) : nullptr;
        Store store = session.writable_store_keeping_derived_if_it_can();
        session.exit_code = run_undo(&store, false, session.clock().today, session.options.quiet,
                                     session.invocation(), session.out, catalog, routine);
    });
}

}  // namespace stretch
