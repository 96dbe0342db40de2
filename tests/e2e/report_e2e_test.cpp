// End-to-end: a known history logged through the real commands, then the
// report checked number by number in every format and range.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/report_json.h"
#include "support/sandbox.h"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using stretch::testing::json_report;
using stretch::testing::Sandbox;
using stretch::testing::stretch_in;

namespace {

/// November 2026, seen on Sunday the 22nd at 20:00, before today's stretches:
///   complete: 2, 3, 5, 9-13, 16-21; partial: 4 (2 of 10); missed: the rest.
/// Pain: 6 on the 2nd and 4th (week of 2 Nov, mean 6), 5 and 4 (week of 9 Nov,
/// mean 4.5), 3, 3, 2 (week of 16 Nov, mean 2.67).
void log_november(const Sandbox& sandbox) {
    for (const char* day : {"2026-11-02", "2026-11-03", "2026-11-05", "2026-11-09", "2026-11-10", "2026-11-11",
                            "2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19",
                            "2026-11-20", "2026-11-21"})
        REQUIRE(sandbox.run({"log", "--all", "--date", day}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "spine", "--date", "2026-11-04", "--pain", "3"}).exit_code == 0);
    for (auto [day, score] : std::vector<std::pair<const char*, const char*>>{
             {"2026-11-02", "6"}, {"2026-11-04", "6"}, {"2026-11-09", "5"}, {"2026-11-12", "4"},
             {"2026-11-16", "3"}, {"2026-11-19", "3"}, {"2026-11-22", "2"}})
        REQUIRE(sandbox.run({"pain", score, "--date", day}).exit_code == 0);
}

}  // namespace

TEST_CASE("report --month --format json, field by field", "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    log_november(sandbox);
    const auto r = json_report(sandbox, {"--month"});

    CHECK(r["range"] == nlohmann::json({{"first", "2026-11-01"}, {"last", "2026-11-30"}, {"today", "2026-11-22"}}));
    CHECK(r["routine"]["id"] == "lower-back");

    // 20 counted days: Nov 2-21 (the 1st is before the first entry, today is
    // pending, the 23rd on is future). Complete: 2, 3, 5, 9-13, 16-21 = 14;
    // partial: the 4th; missed: 6, 7, 8, 14, 15 = 5.
    const auto& c = r["consistency"];
    CHECK(c["scheduled_days"] == 20);
    CHECK(c["complete_days"] == 14);
    CHECK(c["partial_days"] == 1);
    CHECK(c["missed_days"] == 5);
    CHECK(c["percent"] == Approx(70.0));  // 14 / 20
    CHECK(c["stretches_done"] == 142);    // 14 x 10 + 2
    CHECK(c["stretches_planned"] == 200); // 20 x 10
    CHECK(c["current_streak"] == 6);      // 16-21; today does not break it
    CHECK(c["longest_streak"] == 6);      // 9-13 is only 5

    const auto& p = r["pain"];
    CHECK(p["count"] == 7);
    CHECK(p["mean"] == Approx(4.1));      // 29 / 7
    CHECK(p["lowest"] == 2);
    CHECK(p["highest"] == 6);
    CHECK(p["first_week_mean"] == Approx(6.0));
    CHECK(p["last_week_mean"] == Approx(2.7));  // 8 / 3
    CHECK(p["change"] == Approx(-3.3));
    CHECK(p["change_percent"] == Approx(-55.6));
    CHECK(p["direction"] == "better");
    // The first week has 2 scores, fewer than the 3 a verdict needs.
    CHECK(p["first_week_scores"] == 2);
    CHECK(p["last_week_scores"] == 3);
    CHECK(p["min_scores_to_judge"] == 3);
    CHECK(p["meaningful"].is_null());
    CHECK(p["by_adherence"]["adherent_weeks"] == 1);     // the week of 16 Nov: 6 of 6
    CHECK(p["by_adherence"]["adherent_mean"] == Approx(2.7));
    CHECK(p["by_adherence"]["other_weeks"] == 2);        // 4 of 7 and 5 of 7
    CHECK(p["by_adherence"]["other_mean"] == Approx(5.3)); // (6 + 4.5) / 2

    REQUIRE(r["weeks"].size() == 6);  // weeks starting 26 Oct ... 30 Nov
    CHECK(r["weeks"][1]["start"] == "2026-11-02");
    CHECK(r["weeks"][1]["scheduled_days"] == 7);
    CHECK(r["weeks"][1]["complete_days"] == 3);
    CHECK(r["weeks"][1]["mean_pain"] == Approx(6.0));
    CHECK(r["weeks"][3]["consistency_percent"] == Approx(100.0));

    REQUIRE(r["stretches"].size() == 10);
    CHECK(r["stretches"][0]["id"] == "spine-stretch");
    CHECK(r["stretches"][0]["days_done"] == 15);
    CHECK(r["stretches"][0]["days_planned"] == 20);
    // Its targets rose as it went (3 fine days a step, core/progression.h):
    // 6 on the 2nd, 3rd and 5th (and the 4th, logged last with the two days
    // before it), 7 on the 9th-11th, 8 from the 12th: 4 x 6 + 3 x 7 + 8 x 8.
    CHECK(r["stretches"][0]["total_reps"] == 109);
    CHECK(r["stretches"][0]["mean_pain"] == Approx(3.0));
    CHECK(r["stretches"][1]["days_done"] == 14);
    CHECK(r["stretches"][1]["mean_pain"].is_null());

    REQUIRE(r["days"].size() == 30);
    CHECK(r["days"][3] == nlohmann::json({{"date", "2026-11-04"}, {"weekday", "wed"}, {"status", "partial"},
                                          {"planned", 10}, {"done", 2}, {"pain", 6.0}, {"highest_pain", 6},
                                          {"paused", nlohmann::json::array()}}));
    CHECK(r["days"][0]["status"] == "not-started");
    CHECK(r["days"][5]["status"] == "missed");
    CHECK(r["days"][21]["status"] == "pending");
    CHECK(r["days"][22]["status"] == "future");
}

