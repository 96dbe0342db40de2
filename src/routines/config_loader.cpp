#include "routines/config_loader.h"

#include "core/date.h"
#include "core/error.h"
#include "routines/toml_reader.h"

namespace stretch {

Config parse_config(std::string_view text, const std::filesystem::path& path) {
    const toml::table document = parse_toml(text, path);
    const TomlReader reader(document, path, "", {"routine", "week_start"});
    Config config;
    config.routine = reader.optional_string("routine").value_or("");
    if (auto week_start = reader.optional_string("week_start")) {
        const auto index = parse_weekday(*week_start);
        if (!index) reader.fail_value(*reader.node("week_start"), "week_start", "a weekday such as \"mon\" or \"sun\"");
        config.week_start = *index;
    }
    return config;
}

Config load_config(const std::filesystem::path& path, bool required) {
    const auto text = read_text_file(path);
    if (text) return parse_config(*text, path);
    if (required) throw Error(ErrorKind::no_input, path.string() + ": no such config file", "check STRETCH_CONFIG");
    return {};
}

}  // namespace stretch
