#include "routines/config_loader.h"

#include "core/date.h"
#include "core/error.h"
#include "routines/toml_reader.h"

namespace stretch {

namespace {

/// Zones that would not pause a stretch at kSeverePain, where stretch
/// already says to leave the routine for the day, taken as if the stop
/// zone began there: a stretch that hurt that much is paused, never pushed
/// further. Each key moved is a warning, not an error, so a config.toml
/// written before this rule still works (cron's remind, export) while it
/// says what to change.
void keep_severe_pain_stopping(PainZones& zones, const TomlReader& reader, std::vector<RoutineError>& adjusted) {
    const auto moved = [&](const char* key, int from, int to, const std::string& why) {
        const SourcePosition at = reader.position_of(*reader.node(key));
        adjusted.emplace_back(reader.file(), at.line, at.column,
                              std::string("pain_zones.") + key + ": " + std::to_string(from) + " is read as " +
                                  std::to_string(to) + why,
                              "set it to " + std::to_string(to) + " or lower");
    };
    if (zones.stop_from > kSeverePain) {
        moved("stop_from", zones.stop_from, kSeverePain,
              ": a pain of " + std::to_string(kSeverePain) + " or more always pauses a stretch");
        zones.stop_from = kSeverePain;
    }
    if (zones.fine_up_to >= zones.stop_from) {
        moved("fine_up_to", zones.fine_up_to, zones.stop_from - 1, ", below the stop zone");
        zones.fine_up_to = zones.stop_from - 1;
    }
}

/// [pain_zones] fine_up_to = 3, stop_from = 6: the stop zone may not be
/// switched off (it is what keeps a painful stretch from being pushed), and
/// never starts at 0, where a pain-free stretch would be paused; nor does
/// it start above kSeverePain (keep_severe_pain_stopping).
PainZones parse_pain_zones(const toml::node& node, const TomlReader& parent, std::vector<RoutineError>& adjusted) {
    const toml::table* table = node.as_table();
    if (!table) parent.fail_type(node, "pain_zones", "a table with fine_up_to and stop_from");
    const TomlReader reader(*table, parent.file(), "pain_zones", {"fine_up_to", "stop_from"});
    PainZones zones;
    zones.fine_up_to = reader.optional_int("fine_up_to", 0, 9).value_or(zones.fine_up_to);
    zones.stop_from = reader.optional_int("stop_from", 1, 10).value_or(zones.stop_from);
    if (zones.stop_from <= zones.fine_up_to) {
        // Named as written: the key given, measured against the other one,
        // which may be its default.
        const auto value = [&](const char* key, int score) {
            return std::to_string(score) + (reader.node(key) ? "" : ", the default");
        };
        if (reader.node("stop_from"))
            reader.fail_value(*reader.node("stop_from"), "stop_from",
                              "a score above fine_up_to (" + value("fine_up_to", zones.fine_up_to) + ")");
        reader.fail_value(*reader.node("fine_up_to"), "fine_up_to",
                          "a score below stop_from (" + value("stop_from", zones.stop_from) + ")");
    }
    keep_severe_pain_stopping(zones, reader, adjusted);
    return zones;
}

}  // namespace

Config parse_config(std::string_view text, const std::filesystem::path& path) {
    const toml::table document = parse_toml(text, path);
    const TomlReader reader(document, path, "", {"routine", "week_start", "progression", "progression_days", "pain_zones"});
    Config config;
    config.routine = reader.optional_string("routine").value_or("");
    if (const toml::node* routine = reader.node("routine")) config.routine_at = reader.position_of(*routine);
    if (auto week_start = reader.optional_string("week_start")) {
        const auto index = parse_weekday(*week_start);
        if (!index) reader.fail_value(*reader.node("week_start"), "week_start", "a weekday such as \"mon\" or \"sun\"");
        config.week_start = *index;
    }
    if (const toml::node* zones = reader.node("pain_zones"))
        config.pain_zones = parse_pain_zones(*zones, reader, config.adjusted);
    config.progression = reader.optional_bool("progression").value_or(config.progression);
    config.progression_days = reader.optional_int("progression_days", 1, kMaxProgressionDays).value_or(config.progression_days);
    return config;
}

Config load_config(const std::filesystem::path& path, bool required) {
    const auto text = read_text_file(path);
    if (text) return parse_config(*text, path);
    if (required) throw Error(ErrorKind::no_input, path.string() + ": no such config file", "check STRETCH_CONFIG");
    return {};
}

}  // namespace stretch