TEST_CASE("report's default range is this week, and today counts once complete", "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    log_november(sandbox);
    auto r = json_report(sandbox, {});
    CHECK(r["range"]["first"] == "2026-11-16");
    CHECK(r["range"]["last"] == "2026-11-22");
    CHECK(r["consistency"]["scheduled_days"] == 6);
    CHECK(r["consistency"]["percent"] == Approx(100.0));
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    r = json_report(sandbox, {"--week"});
    CHECK(r["consistency"]["scheduled_days"] == 7);
    CHECK(r["consistency"]["current_streak"] == 7);
}

TEST_CASE("on the first day, the table of stretches shows at once what was done, and nothing not yet done",
          "[e2e][report]") {
    Sandbox sandbox("2026-12-01T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10", "--pain", "2"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "4"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "spine-stretch", "--reps", "8"}).exit_code == 0);
    const auto r = json_report(sandbox, {"--week"});
    CHECK(r["consistency"]["scheduled_days"] == 0);  // today is not judged until it is over
    CHECK(stretch_in(r, "bridge")["days_done"] == 1);  // logged twice, one day
    CHECK(stretch_in(r, "bridge")["days_planned"] == 1);
    CHECK(stretch_in(r, "bridge")["total_reps"] == 14);
    CHECK(stretch_in(r, "bridge")["mean_pain"] == Approx(2.0));
    CHECK(stretch_in(r, "spine-stretch")["total_reps"] == 8);
    CHECK(stretch_in(r, "hip-stretch")["days_planned"] == 0);  // not done yet: no 0/1 against today
    const auto text = sandbox.run({"report", "--week"}).out;
    CHECK_THAT(text, Contains("  Bridge                           1/1     14         2.0"));
    // The counts above the table leave today out, and say where it is.
    CHECK_THAT(text, Contains("\n  Today so far: 2 of 10 stretches done; today is judged once it is over\n"));
    CHECK_THAT(sandbox.run({"report", "--week", "-f", "markdown"}).out,
               Contains("| today so far | 2 of 10 stretches done; today is judged once it is over |"));
    CHECK_THAT(sandbox.run({"report", "--week", "-f", "html"}).out,
               Contains("<p>Today so far: 2 of 10 stretches done; today is judged once it is over.</p>"));
    CHECK_THAT(sandbox.run({"report", "--last-week"}).out, !Contains("Today so far"));
    // Once the day is over, it is judged whole: partial, every stretch planned.
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    const auto next = json_report(sandbox, {"--week"});
    CHECK(next["consistency"]["partial_days"] == 1);
    REQUIRE(next["stretches"].size() == 10);
    for (const auto& s : next["stretches"]) CHECK(s["days_planned"] == 1);
}

