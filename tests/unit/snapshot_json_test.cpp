// How the log stores a routine version. The text must stay byte for byte
// what earlier releases stored (nlohmann::json's dump): a write compares
// today's routine with the stored text, and a text that differs only in
// its spelling would record the same routine again, from today.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/date.h"
#include "routines/loader.h"
#include "store/snapshot_json.h"

using namespace stretch;

namespace {

using Json = nlohmann::json;

/// The serializer of the releases before the hand-written one, kept as the
/// oracle of its bytes.
std::string dumped_by_nlohmann(const RoutineSnapshot& routine) {
    const auto range = [](Range r) { return Json::array({r.min, r.max}); };
    Json days = Json::array();
    for (int i = 0; i < 7; ++i)
        if (routine.days.weekdays.at(static_cast<size_t>(i))) days.push_back(weekday_short(i));
    Json steps = Json::array();
    for (const PlannedStretch& step : routine.steps)
        steps.push_back({{"exercise", step.exercise},
                         {"reps", range(step.dose.reps)},
                         {"reps_at_least", step.dose.reps_at_least},
                         {"hold", step.dose.hold ? range(*step.dose.hold) : Json(nullptr)},
                         {"sides", to_text(step.dose.sides)},
                         {"side_label", step.dose.side_label}});
    Json json{{"id", routine.id},
              {"name", routine.name},
              {"description", routine.description},
              {"days", days},
              {"steps", steps}};
    if (!routine.progression) json["progression"] = false;
    if (routine.progression_days) json["progression_days"] = *routine.progression_days;
    if (routine.pain_zones)
        json["pain_zones"] = {{"fine_up_to", routine.pain_zones->fine_up_to},
                              {"stop_from", routine.pain_zones->stop_from}};
    return json.dump();
}

RoutineSnapshot odd_routine() {
    RoutineSnapshot routine;
    routine.id = "odd";
    // Every character nlohmann escapes, some it does not, and text beyond ASCII.
    routine.name = std::string("quote \" backslash \\ tab \t newline \n cr \r bs \b ff \f nul ") + '\0' +
                   " unit \x1f del \x7f / slash";
    routine.description = "Étirement doux, 腰のストレッチ, 🙂 and a solidus </script>";
    routine.days.weekdays = {true, false, true, false, true, false, false};
    routine.steps.push_back({"bridge", Dose{{-3, 2147483647}, true, Range{0, 60}, Sides::each, "leg"}});
    routine.steps.push_back({"bird-dog", Dose{{8, 8}, false, std::nullopt, Sides::alternate, "side"}});
    routine.steps.push_back({"bridge", Dose{{1, 1}, false, std::nullopt, Sides::none, ""}});
    routine.progression = false;
    routine.progression_days = 5;
    routine.pain_zones = PainZones{4, 7};
    return routine;
}

}  // namespace

TEST_CASE("a routine version is stored as the earlier releases stored it", "[unit][snapshot]") {
    const Catalog bundled = load_catalog({STRETCH_ROUTINES_SOURCE});
    REQUIRE(bundled.routines.size() >= 2);
    for (const auto& [id, routine] : bundled.routines) {
        const RoutineSnapshot snapshot = snapshot_of(bundled, routine);
        CHECK(snapshot_to_json(snapshot) == dumped_by_nlohmann(snapshot));
    }
    const RoutineSnapshot odd = odd_routine();
    CHECK(snapshot_to_json(odd) == dumped_by_nlohmann(odd));
    RoutineSnapshot empty = retired_version(odd);
    empty.progression_days.reset();
    CHECK_FALSE(empty.pain_zones.has_value());
    CHECK(snapshot_to_json(empty) == dumped_by_nlohmann(empty));
}

TEST_CASE("a stored routine version reads back as it was", "[unit][snapshot]") {
    const RoutineSnapshot odd = odd_routine();
    CHECK(snapshot_from_json(snapshot_to_json(odd), "test.db") == odd);
    const RoutineSnapshot retired = retired_version(odd);
    CHECK(snapshot_from_json(snapshot_to_json(retired), "test.db") == retired);
}

