#include "render/json_text.h"

namespace stretch {

std::string to_json_text(nlohmann::ordered_json document) {
    // The fields are moved, not copied: a history of years is large.
    nlohmann::ordered_json versioned = {{"format_version", kJsonFormatVersion}};
    for (auto& [key, value] : document.items())
        if (key != "format_version") versioned[key] = std::move(value);
    return versioned.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace stretch
