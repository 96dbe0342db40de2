// The pure parts of printed sheets: the week grid and HTML escaping.

#include <catch2/catch.hpp>

#include "core/week.h"
#include "render/html.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

PlanItem item(const std::string& id, bool done = false) {
    PlanItem planned;
    planned.exercise.id = id;
    planned.exercise.name = id;
    planned.done = done;
    return planned;
}

Plan day(Date date, std::vector<PlanItem> items, bool scheduled = true) {
    Plan plan;
    plan.date = date;
    plan.scheduled = scheduled;
    if (scheduled) plan.items = std::move(items);
    return plan;
}

}  // namespace

TEST_CASE("a week sheet has a row per stretch due on any day, and a cell per day", "[sheet]") {
    Plan tuesday = day(ymd(2026, 11, 24), {item("bridge")});
    tuesday.skip_reason = "travel";
    Plan wednesday = day(ymd(2026, 11, 25), {item("bridge")});
    wednesday.paused.push_back(PausedItem{item("tilts").exercise, ymd(2026, 11, 25), "", std::nullopt});
    const WeekSheet sheet = build_week_sheet({
        day(ymd(2026, 11, 23), {item("bridge", true), item("tilts")}),
        tuesday,
        wednesday,
        day(ymd(2026, 11, 26), {}, false),
        day(ymd(2026, 11, 27), {item("bridge"), item("new")}),
    });
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[0].first.exercise.id == "bridge");
    CHECK(sheet.rows[1].first.exercise.id == "new");  // first met on Friday, after bridge
    CHECK(sheet.rows[2].first.exercise.id == "tilts");
    using enum WeekCell;
    CHECK(sheet.rows[0].cells == std::vector<WeekCell>{done, skipped, due, not_due, due});
    CHECK(sheet.rows[1].cells == std::vector<WeekCell>{not_due, not_due, not_due, not_due, due});
    CHECK(sheet.rows[2].cells == std::vector<WeekCell>{due, not_due, paused, not_due, not_due});
    REQUIRE(sheet.paused.size() == 1);  // with its reason, though it has a row
    CHECK(sheet.paused[0].exercise.id == "tilts");
}

TEST_CASE("a stretch done on a skipped day anyway is ticked, as the report counts it", "[sheet]") {
    Plan tuesday = day(ymd(2026, 11, 24), {item("bridge", true), item("tilts")});
    tuesday.skip_reason = "";
    const WeekSheet sheet = build_week_sheet({tuesday, day(ymd(2026, 11, 25), {item("bridge"), item("tilts")})});
    using enum WeekCell;
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[0].cells == std::vector<WeekCell>{done, due});
    CHECK(sheet.rows[1].cells == std::vector<WeekCell>{skipped, due});
    CHECK(sheet.shows(skipped));
}

TEST_CASE("a week whose only days with a routine were skipped and done anyway still has their rows", "[sheet]") {
    Plan saturday = day(ymd(2026, 3, 28), {item("bridge", true), item("tilts", true)});
    saturday.skip_reason = "";
    Plan sunday = day(ymd(2026, 3, 29), {item("bridge"), item("tilts")});
    sunday.skip_reason = "";
    const WeekSheet sheet = build_week_sheet({day(ymd(2026, 3, 27), {}, false), saturday, sunday});
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[0].cells == std::vector<WeekCell>{WeekCell::not_due, WeekCell::done, WeekCell::skipped});
    // Skipped and not touched, a day adds no rows of its own.
    CHECK(build_week_sheet({day(ymd(2026, 3, 27), {}, false), sunday}).rows.empty());
}

TEST_CASE("on a day kept by the gentle routine or rested, what was left of the routine is not to do", "[sheet]") {
    std::vector<Plan> days;
    for (unsigned d = 23; d <= 26; ++d) days.push_back(day(ymd(2026, 11, d), {item("bridge", d < 25), item("tilts")}));
    using enum WeekCell;
    using S = DayStatus;
    // The fourth day is not judged (after today): it stays to do.
    const std::vector<WeekCell> before = build_week_sheet(days).rows[1].cells;
    days[0].judged = S::partial;
    days[1].judged = S::gentle;
    days[2].judged = S::rested;
    const WeekSheet sheet = build_week_sheet(days);
    CHECK(sheet.rows[0].cells == std::vector<WeekCell>{done, done, rested, due});
    CHECK(sheet.rows[1].cells == std::vector<WeekCell>{due, gentle, rested, due});
    CHECK(sheet.shows(gentle));
    CHECK(sheet.shows(rested));
    CHECK(before == std::vector<WeekCell>{due, due, due, due});
}

