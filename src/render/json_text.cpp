#include "render/json_text.h"

namespace stretch {

std::string to_json_text(nlohmann::ordered_json document) {
    // The fields are moved, not copied: a history of years is large.
    nlohmann::ordered_json versioned = {{"format_version", kJsonFormatVersion}};
    for (auto& [key, value] : document.items())
        if (key != "format_version") versioned[key] = std::move(value);
    return versioned.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void write_json_text(std::ostream& out, nlohmann::ordered_json document, const std::string& key,
                     const std::function<void(const JsonSink&)>& fill) {
    // The document is written with a marker where the array goes; the
    // marker's place is found in the text, and the elements go between.
    static const std::string marker = "stretch:streamed-array";
    document[key] = marker;
    const std::string text = to_json_text(std::move(document));
    const std::string placeholder = nlohmann::ordered_json(key).dump() + ": \"" + marker + "\"";
    const size_t at = text.find(placeholder);
    const size_t value_at = at + placeholder.size() - marker.size() - 2;
    out.write(text.data(), static_cast<std::streamsize>(value_at));
    bool first = true;
    fill([&](const nlohmann::ordered_json& element) {
        // A top-level key's array holds its elements four spaces in.
        std::string lines = element.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        std::string indented = first ? "[\n    " : ",\n    ";
        for (char c : lines) {
            indented += c;
            if (c == '\n') indented += "    ";
        }
        out << indented;
        first = false;
    });
    out << (first ? "[]" : "\n  ]");
    out << text.substr(at + placeholder.size());
}

}  // namespace stretch
