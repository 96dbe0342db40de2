#include "support/report_json.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace stretch::testing {

nlohmann::json json_report(const Sandbox& sandbox, const std::vector<std::string>& range) {
    std::vector<std::string> args = {"report", "--format", "json"};
    args.insert(args.end(), range.begin(), range.end());
    const auto result = sandbox.run(args);
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

nlohmann::json stretch_in(const nlohmann::json& report, const std::string& id) {
    for (const auto& stretch : report["stretches"])
        if (stretch["id"] == id) return stretch;
    FAIL("no " << id << " in the report's stretches");
    return {};
}

nlohmann::json without_rested_days(nlohmann::json report) {
    CHECK(report["consistency"].contains("rested_days"));
    report["consistency"].erase("rested_days");
    return report;
}

nlohmann::json released_report(const std::string& name, const Sandbox& sandbox) {
    return as_this_release(nlohmann::json::parse(read_file(STRETCH_TEST_FIXTURES "/" + name)), sandbox);
}

nlohmann::json as_this_release(nlohmann::json report, const Sandbox& sandbox) {
    const auto& range = report["range"];
    const std::string today = range["today"];
    std::map<std::string, std::string> status;  // by day
    for (const auto& day : report["days"]) status[day["date"]] = day["status"];
    const auto history = sandbox.run({"history", "--since", range["first"], "--until", range["last"], "--format", "json"});
    REQUIRE(history.exit_code == 0);
    const auto entries = nlohmann::json::parse(history.out);  // kept alive for the loop
    std::set<std::pair<std::string, std::string>> counted_done;  // (day, exercise): one day done however often
    for (const auto& entry : entries["entries"]) {
        const std::string day = entry["day"];
        const std::string& judged = status[day];
        if (entry["kind"] != "stretch" || day > today || judged == "complete" || judged == "partial" ||
            judged == "missed" || judged == "not-started")
            continue;  // counted before as now, or not a day of the routine
        REQUIRE(entry["pain"].is_null());
        auto& stretches = report["stretches"];
        const auto stretch = std::find_if(stretches.begin(), stretches.end(),
                                          [&](const auto& s) { return s["id"] == entry["exercise"]; });
        REQUIRE(stretch != stretches.end());
        if (!entry["reps"].is_null())
            (*stretch)["total_reps"] = (*stretch)["total_reps"].get<int>() + entry["reps"].get<int>();
        // Only today, still pending, adds days: one a stretch however often it was logged.
        if (judged != "pending" || !counted_done.insert({day, entry["exercise"]}).second) continue;
        if ((*stretch)["days_planned"].get<int>() > 0)  // a routine stretch, in these logs
            (*stretch)["days_planned"] = (*stretch)["days_planned"].get<int>() + 1;
        (*stretch)["days_done"] = (*stretch)["days_done"].get<int>() + 1;
    }
    // Each day also says its highest pain, given on its own, with a stretch or after a session.
    std::map<std::string, int> highest;  // by day
    for (const auto& entry : entries["entries"]) {
        if (entry["pain"].is_null()) continue;
        const auto [at, first] = highest.emplace(entry["day"], entry["pain"].get<int>());
        if (!first) at->second = std::max(at->second, entry["pain"].get<int>());
    }
    for (auto& day : report["days"]) {
        const auto found = highest.find(day["date"]);
        day["highest_pain"] = found == highest.end() ? nlohmann::json(nullptr) : nlohmann::json(found->second);
    }
    return report;
}

}  // namespace stretch::testing