TEST_CASE("a past day before the log began has no boxes, as the report counts it no day missed", "[sheet]") {
    std::vector<Plan> days;
    for (unsigned d = 1; d <= 3; ++d) days.push_back(day(ymd(2026, 3, d), {item("bridge", d == 2)}));
    days[0].judged = DayStatus::not_started;
    days[1].judged = DayStatus::complete;
    days[2].judged = DayStatus::missed;
    using enum WeekCell;
    CHECK(build_week_sheet(days).rows[0].cells == std::vector<WeekCell>{not_due, done, due});
}

TEST_CASE("a stretch paused on a day that asks for nothing has no mark that day", "[sheet]") {
    Plan skipped = day(ymd(2026, 11, 24), {item("bridge")});
    skipped.skip_reason = "";
    skipped.paused.push_back(PausedItem{item("tilts").exercise, ymd(2026, 11, 23), "", std::nullopt});
    Plan all_paused = day(ymd(2026, 11, 25), {});
    all_paused.paused.push_back(PausedItem{item("tilts").exercise, ymd(2026, 11, 23), "", std::nullopt});
    const WeekSheet sheet = build_week_sheet({day(ymd(2026, 11, 23), {item("tilts")}), skipped, all_paused});
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0].cells == std::vector<WeekCell>{WeekCell::due, WeekCell::not_due, WeekCell::not_due});
    CHECK_FALSE(sheet.asks_nothing());
    CHECK(build_week_sheet({skipped, all_paused}).asks_nothing());
}

TEST_CASE("a stretch done on a day it is paused is ticked, not marked paused", "[sheet]") {
    // Done in the morning, paused by hand that afternoon: the sheet said P.
    Plan monday = day(ymd(2026, 11, 23), {item("bridge")});
    monday.paused.push_back(PausedItem{item("tilts").exercise, ymd(2026, 11, 23), "", std::nullopt, true});
    Plan tuesday = day(ymd(2026, 11, 24), {item("bridge")});
    tuesday.paused.push_back(PausedItem{item("tilts").exercise, ymd(2026, 11, 23), "", std::nullopt, false});
    const Plan wednesday = day(ymd(2026, 11, 25), {item("bridge"), item("tilts")});  // resumed
    const WeekSheet sheet = build_week_sheet({monday, tuesday, wednesday});
    REQUIRE(sheet.rows.size() == 2);
    const auto& tilts = sheet.rows[0].first.exercise.id == "tilts" ? sheet.rows[0] : sheet.rows[1];
    CHECK(tilts.cells == std::vector<WeekCell>{WeekCell::done, WeekCell::paused, WeekCell::due});
}

TEST_CASE("a week sheet notes each dose change and each change of routine", "[sheet]") {
    PlanItem low = item("bridge"), high = item("bridge");
    low.dose.reps = high.dose.reps = Range{8, 12};
    low.target.reps = 8;
    high.target.reps = 9;
    Plan monday = day(ymd(2026, 11, 23), {low}), tuesday = day(ymd(2026, 11, 24), {low});
    Plan wednesday = day(ymd(2026, 11, 25), {high});
    monday.routine.name = tuesday.routine.name = "Short";
    monday.routine.id = tuesday.routine.id = wednesday.routine.id = "short";
    wednesday.routine.name = "Short, longer";
    const WeekSheet sheet = build_week_sheet({monday, tuesday, wednesday});
    REQUIRE(sheet.rows.size() == 1);
    REQUIRE(sheet.rows[0].changes.size() == 1);
    CHECK(sheet.rows[0].changes[0].from == ymd(2026, 11, 25));
    const auto changes = dose_changes(sheet);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].day == ymd(2026, 11, 25));
    CHECK(changes[0].doses == std::vector<std::string>{"bridge: 9 reps (8-12)"});
    CHECK(routine_lines(sheet) == std::vector<std::string>{
                                     "Routine: Short (short), daily.",
                                     "From Wednesday 25 November 2026: Short, longer (short), daily."});
    CHECK(week_title(sheet) == "Stretch week: Monday 23 November 2026 to Wednesday 25 November 2026");
}

TEST_CASE("a routine version that changes nothing the routine line says adds no line", "[sheet]") {
    Plan monday = day(ymd(2026, 11, 23), {item("bridge")}), tuesday = day(ymd(2026, 11, 24), {item("bridge")});
    monday.routine.id = tuesday.routine.id = "short";
    monday.routine.name = tuesday.routine.name = "Short";
    tuesday.routine.progression_days = 5;  // a different version, the same line
    const WeekSheet sheet = build_week_sheet({monday, tuesday});
    REQUIRE(sheet.routines.size() == 2);
    CHECK(routine_lines(sheet) == std::vector<std::string>{"Routine: Short (short), daily."});
}

