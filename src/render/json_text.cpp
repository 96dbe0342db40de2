#include "render/json_text.h"

namespace stretch {

std::string to_json_text(const nlohmann::ordered_json& document) {
    nlohmann::ordered_json versioned = {{"format_version", kJsonFormatVersion}};
    for (const auto& [key, value] : document.items())
        if (key != "format_version") versioned[key] = value;
    return versioned.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace stretch
