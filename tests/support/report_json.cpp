#include "support/report_json.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

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

nlohmann::json with_pending_today(nlohmann::json report, const Sandbox& sandbox) {
    const auto today = report["range"]["today"];
    const auto& days = report["days"];
    const auto day = std::find_if(days.begin(), days.end(), [&](const auto& d) { return d["date"] == today; });
    if (day == days.end() || (*day)["status"] != "pending") return report;
    const auto history = sandbox.run({"history", "--days", "1", "--format", "json"});
    REQUIRE(history.exit_code == 0);
    std::map<std::string, int> reps;  // by exercise: a stretch logged twice is one day done
    const auto entries = nlohmann::json::parse(history.out);  // kept alive for the loop
    for (const auto& entry : entries["entries"]) {
        if (entry["kind"] != "stretch" || entry["day"] != today) continue;
        REQUIRE(entry["pain"].is_null());
        reps[entry["exercise"]] += entry["reps"].is_null() ? 0 : entry["reps"].get<int>();
    }
    for (auto& stretch : report["stretches"]) {
        const auto found = reps.find(stretch["id"]);
        if (found == reps.end()) continue;
        REQUIRE(stretch["days_planned"].get<int>() > 0);  // a routine stretch
        stretch["days_planned"] = stretch["days_planned"].get<int>() + 1;
        stretch["days_done"] = stretch["days_done"].get<int>() + 1;
        stretch["total_reps"] = stretch["total_reps"].get<int>() + found->second;
    }
    return report;
}

}  // namespace stretch::testing