TEST_CASE("dose changes are grouped by the day they start, in day order", "[sheet]") {
    const auto at = [](const std::string& id, int reps) {
        PlanItem planned = item(id);
        planned.dose.reps = Range{8, 12};
        planned.target.reps = reps;
        return planned;
    };
    const WeekSheet sheet = build_week_sheet({day(ymd(2026, 11, 23), {at("bridge", 8), at("tilts", 8)}),
                                              day(ymd(2026, 11, 24), {at("bridge", 9), at("tilts", 9)}),
                                              day(ymd(2026, 11, 25), {at("bridge", 9), at("tilts", 10)})});
    const auto changes = dose_changes(sheet);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].day == ymd(2026, 11, 24));
    CHECK(changes[0].doses == std::vector<std::string>{"bridge: 9 reps (8-12)", "tilts: 9 reps (8-12)"});
    CHECK(changes[1].day == ymd(2026, 11, 25));
    CHECK(changes[1].doses == std::vector<std::string>{"tilts: 10 reps (8-12)"});
}

TEST_CASE("a stretch paused every day of the week is listed once, without a row", "[sheet]") {
    Plan first = day(ymd(2026, 11, 23), {item("bridge")});
    Plan second = day(ymd(2026, 11, 24), {item("bridge")});
    for (Plan* plan : {&first, &second}) plan->paused.push_back(PausedItem{item("tilts").exercise, ymd(2026, 11, 20), "", std::nullopt});
    const WeekSheet sheet = build_week_sheet({first, second});
    REQUIRE(sheet.rows.size() == 1);
    REQUIRE(sheet.paused.size() == 1);
    CHECK(sheet.paused[0].exercise.id == "tilts");
}

TEST_CASE("a stretch resumed during the week keeps its place in the routine, and its pause says when it ended",
          "[sheet]") {
    // It was put last, after the stretches of the first day, and its pause
    // read "since" a day the sheet showed it due again.
    Plan sunday = day(ymd(2026, 12, 13), {item("spine"), item("hip"), item("bridge")});
    const PausedItem leg{item("leg").exercise, ymd(2026, 12, 7), "", ymd(2026, 12, 14)};
    sunday.paused.push_back(leg);
    const Plan monday = day(ymd(2026, 12, 14), {item("spine"), item("hip"), item("leg"), item("bridge")});
    const WeekSheet sheet = build_week_sheet({sunday, monday});
    std::vector<std::string> order;
    for (const WeekRow& row : sheet.rows) order.push_back(row.first.exercise.id);
    CHECK(order == std::vector<std::string>{"spine", "hip", "leg", "bridge"});
    REQUIRE(sheet.paused.size() == 1);
    CHECK(paused_span(sheet.paused[0], ymd(2026, 12, 14)) ==
          "from Monday 7 December 2026 to Sunday 13 December 2026");
    // A sheet that ends before the resumption, and a day's plan, say since when.
    CHECK(paused_span(leg, ymd(2026, 12, 13)) == "since Monday 7 December 2026");
}

TEST_CASE("html_text escapes the five characters that can start markup", "[sheet][html]") {
    CHECK(html_text("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    CHECK(html_text("plain – text") == "plain – text");
}

TEST_CASE("html_unbroken keeps each range of numbers on one line", "[sheet][html]") {
    CHECK(html_unbroken("2 x each side, hold 20 s (20-30)") ==
          "2 x each side, hold 20 s (<span class=\"nb\">20-30</span>)");
    CHECK(html_unbroken("6-8 reps <b>") == "<span class=\"nb\">6-8</span> reps &lt;b&gt;");
    CHECK(html_unbroken("lower-back 5- and -6") == "lower-back 5- and -6");
}

TEST_CASE("a figure is embedded as a base64 data: image", "[sheet][html]") {
    CHECK(figure_image("<svg/>", "A \"bridge\"") ==
          "<img class=\"figure\" alt=\"A &quot;bridge&quot;\" src=\"data:image/svg+xml;base64,PHN2Zy8+\">");
    CHECK(figure_image("ab", "x").find("base64,YWI=\"") != std::string::npos);
    CHECK(figure_image("a", "x").find("base64,YQ==\"") != std::string::npos);
}