TEST_CASE("a stored version without pain zones reads with the defaults, and zones config.toml cannot give are refused",
          "[unit][snapshot]") {
    RoutineSnapshot odd = odd_routine();
    odd.pain_zones.reset();
    const std::string stored = snapshot_to_json(odd);
    CHECK(stored.find("pain_zones") == std::string::npos);
    CHECK_FALSE(snapshot_from_json(stored, "test.db").pain_zones.has_value());
    // The defaults written out read as unset, so the text compares equal again.
    Json defaults = Json::parse(stored);
    defaults["pain_zones"] = {{"fine_up_to", 3}, {"stop_from", 6}};
    CHECK(snapshot_to_json(snapshot_from_json(defaults.dump(), "test.db")) == stored);
    for (const char* zones : {R"({"fine_up_to":6,"stop_from":6})", R"({"fine_up_to":-1,"stop_from":6})",
                              R"({"fine_up_to":3,"stop_from":8})", R"({"fine_up_to":3})"}) {
        Json json = Json::parse(stored);
        json["pain_zones"] = Json::parse(zones);
        CHECK_THROWS_WITH(snapshot_from_json(json.dump(), "test.db"),
                          Catch::Contains("a recorded routine version cannot be read"));
    }
}

TEST_CASE("a version whose stored text is today's is not decoded to compare it", "[unit][snapshot]") {
    const RoutineSnapshot today = odd_routine();
    const Date day{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{5}};
    int decoded = 0;
    const auto reader = [&](const std::string& stored) {
        ++decoded;
        return snapshot_from_json(stored, "test.db");
    };
    PlanRecord record;
    record.versions["odd"].emplace_back(kEarliestDay, snapshot_to_json(today), reader);
    CHECK_FALSE(differs_from_record(record, today, day, snapshot_to_json(today)));
    CHECK(decoded == 0);

    // Other bytes for the same routine (a release that spelled it otherwise)
    // are decoded, and compared by what they say.
    PlanRecord respelled;
    respelled.versions["odd"].emplace_back(kEarliestDay, Json::parse(snapshot_to_json(today)).dump(2), reader);
    CHECK_FALSE(differs_from_record(respelled, today, day, snapshot_to_json(today)));
    CHECK(decoded == 1);

    RoutineSnapshot changed = today;
    changed.steps.pop_back();
    CHECK(differs_from_record(record, changed, day, snapshot_to_json(changed)));

    // A change waiting for tomorrow, and the files put back as in force today:
    // the write that drops the waiting change is still to come; once the log
    // has reached that day, the change no longer waits.
    const Date tomorrow = add_days(day, 1);
    record.versions["odd"].emplace_back(tomorrow, snapshot_to_json(changed), reader);
    const auto log_today_is = [](Date log_today) { return [log_today] { return log_today; }; };
    CHECK_FALSE(differs_from_record(record, today, day, snapshot_to_json(today)));
    CHECK(waiting_change_put_back(record, today, snapshot_to_json(today), log_today_is(day)));
    CHECK_FALSE(waiting_change_put_back(record, today, snapshot_to_json(today), log_today_is(tomorrow)));
    CHECK_FALSE(waiting_change_put_back(record, changed, snapshot_to_json(changed), log_today_is(day)));
}

TEST_CASE("a version without zones is the same as one that differs only by the zones migration 10 gave it",
          "[unit][snapshot]") {
    RoutineSnapshot ours = odd_routine();
    RoutineSnapshot theirs = ours;
    theirs.pain_zones.reset();
    CHECK(same_but_recorded_zones(snapshot_to_json(theirs), snapshot_to_json(ours), "test.db"));
    CHECK_FALSE(same_but_recorded_zones(snapshot_to_json(ours), snapshot_to_json(ours), "test.db"));
    CHECK_FALSE(same_but_recorded_zones(snapshot_to_json(ours), snapshot_to_json(theirs), "test.db"));
    theirs.steps.pop_back();
    CHECK_FALSE(same_but_recorded_zones(snapshot_to_json(theirs), snapshot_to_json(ours), "test.db"));
    CHECK_FALSE(same_but_recorded_zones(snapshot_to_json(theirs), "[", "test.db"));
}
