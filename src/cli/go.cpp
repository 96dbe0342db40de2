/// `stretch go`: a guided session at the terminal. It asks for pain before,
/// walks through the day's plan of record (paused stretches are not in it,
/// done ones are passed over) with a countdown for every hold, logs each
/// stretch with its pain the moment it is done, and asks for pain after.

#include <algorithm>
#include <chrono>
#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/pain_response.h"
#include "cli/progress.h"
#include "cli/go_screen.h"
#include "cli/terminal.h"
#include "core/error.h"
#include "core/guide.h"
#include "core/text.h"
#include "render/exercise_text.h"
#include "render/go_text.h"

namespace stretch {

namespace {

constexpr size_t kWidth = kLineWidth;
/// Rows for the stretch's text, so that the cue and the keys stay on a
/// 24-row screen.
constexpr size_t kBodyRows = 17;
constexpr const char* kKeys = "[space] pause   [s] skip   [b] back   [q] quit";

/// q, Ctrl-C, Ctrl-D and Ctrl-\\ quit, and so does a terminal that went away.
bool is_quit(int key) { return key == RawTerminal::kClosed || key == 'q' || key == 3 || key == 4 || key == 28; }

/// Why a stretch's guidance ended.
enum class Ending { done, skip, back, quit };

/// What the session did with one stretch.
struct Outcome {
    std::string name;
    enum { logged, skipped, paused } what = skipped;
    bool gentler = false;  ///< its pain was in the "take it easier" zone: go gentler next time
};

/// Runs the clock `speed` times faster than real time.
class Guide {
public:
    Guide(RawTerminal& terminal, Screen& screen, int speed, std::string show_command)
        : terminal_(terminal), screen_(screen), speed_(speed), show_command_(std::move(show_command)) {}

    /// Shows the stretch and counts down each of its cues.
    Ending run(const PlanItem& item, size_t number, size_t count) {
        screen_.clear();
        for (const auto& text : go_stretch_lines(item, number, count, screen_.style(), show_command_, kBodyRows)) screen_.line(text);
        screen_.line();
        screen_.line(kKeys);
        screen_.line();
        for (const Cue& cue : cues_for(item.dose, item.target)) {
            const Ending ending = count_down(cue);
            if (ending != Ending::done) return ending;
        }
        screen_.end_status();
        return Ending::done;
    }

    /// Asks for a score from 0 to 10; Enter alone gives nullopt. nullopt
    /// and `quit` set when the person quits instead.
    std::optional<int> pain(const std::string& question, bool& quit) {
        std::string typed;
        screen_.status(question, true);
        while (true) {
            const int key = next_key(terminal_, screen_, -1);
            if (is_quit(key)) {
                quit = true;
                screen_.end_status();
                return std::nullopt;
            }
            if (key == '\r' || key == '\n') {
                if (typed.empty()) break;
                const int score = std::stoi(typed);
                if (score <= 10) {
                    screen_.end_status();
                    return score;
                }
                typed.clear();
                screen_.status(question + "(0 to 10, please) ", true);
                continue;
            }
            if ((key == 127 || key == 8) && !typed.empty()) typed.pop_back();
            if (key >= '0' && key <= '9' && typed.size() < 2) typed += static_cast<char>(key);
            screen_.status(question + typed, false);
        }
        screen_.end_status();
        return std::nullopt;
    }

private:
    Ending count_down(const Cue& cue) {
        const int tick_ms = std::max(1, 1000 / speed_);
        bool paused = false;
        for (int left = cue.seconds; left > 0;) {
            screen_.status(paused ? "Paused. Press space to go on." : cue_text(cue, left), left == cue.seconds && !paused);
            const auto started = std::chrono::steady_clock::now();
            const int key = terminal_.key(paused ? -1 : tick_ms);
            if (key == RawTerminal::kResumed) {  // the tick starts again, with the screen
                screen_.redraw();
                continue;
            }
            if (is_quit(key)) {
                screen_.end_status();
                return Ending::quit;
            }
            if (key == 's') return Ending::skip;
            if (key == 'b') return Ending::back;
            if (key == ' ' || key == 'p') {
                paused = !paused;
                continue;
            }
            if (key != RawTerminal::kTimeout) {
                // Another key: wait out the rest of the tick.
                const auto spent = std::chrono::steady_clock::now() - started;
                const int rest = tick_ms - static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(spent).count());
                if (rest > 0 && next_key(terminal_, screen_, rest) == RawTerminal::kClosed) return Ending::quit;
            }
            if (!paused) --left;
        }
        return Ending::done;
    }

