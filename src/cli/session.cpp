#include "cli/session.h"

#include <cstdio>
#include <ctime>

#include "cli/day_summaries.h"
#include "cli/progress.h"
#include "cli/targets.h"
#include "core/error.h"
#include "core/suggest.h"
#include "core/text.h"
#include "routines/catalog_cache.h"
#include "routines/config_loader.h"
#include "routines/loader.h"
#include "store/snapshot_json.h"

namespace stretch {

namespace {

Date local_date(std::time_t instant) {
    std::tm local{};
    localtime_r(&instant, &local);
    return Date{std::chrono::year(local.tm_year + 1900),
                std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)),
                std::chrono::day(static_cast<unsigned>(local.tm_mday))};
}

/// "THH:MM" or "THH:MM:SS" after the date, and nothing else.
bool parse_time_of_day(const std::string& text, int& hour, int& minute, int& second) {
    int used = 0;
    if (text.size() == 6 && std::sscanf(text.c_str(), "T%2d:%2d%n", &hour, &minute, &used) == 2 && used == 6)
        return hour < 24 && minute < 60;
    if (text.size() == 9 && std::sscanf(text.c_str(), "T%2d:%2d:%2d%n", &hour, &minute, &second, &used) == 3 &&
        used == 9)
        return hour < 24 && minute < 60 && second < 61;
    return false;
}

/// Reads "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" as local time.
std::time_t parse_local_instant(const std::string& text) {
    const auto day = parse_iso_date(text.substr(0, 10));
    std::tm local{};
    int hour = 12, minute = 0, second = 0;
    if (!day || (text.size() > 10 && !parse_time_of_day(text.substr(10), hour, minute, second)))
        throw Error(ErrorKind::usage, "STRETCH_NOW='" + text + "' is not a date or date-time",
                    "use 2026-03-14 or 2026-03-14T07:30, or unset it");
    check_in_window(*day, "STRETCH_NOW=" + text);
    local.tm_year = static_cast<int>(day->year()) - 1900;
    local.tm_mon = static_cast<int>(static_cast<unsigned>(day->month())) - 1;
    local.tm_mday = static_cast<int>(static_cast<unsigned>(day->day()));
    local.tm_hour = hour;
    local.tm_min = minute;
    local.tm_sec = second;
    local.tm_isdst = -1;
    return std::mktime(&local);
}

}  // namespace

Clock Clock::from(const Environment& env) {
    const std::time_t instant = env.named("STRETCH_NOW") ? parse_local_instant(*env.named("STRETCH_NOW"))
                                                        : std::time(nullptr);
    return Clock{local_date(instant), std::chrono::system_clock::from_time_t(instant)};
}

const Clock& Session::clock() const {
    if (!clock_) clock_ = Clock::from(env);
    return *clock_;
}

namespace {

bool utf8_locale(const Environment& env) {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"})
        if (auto value = env.get(name)) {
            const std::string text = lower(*value);
            return text.find("utf-8") != std::string::npos || text.find("utf8") != std::string::npos;
        }
    return false;
}

}  // namespace

std::string Session::invocation() const {
    return options.db.empty() ? std::string("stretch") : "stretch --db " + shell_quoted(options.db);
}

Style Session::style() const {
    bool color = false;
    if (options.no_color || options.color == "never") color = false;
    else if (options.color == "always") color = true;
    else color = out_is_terminal && !env.get("NO_COLOR") && env.get("TERM").value_or("") != "dumb";
    return Style{color, utf8_locale(env)};
}

Style Session::style_for(const std::string& output) const {
    Style chosen = style();
    if (!output.empty() && output != "-" && options.color != "always") chosen.color = false;
    return chosen;
}

const Catalog& Session::catalog() const {
    if (!catalog_) {
        const auto directories = sources().directories();
        const auto cache = cache_directory(env);
        Catalog loaded = cache ? load_catalog_cached(directories, *cache / "catalog") : load_catalog(directories);
        // config.toml's progression, progression_days and pain zones become
        // part of each routine that does not set its own, so they are
        // recorded with the routine's version: changing them later changes
        // today on, never a past plan. Kept only once that is done: a config
        // error leaves no catalog without them behind.
        const Config& settings = config();
        loaded.may_go_on_record = !sources().named_for_run && !sources().user.empty();
        for (auto& [id, routine] : loaded.routines) {
            if (!routine.progression && !settings.progression) routine.progression = false;
            if (!routine.progression_days && settings.progression_days != kDefaultProgressionDays)
                routine.progression_days = settings.progression_days;
            if (settings.pain_zones != PainZones{}) routine.pain_zones = settings.pain_zones;
        }
        catalog_ = std::move(loaded);
    }
    return *catalog_;
}

