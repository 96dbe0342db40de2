#pragma once
/// Reading the log back as a user would, for the end-to-end tests.

#include <string>

#include <nlohmann/json.hpp>

#include "support/sandbox.h"

namespace stretch::testing {

/// The id `history` prints for the newest entry of the whole log.
inline std::string newest_id(const Sandbox& sandbox) {
    const auto json = nlohmann::json::parse(sandbox.run({"history", "--all", "--format", "json"}).out);
    return json["entries"].back()["id"].get<std::string>().substr(0, 8);
}

}  // namespace stretch::testing
