#include "routines/config_loader.h"

#include "core/date.h"
#include "core/error.h"
#include "routines/toml_reader.h"

namespace stretch {

namespace {

/// [pain_zones] fine_up_to = 3, stop_from = 6: the stop zone may not be
/// switched off (it is what keeps a painful stretch from being pushed),
/// nor start above kSeverePain, where stretch already says to leave the
/// routine for the day (a stretch that hurt that much must be paused, not
/// pushed further), and never starts at 0, where a pain-free stretch would
/// be paused.
PainZones parse_pain_zones(const toml::node& node, const TomlReader& parent) {
    const toml::table* table = node.as_table();
    if (!table) parent.fail_type(node, "pain_zones", "a table with fine_up_to and stop_from");
    const TomlReader reader(*table, parent.file(), "pain_zones", {"fine_up_to", "stop_from"});
    PainZones zones;
    zones.fine_up_to = reader.optional_int("fine_up_to", 0, kSeverePain - 1).value_or(zones.fine_up_to);
    zones.stop_from = reader.optional_int("stop_from", 1, kSeverePain).value_or(zones.stop_from);
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
    return zones;
}

}  // namespace

Config parse_config(std::string_view text, const std::filesystem::path& path) {
    const toml::table document = parse_toml(text, path);
    const TomlReader reader(document, path, "", {"routine", "week_start", "progression_days", "pain_zones"});
    Config config;
    config.routine = reader.optional_string("routine").value_or("");
    if (const toml::node* routine = reader.node("routine")) config.routine_at = reader.position_of(*routine);
    if (auto week_start = reader.optional_string("week_start")) {
        const auto index = parse_weekday(*week_start);
        if (!index) reader.fail_value(*reader.node("week_start"), "week_start", "a weekday such as \"mon\" or \"sun\"");
        config.week_start = *index;
    }
    if (const toml::node* zones = reader.node("pain_zones")) config.pain_zones = parse_pain_zones(*zones, reader);
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