    std::string cue_text(const Cue& cue, int left) const {
        const std::string seconds = std::to_string(left) + " s";
        const std::string text = ">> " + cue.text + "  " + seconds;
        return cue.kind == Cue::Kind::hold ? screen_.style().green(text) : screen_.style().bold(text);
    }

    RawTerminal& terminal_;
    Screen& screen_;
    int speed_;
    std::string show_command_;  ///< see GoOptions::show_command
};

/// The status line once a stretch is logged: a pause, or advice to go
/// gentler, is news to read, so it waits for a key; the last stretch has no
/// next one to announce.
const char* after_logging(bool news, bool last) {
    if (news) return last ? "Press any key to go on." : "Press any key to go on to the next stretch.";
    return last ? "That was the last stretch (any key: go on)." : "Next stretch in a moment (any key: now).";
}

/// This session's command, to run again: with its --routine when one was named.
std::string again(const GoOptions& options, const std::string& routine) {
    return options.routine.empty() ? options.stretch + " go" : routine_command(options.stretch, "go", routine);
}

/// Records a pain score given before or after the session.
void record_session_pain(Store& store, int score, const char* moment, const Clock& clock) {
    const Entry entry = pain_score_entry(score, clock.today, clock, moment);
    store.atomically([&] { store.add({entry}); });
}

/// Logs one stretch as `stretch log ID --pain N` would, pain zones included,
/// and returns what `log` said.
std::string log_stretch(const PlanItem& item, std::optional<int> pain, const Catalog& catalog, const Routine& routine,
                        Store& store, const Clock& clock, const Config& config, const std::string& stretch) {
    LogOptions options;
    options.stretch = stretch;
    options.exercises = {item.exercise.id};
    options.pain = pain;
    std::ostringstream said;
    run_log(options, catalog, routine, store, clock, config, false, said, said);
    return said.str();
}

std::string session_summary(const std::vector<Outcome>& outcomes, std::optional<int> before,
                            std::optional<int> after, bool quit, bool too_much) {
    std::vector<std::string> logged, skipped, paused, gentler;
    for (const Outcome& outcome : outcomes) {
        (outcome.what == Outcome::logged ? logged : outcome.what == Outcome::paused ? paused : skipped)
            .push_back(outcome.name);
        if (outcome.gentler) gentler.push_back(outcome.name);
    }
    std::string text = quit ? "Session stopped. " : "Session done. ";
    if (too_much) text = outcomes.empty() ? "No stretches today: the pain is too high. "
                                          : "Session stopped: the pain is too high to go on today. ";
    text += count_of(logged.size() + paused.size(), "stretch", "stretches") + " logged";
    if (!skipped.empty()) text += "; skipped: " + join(skipped, ", ");
    if (!paused.empty()) text += "; paused because it hurt: " + join(paused, ", ");
    if (!gentler.empty()) text += "; go gentler next time with: " + join(gentler, ", ");
    text += ".";
    if (before || after)
        text += " Pain " + (before ? std::to_string(*before) : std::string("-")) + " before, " +
                (after ? std::to_string(*after) : std::string("-")) + " after.";
    return text;
}

}  // namespace