void Session::warn(const Error& error, const std::string& still_done) const {
    err << "stretch: warning: " << terminal_safe(error.what())
        << (error.hint().empty() ? "" : "; " + terminal_safe(error.hint()))
        << (still_done.empty() ? "" : " (" + still_done + ")") << "\n";
}

const Catalog* Session::catalog_if_usable(const std::string& still_done) const {
    // What the run names outright and is not there stops the command, as
    // documented: a --routines or STRETCH_ROUTINES that is no directory,
    // and a STRETCH_CONFIG that is no file (config() says so, exit 66).
    sources();
    std::error_code unreadable;
    if (env.named("STRETCH_CONFIG") && !std::filesystem::exists(config_path(), unreadable)) config();
    try {
        return &catalog();
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::usage) throw;
        warn(error, still_done);
        return nullptr;
    }
}

std::filesystem::path Session::config_path() const {
    if (auto named = env.named("STRETCH_CONFIG")) return *named;
    const auto directory = config_directory(env);
    return directory ? *directory / "config.toml" : std::filesystem::path();
}

const Config& Session::config() const {
    if (!config_) {
        const auto path = config_path();
        config_ = path.empty() ? Config{} : load_config(path, env.named("STRETCH_CONFIG").has_value());
        for (const RoutineError& adjusted : config_->adjusted) warn(adjusted, "");
    }
    return *config_;
}

const Routine& Session::routine(const std::string& requested, const Catalog& catalog) const {
    if (!requested.empty() && !catalog.routines.contains(requested)) refuse_retired(requested);
    if (!requested.empty()) return catalog.find_routine(requested);
    const std::string configured = config().routine;
    if (configured.empty()) return catalog.default_routine();
    if (auto it = catalog.routines.find(configured); it != catalog.routines.end()) return it->second;
    // Its file gone, with days on record: say so, where config.toml names it.
    if (const auto store = existing_store(); store && store->plan_record().versions.contains(configured))
        throw RoutineError(config_path(), config().routine_at.line, config().routine_at.column,
                           "routine: '" + terminal_safe(configured) + "' is retired: its file is gone",
                           "name another routine here or restore its file; `" +
                               routine_command(invocation(), "report", configured) + "` still shows its past days");
    const auto near = closest(configured, catalog.routine_ids());
    throw RoutineError(config_path(), config().routine_at.line, config().routine_at.column,
                       "routine: no routine called '" + terminal_safe(configured) + "'",
                       near ? "did you mean '" + *near + "'?" : "`stretch list` shows the routines");
}

void Session::refuse_retired(const std::string& requested) const {
    const auto store = existing_store();
    if (!store || !store->plan_record().versions.contains(requested)) return;
    const std::string id = terminal_safe(requested);
    throw Error(ErrorKind::usage, "routine '" + id + "' is retired: its file is gone, so it asks for nothing and takes no new entries",
                "`" + routine_command(invocation(), "report", requested) +
                    "` still shows its past days; restore its file to use it again");
}

const Routine& Session::routine_of_record(const std::string& requested, const Catalog& catalog,
                                          const Store* store) const {
    if (requested.empty() || !store || catalog.routines.contains(requested)) return routine(requested, catalog);
    const PlanRecord& record = store->plan_record();
    const auto versions = record.versions.find(requested);
    if (versions == record.versions.end() || versions->second.empty()) return routine(requested, catalog);
    retired_ = retired_routine(versions->second.back().routine());
    return *retired_;
}

std::filesystem::path Session::database() const { return database_path(env, options.db); }

ZonesUntilNow Session::zones_until_now() const {
    return [this] {
        try {
            return config().pain_zones;
        } catch (const Error& error) {
            throw Error(error.kind(),
                        std::string(error.what()) + " (upgrading the log to this release reads config.toml, to "
                                                    "record the pain zones its past days were judged by)",
                        (error.hint().empty() ? "mend it" : error.hint()) + "; the log is left as it was till then");
        }
    };
}

std::optional<Store> Session::existing_store() const { return Store::open_existing(database(), zones_until_now()); }

const RoutineSources& Session::sources() const {
    if (!sources_) sources_ = routine_sources(env, options.routines);
    return *sources_;
}

