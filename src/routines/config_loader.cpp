#include "routines/config_loader.h"

#include <fstream>
#include <sstream>

#include "core/date.h"
#include "core/error.h"
#include "routines/toml_reader.h"

namespace stretch {

Config parse_config(std::string_view text, const std::filesystem::path& path) {
    toml::table document;
    try {
        document = toml::parse(text, path.string());
    } catch (const toml::parse_error& error) {
        throw RoutineError(path, static_cast<int>(error.source().begin.line),
                           static_cast<int>(error.source().begin.column),
                           "not valid TOML: " + std::string(error.description()));
    }
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
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::error_code ignored;
        if (std::filesystem::exists(path, ignored))
            throw Error(ErrorKind::io, path.string() + ": cannot be read", "check its permissions");
        if (required) throw Error(ErrorKind::no_input, path.string() + ": no such config file", "check STRETCH_CONFIG");
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_config(text.str(), path);
}

}  // namespace stretch
