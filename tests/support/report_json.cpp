#include "support/report_json.h"

#include <catch2/catch.hpp>

namespace stretch::testing {

nlohmann::json json_report(const Sandbox& sandbox, const std::vector<std::string>& range) {
    std::vector<std::string> args = {"report", "--format", "json"};
    args.insert(args.end(), range.begin(), range.end());
    const auto result = sandbox.run(args);
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

nlohmann::json without_rested_days(nlohmann::json report) {
    CHECK(report["consistency"].contains("rested_days"));
    report["consistency"].erase("rested_days");
    return report;
}

}  // namespace stretch::testing