TEST_CASE("what was done and how it hurt stays in the table of stretches however the day is judged",
          "[e2e][report][safety]") {
    Sandbox sandbox("2026-12-01T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10", "--pain", "8"}).exit_code == 0);
    const auto bridge = [&](const std::vector<std::string>& range) {
        return stretch_in(json_report(sandbox, range), "bridge");
    };
    CHECK(bridge({"--week"})["total_reps"] == 10);
    CHECK(bridge({"--week"})["highest_pain"] == 8);
    // The next day, the first is rested after that pain: not counted, but
    // the bridge done and its 8/10 are still there for the therapist.
    sandbox.env["STRETCH_NOW"] = "2026-12-02T08:00:00";
    CHECK(json_report(sandbox, {"--week"})["consistency"]["rested_days"] == 1);
    const auto rested = bridge({"--week"});
    CHECK(rested["total_reps"] == 10);
    CHECK(rested["highest_pain"] == 8);
    CHECK(rested["days_planned"] == 0);  // a rested day plans nothing that counts
    // A day kept by the gentle routine keeps its stretches' reps too.
    for (const std::string id : {"spine-stretch", "pelvic-tilts", "deep-abdominal", "lower-stomach-stretch"})
        REQUIRE(sandbox.run({"log", id, "--reps", "6", "--routine", "gentle"}).exit_code == 0);
    const auto gentle = json_report(sandbox, {"--week"});
    CHECK(gentle["days"][2]["date"] == "2026-12-02");
    CHECK(gentle["days"][2]["status"] == "gentle");  // kept, not merely still pending
    CHECK(stretch_in(gentle, "pelvic-tilts")["total_reps"] == 6);
}

TEST_CASE("a day set aside keeps the reps and pain of what was done on it", "[e2e][report]") {
    Sandbox sandbox("2026-12-02T08:00:00");
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "10", "--pain", "3"}).exit_code == 0);
    REQUIRE(sandbox.run({"skip", "--reason", "travel"}).exit_code == 0);
    const auto r = json_report(sandbox, {"--week"});
    CHECK(r["days"][2]["status"] == "skipped");
    CHECK(stretch_in(r, "bridge")["total_reps"] == 10);
    CHECK(stretch_in(r, "bridge")["highest_pain"] == 3);
    CHECK(stretch_in(r, "bridge")["days_planned"] == 0);  // a skipped day plans nothing that counts
    CHECK(stretch_in(r, "bridge")["days_done"] == 0);
}

TEST_CASE("today, a stretch outside the routine counts as done at once, and one left says so in the singular",
          "[e2e][report]") {
    Sandbox sandbox("2026-12-02T08:00:00");
    sandbox.write(".config/stretch/routines/one.toml",
                  "[routine]\nid = \"one\"\nname = \"One\"\ndays = \"daily\"\n"
                  "steps = [ { exercise = \"bridge\" } ]\n");
    REQUIRE(sandbox.run({"log", "spine-stretch", "--routine", "one"}).exit_code == 0);
    const auto r = json_report(sandbox, {"--week", "--routine", "one"});
    CHECK(stretch_in(r, "spine-stretch")["days_done"] == 1);
    CHECK(stretch_in(r, "spine-stretch")["days_planned"] == 0);  // not the routine's
    CHECK(stretch_in(r, "bridge")["days_planned"] == 0);          // not done yet: no 0/1 against today
    const auto text = sandbox.run({"report", "--week", "--routine", "one"}).out;
    CHECK_THAT(text, Contains("\n  Today so far: 0 of 1 stretch done; today is judged once it is over\n"));
    // Done on a day, planned on none: not "1/0", more done than asked.
    CHECK_THAT(text, Contains("  Spine Stretch                1 extra"));
    CHECK_THAT(text, Contains("  Bridge                           0/0"));
}