int run_go(const GoOptions& options, const Catalog& catalog, const Routine& routine, Store& store,
           const Clock& clock, const Config& config, const Style& style, bool dumb, std::ostream& out) {
    store.plan_record().read_versions();
    const Plan plan = plan_of_record(catalog, routine, clock.today, clock.today, &store);
    const std::optional<Flare> flare = flare_today(catalog, routine, &store, clock.today);
    std::vector<PlanItem> items;
    for (const PlanItem& item : plan.items)
        if (!item.done) items.push_back(item);
    if (plan.skipped() || !plan.scheduled || items.empty()) {
        out << left_summary(plan, clock.today) << "\n";
        // As today's plan offers it; after a severe pain nothing invites the stretches back.
        if (plan.skipped() && !items.empty() && !rests_after_severe_pain(plan, flare))
            out << hanging("", "If you feel like stretching after all, `" + options.stretch +
                                   " unskip` undoes the skip; then run `" + again(options, routine.id) + "` again.",
                           kLineWidth);
        return 0;
    }

    std::optional<int> before, after;
    std::vector<Outcome> outcomes(items.size());
    bool quit = false, too_much = false;
    const auto started = std::chrono::steady_clock::now();
    // Each entry is stamped with the moment it is logged, not the start.
    const auto clock_now = [&] {
        return Clock{clock.today, clock.now + std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                                  std::chrono::steady_clock::now() - started)};
    };
    {
        RawTerminal terminal;
        Screen screen(out, style, dumb);
        Guide guide(terminal, screen, options.speed, options.show_command);
        screen.clear();
        screen.line(style.bold("stretch go: " + terminal_safe(plan.routine.name) + ", " + long_date(clock.today)));
        // After a severe score today, a count of what is left would push
        // against the advice to rest that follows it.
        if (!flare || !flare->severe_today) screen.line(remaining_phrase(plan, clock.today) + ". " + kStopIfItHurts);
        if (flare) {
            screen.line();
            // Already wrapped, with the command on a line of its own to copy.
            std::istringstream advice(flare_advice(*flare, options.stretch, "go"));
            for (std::string line; std::getline(advice, line);) screen.line(style.yellow(line));
        }
        screen.line();
        // The answer `stretch pain` gives to a severe score: not today. The
        // plan is read again, as the session may have logged stretches since.
        const auto advise_rest = [&] {
            const Plan now = plan_without_targets(catalog, routine, clock.today, clock.today, &store);
            const bool offer_skip = resting_would_miss(catalog, routine, now, clock.today, &store);
            std::istringstream advice(
                severe_pain_advice(catalog, kWidth, true, offer_skip, options.stretch, routine.id));
            screen.line();
            for (std::string line; std::getline(advice, line);) screen.line(line);
        };
        // A severe score given today already asked for rest: no session.
        too_much = flare && flare->severe_today;
        if (!too_much) {
            before = guide.pain("Pain now, before you start (0-10, Enter to leave out): ", quit);
            if (before) record_session_pain(store, *before, kBeforeSession, clock_now());
        }
        if (before && *before >= kSeverePain) {
            too_much = true;
            advise_rest();
        }
        if (too_much) {
            screen.status("Press any key to end the session.", true);
            next_key(terminal, screen, -1);
            screen.end_status();
        }
        for (size_t i = 0; i < items.size() && !quit && !too_much;) {
            const Ending ending = guide.run(items[i], i + 1, items.size());
            if (ending == Ending::quit) {
                quit = true;
                break;
            }
            if (ending == Ending::skip) {
                outcomes[i] = Outcome{items[i].exercise.name, Outcome::skipped};
                ++i;
                continue;
            }
            if (ending == Ending::back) {
                // Back to the nearest earlier stretch not yet logged; a
                // logged one is not done twice. None: this one again.
                size_t back = i;
                while (back > 0 && outcomes[back - 1].what != Outcome::skipped) --back;
                if (back > 0) i = back - 1;
                continue;
            }
            const auto pain = guide.pain("How much did it hurt? (0-10, Enter for none): ", quit);
            // Done is done: a stretch finished and then quit on is logged.
            const std::string said =
                log_stretch(items[i], pain, catalog, routine, store, clock_now(), config, options.stretch);
            const bool now_paused = store.plan_record().open_pause(items[i].exercise.id) != nullptr;
            // log's answer to a pain that asks to go gentler stays up until a
            // key, as a pause's does: it is about the next time.
            const bool gentler = pain && config.pain_zones.zone_of(*pain) == PainZone::easier;
            outcomes[i] = Outcome{items[i].exercise.name, now_paused ? Outcome::paused : Outcome::logged, gentler};
            screen.clear();
            std::istringstream lines(said);
            for (std::string line; std::getline(lines, line);) screen.line(line);
            // A severe pain is about the back, not one stretch: as for a
            // severe score before the session, the rest of today is rest.
            // log's answer, shown above, already gave the advice to rest.
            too_much = pain && *pain >= kSeverePain;
            if (!quit) {
                // A few seconds to see what was logged (see after_logging).
                const bool wait = now_paused || too_much || gentler;
                screen.status(too_much ? "Press any key to end the session."
                                       : after_logging(wait, i + 1 == items.size()),
                              wait);
                if (is_quit(next_key(terminal, screen, wait ? -1 : std::max(1, 3000 / options.speed)))) quit = true;
                screen.drop_status();  // answered: the next screen, or the last question, takes its place
            }
            ++i;
        }
        if (!quit && !too_much) after = guide.pain("Pain now, after the session (0-10, Enter to leave out): ", quit);
        if (after) record_session_pain(store, *after, kAfterSession, clock_now());
        terminal.restore();
    }
    outcomes.erase(std::remove_if(outcomes.begin(), outcomes.end(), [](const Outcome& o) { return o.name.empty(); }),
                   outcomes.end());
    for (const auto& line : wrap(session_summary(outcomes, before, after, quit, too_much), kWidth)) out << line << "\n";
    // A severe pain after stretching gets the answer `stretch pain` gives
    // it, warning signs included, though it is about the session and not
    // the day's pain (so it leaves the trend and a flare-up alone).
    if (after && *after >= kSeverePain)
        out << "\n" << severe_score_advice(&catalog, &routine, store, clock.today, clock, options.stretch);
    return 0;
}