namespace {

/// Whether a read puts `in_files` on record: the routine shown when its
/// files differ from the record; the gentle routine only when its change
/// would judge a settled today otherwise (whether it kept today is part of
/// how the shown routine's today is judged). Either, put back as it is in
/// force, drops the change that waited (it never alters today, being what
/// today already has).
bool to_record(const Store& store, const Catalog& catalog, const RoutineSnapshot& in_files, bool shown,
               Date clock_today) {
    const PlanRecord& record = store.plan_record();
    const std::string stored = snapshot_to_json(in_files);
    if (!differs_from_record(record, in_files, clock_today, stored))
        return waiting_change_put_back(record, in_files, stored, [&] { return log_today_of(store, clock_today); });
    return shown || change_alters_settled_today(store, catalog, in_files, clock_today);
}

}  // namespace

void Session::put_on_record(std::optional<Store>& store, const Catalog& catalog, const Routine& routine,
                            const DateRange& shown) const {
    // A past day's plan is the one of record. Today and later days follow
    // the files, so a plan shown for them (a sheet printed for tomorrow,
    // logged the day after with --date) is recorded as shown: otherwise that
    // day would be judged by the version in force when the next command ran.
    // A routine whose file is gone (routine_of_record gave it as retired) is
    // put on record as retired, as the next write would: from tomorrow when
    // today was settled by it, so that a report read before that write
    // judges today as after it.
    if (shown.last < clock().today || !store || !catalog.may_go_on_record ||
        store->plan_record().versions.empty())
        return;
    // The gentle routine too (see to_record).
    std::vector<RoutineSnapshot> changed;
    const auto gentle = catalog.routines.find(std::string(kGentleRoutine));
    const Routine* gentle_routine = gentle == catalog.routines.end() || routine.id == kGentleRoutine ? nullptr
                                                                                                     : &gentle->second;
    for (const Routine* shown_or_gentle : {&routine, gentle_routine}) {
        if (!shown_or_gentle) continue;
        RoutineSnapshot in_files = snapshot_of(catalog, *shown_or_gentle);
        try {
            if (to_record(*store, catalog, in_files, shown_or_gentle == &routine, clock().today))
                changed.push_back(std::move(in_files));
        } catch (const Error&) {
            return;  // a damaged version: the command that reads it says so
        }
    }
    if (changed.empty()) return;
    store.reset();
    try {
        Store writable = writable_store();
        writable.give_way();
        writable.atomically([&] {
            const Date today = log_today_of(writable, clock().today);  // see record_routines
            writable.record_routines(changed, today, utc_timestamp(clock().now), false,
                                     [&](const RoutineSnapshot& change) {
                                         return change_alters_settled_today(writable, catalog, change, today);
                                     });
        });
    } catch (const Error&) {
        // Unwritable or busy: read as it is.
    }
    if (auto again = existing_store()) store.emplace(std::move(*again));
}

Store Session::writable_store() const {
    Store store = writable_store(database());
    store.on_close([this](const Store& closing) { log_changed = log_changed || closing.changed(); });
    return store;
}

Store Session::writable_store(const std::filesystem::path& path) const {
    Store store = Store::open_for_writing(path, zones_until_now());
    store.journal_as(command_line, command_name, utc_timestamp(clock().now));
    store.before_commit([this](Store& changed) { refresh_derived(changed); });
    return store;
}

const Routine* Session::routine_if_found(const std::string& requested, const Catalog* catalog,
                                         const std::string& still_done) const {
    if (!catalog) return nullptr;
    if (!requested.empty()) return &routine(requested, *catalog);
    try {
        return &routine({}, *catalog);
    } catch (const Error& error) {
        warn(error, still_done);
        return nullptr;
    }
}

const Routine* Session::main_routine_or_none(const Catalog& catalog) const {
    try {
        return &routine({}, catalog);
    } catch (const Error&) {
        return nullptr;
    }
}

Store Session::writable_store_without_catalog() const {
    Store store = writable_store();
    // The summaries the change clears are filled in again by the next write
    // that can read the files; reports read the entries until then.
    store.before_commit([](Store&) {});
    return store;
}

Store Session::writable_store_keeping_derived_if_it_can() const {
    Store store = writable_store();
    store.before_commit([this](Store& changed) { changed.attempt([&] { refresh_derived(changed); }); });
    return store;
}

void Session::refresh_derived(Store& store) const {
    refresh_day_summaries(store, catalog(), clock().today);
    refresh_progress(store, catalog(), clock().today);
}

}  // namespace stretch