TEST_CASE("a routine taken up later adds up nothing from the days before it was in use", "[e2e][report]") {
    Sandbox sandbox("2026-11-16T08:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    sandbox.write(sandbox.user_routines() / "short.toml",
                  "[routine]\nid = \"short\"\nname = \"Short\"\ndays = \"daily\"\n"
                  "steps = [{ exercise = \"bridge\" }, { exercise = \"bird-dog\" }]\n");
    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "9", "--routine", "short"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-26T08:00:00";
    for (const std::vector<std::string>& range : {std::vector<std::string>{"--all"}, {"--since", "2026-11-25"}}) {
        auto args = range;
        args.insert(args.end(), {"--routine", "short"});
        const auto r = json_report(sandbox, args);
        INFO(range.front());
        REQUIRE(r["stretches"].size() == 2);  // the 16th's other stretches were not this routine's
        CHECK(r["stretches"][0]["id"] == "bridge");
        CHECK(r["stretches"][0]["total_reps"] == 9);
    }
}

TEST_CASE("a routine whose file went adds up nothing logged after it went", "[e2e][report]") {
    Sandbox sandbox("2026-11-23T08:00:00");
    const auto file = sandbox.write(sandbox.user_routines() / "mine.toml",
                                    "[routine]\nid = \"mine\"\nname = \"Mine\"\ndays = \"daily\"\n"
                                    "steps = [{ exercise = \"bridge\" }]\n");
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "5", "--routine", "mine"}).exit_code == 0);
    std::filesystem::remove(file);
    sandbox.env["STRETCH_NOW"] = "2026-11-25T08:00:00";
    REQUIRE(sandbox.run({"log", "bridge", "--reps", "100", "--pain", "9"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-11-26T08:00:00";
    const auto r = json_report(sandbox, {"--all", "--routine", "mine"});
    REQUIRE(r["stretches"].size() == 1);
    CHECK(r["stretches"][0]["total_reps"] == 5);  // not the lower-back routine's 100
    CHECK(r["stretches"][0]["highest_pain"].is_null());
}

TEST_CASE("every range option picks the days the README says", "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    log_november(sandbox);
    auto range = [&](std::vector<std::string> args) {
        const auto r = json_report(sandbox, std::move(args));
        return r["range"]["first"].get<std::string>() + ".." + r["range"]["last"].get<std::string>();
    };
    CHECK(range({"--week"}) == "2026-11-16..2026-11-22");
    CHECK(range({"--last-week"}) == "2026-11-09..2026-11-15");
    CHECK(range({"--month"}) == "2026-11-01..2026-11-30");
    CHECK(range({"--year"}) == "2026-01-01..2026-12-31");
    CHECK(range({"--days", "10"}) == "2026-11-13..2026-11-22");
    // No day before the first stretch keeps, as --since refuses one.
    CHECK(range({"--days", "36600"}) == "2000-01-01..2026-11-22");
    CHECK(range({"--since", "2026-11-05"}) == "2026-11-05..2026-11-22");
    CHECK(range({"--since", "2026-11-05", "--until", "fri"}) == "2026-11-05..2026-11-20");
    CHECK(range({"--all"}) == "2026-11-02..2026-11-22");
    const auto last_week = json_report(sandbox, {"--last-week"});
    CHECK(last_week["consistency"]["complete_days"] == 5);
    CHECK(last_week["consistency"]["missed_days"] == 2);
    CHECK(last_week["consistency"]["longest_streak"] == 5);

    CHECK(sandbox.run({"report", "--week", "--all"}).exit_code == 64);
    CHECK(sandbox.run({"report", "--until", "fri"}).exit_code == 64);
    CHECK(sandbox.run({"report", "--since", "2026-11-20", "--until", "2026-11-10"}).exit_code == 64);
    CHECK(sandbox.run({"report", "--days", "0"}).exit_code == 64);
}

TEST_CASE("report as text: numbers, calendar and pain in plain words, no colour off a terminal",
          "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    log_november(sandbox);
    const auto result = sandbox.run({"report", "--month"});
    REQUIRE(result.exit_code == 0);
    const auto& out = result.out;
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK_THAT(out, Contains("Consistency: 70% (14 of 20"));
    CHECK_THAT(out, Contains("Streak: current 6 days, longest 6 days"));
    CHECK_THAT(out, Contains("   2 Nov   #  #  +  #  .  .  .\n"));
    CHECK_THAT(out, Contains("  16 Nov   #  #  #  #  #  #  o\n"));
    CHECK(out.find(" \n") == std::string::npos);  // no line ends in blanks, not even a week cut by the range
    CHECK_THAT(out, Contains("# complete  + partial  . missed"));
    CHECK_THAT(out, Contains("Pain (0-10): 7 scores, mean 4.1, lowest 2, highest 6"));
    CHECK_THAT(out, Contains("By week: _653__"));
    CHECK_THAT(out, Contains("Pain went down 3.3 points (56%)"));
    CHECK_THAT(out, Contains("not enough scores yet"));
    CHECK_THAT(out, Contains("at least 80%"));
    for (size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
        INFO(out.substr(start, end - start));
        CHECK(end - start <= 80);
    }
}

TEST_CASE("report as CSV has one row per day under a header", "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    log_november(sandbox);
    const auto csv = sandbox.run({"report", "--month", "--format", "csv"}).out;
    CHECK_THAT(csv, StartsWith("date,weekday,status,planned,done,pain,paused,highest_pain\r\n"));
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 31);
    CHECK_THAT(csv, Contains("2026-11-04,wed,partial,10,2,6.0,,6\r\n"));
    CHECK_THAT(csv, Contains("2026-11-22,sun,pending,10,0,2.0,,2\r\n"));
    CHECK_THAT(csv, Contains("2026-11-30,mon,future,10,0,,,\r\n"));
}

TEST_CASE("a day rested after a stretch hurt says the pain it rested for, for a therapist", "[e2e][report]") {
    Sandbox sandbox("2026-12-01T09:00:00");
    REQUIRE(sandbox.run({"log", "--all"}).exit_code == 0);
    REQUIRE(sandbox.run({"pain", "3"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-12-02T09:00:00";
    REQUIRE(sandbox.run({"log", "bridge", "--pain", "8"}).exit_code == 0);
    sandbox.env["STRETCH_NOW"] = "2026-12-03T09:00:00";
    // "pain" is the day's own scores, for the trend; "highest_pain" any pain given that day.
    const auto csv = sandbox.run({"report", "--month", "--format", "csv"}).out;
    CHECK_THAT(csv, Contains("2026-12-01,tue,complete,10,10,3.0,,3\r\n"));
    CHECK_THAT(csv, Contains("2026-12-02,wed,rested,10,1,,,8\r\n"));
    CHECK_THAT(sandbox.run({"report", "--month", "--format", "markdown"}).out,
               Contains("| Wed 2026-12-02 | rested | - | - | 8 |\n"));
    const auto json = nlohmann::json::parse(sandbox.run({"report", "--month", "--format", "json"}).out);
    CHECK(json["days"][1]["highest_pain"] == 8);
    CHECK(json["days"][1]["pain"].is_null());
    CHECK(json["days"][2]["highest_pain"].is_null());
}

TEST_CASE("report as Markdown, for notes or a therapist", "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    log_november(sandbox);
    const auto md = sandbox.run({"report", "--month", "--format", "markdown"}).out;
    CHECK_THAT(md, StartsWith("# Stretch report: Lower back relief\n"));
    CHECK_THAT(md, Contains("| consistency | 70% |"));
    CHECK_THAT(md, Contains("| Spine Stretch | 15 / 20 | 0 | 109 | 3.0 |"));
    CHECK_THAT(md, Contains("| 2026-11-16 | 100% | 3 | 2.7 |"));
    CHECK_THAT(md, Contains("- Pain went down 3.3 points (56%)"));
}

TEST_CASE("report on a routine for three weekdays, and with no log at all", "[e2e][report]") {
    Sandbox sandbox("2026-11-22T20:00:00");
    sandbox.write(".config/stretch/routines/mwf.toml",
                  "[routine]\nname = \"MWF\"\ndays = [\"mon\", \"wed\", \"fri\"]\nsteps = [{ exercise = \"bridge\" }]\n");
    // Before the first entry nothing is missed: nobody was using stretch yet.
    const auto empty = json_report(sandbox, {"--routine", "mwf"});
    CHECK(empty["consistency"]["scheduled_days"] == 0);
    CHECK(empty["consistency"]["missed_days"] == 0);
    CHECK(empty["consistency"]["percent"].is_null());
    CHECK(empty["days"][0]["status"] == "not-started");
    CHECK(empty["pain"]["count"] == 0);
    CHECK(empty["pain"]["mean"].is_null());
    CHECK_FALSE(std::filesystem::exists(sandbox.database()));

    REQUIRE(sandbox.run({"log", "bridge", "--date", "mon"}).exit_code == 0);
    REQUIRE(sandbox.run({"log", "bridge", "--date", "fri"}).exit_code == 0);
    const auto r = json_report(sandbox, {"--routine", "mwf"});
    CHECK(r["consistency"]["complete_days"] == 2);
    CHECK(r["consistency"]["missed_days"] == 1);
    CHECK(r["days"][1]["status"] == "not-scheduled");
    CHECK(r["consistency"]["current_streak"] == 1);
    const auto text = sandbox.run({"report", "--routine", "mwf"}).out;
    CHECK_THAT(text, Contains("#  -  .  -  #  -  -\n"));
    CHECK_THAT(text, Contains("no scores in this range"));
}

TEST_CASE("Markdown prints names from routine files as text, not markup", "[e2e][report]") {
    Sandbox sandbox;
    sandbox.write(".config/stretch/routines/odd.toml", R"(
[exercise.knee-hug]
name = "Knee | Hug *now*"
position = "on your back"
targets = ["lower back"]
reps = 5
steps = ["Hug your knees."]
breathing = "Slowly."

[routine]
name = "My _routine_ # 1"
steps = [{ exercise = "knee-hug" }]
)");
    REQUIRE(sandbox.run({"log", "knee-hug", "-r", "odd"}).exit_code == 0);
    const auto md = sandbox.run({"report", "-r", "odd", "--format", "markdown"}).out;
    CHECK_THAT(md, StartsWith("# Stretch report: My \\_routine\\_ \\# 1\n"));
    CHECK_THAT(md, Contains("| Knee \\| Hug \\*now\\* | 1 / 1 | 0 | 5 | - | - |\n"));
}

TEST_CASE("one pain score is said in the singular, in every format", "[e2e][report]") {
    Sandbox sandbox("2026-12-02T08:00:00");
    REQUIRE(sandbox.run({"pain", "4"}).exit_code == 0);
    CHECK_THAT(sandbox.run({"report", "--week"}).out, Contains("Pain (0-10): 1 score, mean 4.0, lowest 4, highest 4\n"));
    CHECK_THAT(sandbox.run({"report", "--week", "--format", "markdown"}).out,
               Contains("\n1 score: mean 4.0, lowest 4, highest 4.\n"));
    CHECK_THAT(sandbox.run({"report", "--week", "--format", "html"}).out,
               Contains("<p>1 score: mean 4.0, lowest 4, highest 4.</p>"));
}