void add_go_command(CLI::App& app, Session& session) {
    auto options = std::make_shared<GoOptions>();
    CLI::App* command = app.add_subcommand("go", "A guided session: each stretch in turn, with a timer");
    add_routine_option(*command, options->routine);
    command->add_option("--speed", options->speed, "Run the clock N times faster, 1 to 1000")
        ->type_name("N")
        ->transform(whole_number(1, 1000));
    command->callback([options, &session] {
        options->stretch = session.invocation();
        // `show` reads no log: not the --db, but the --routines of this run.
        const std::string& routines = session.options.routines;
        options->show_command = "stretch" + (routines.empty() ? "" : " --routines " + shell_quoted(routines)) + " show";
        if (!RawTerminal::available())
            throw Error(ErrorKind::usage, "stretch go needs a terminal to guide you",
                        "run `" + options->stretch + " plan` to read today's stretches and `" + options->stretch +
                            " log` to record them");
        const Catalog& catalog = session.catalog();
        const Routine& routine = session.routine(options->routine, catalog);
        const Config& config = session.config();
        Store store = session.writable_store();
        // Each stretch is committed as it is logged, so that quitting keeps
        // them; undo takes the session back whole.
        store.journal_as_one_command();
        session.exit_code = run_go(*options, catalog, routine, store, session.clock(), config, session.style(),
                                   session.env.get("TERM").value_or("dumb") == "dumb", session.out);
    });
}

}  // namespace stretch
