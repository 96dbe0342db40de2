// The store on a :memory: database: what goes in comes out, in order, and a
// batch is written whole or not at all.

#include <catch2/catch.hpp>

#include "core/error.h"
#include "store/store.h"
#include "support/sandbox.h"
#include "unit/test_helpers.h"

using namespace stretch;
using test::ymd;

namespace {

Entry stretch_entry(std::string uuid, Date day, std::string exercise, std::string logged_at) {
    Entry entry;
    entry.uuid = std::move(uuid);
    entry.day = day;
    entry.kind = EntryKind::stretch;
    entry.exercise = std::move(exercise);
    entry.routine = "lower-back";
    entry.logged_at = std::move(logged_at);
    return entry;
}

Entry pain_entry(std::string uuid, Date day, int score, std::string logged_at) {
    Entry entry;
    entry.uuid = std::move(uuid);
    entry.day = day;
    entry.kind = EntryKind::pain;
    entry.pain = score;
    entry.logged_at = std::move(logged_at);
    return entry;
}

}  // namespace

TEST_CASE("store: every field round-trips, and absent ones stay absent", "[store]") {
    Store store = Store::in_memory();
    Entry full = stretch_entry("u1", ymd(2026, 11, 20), "hip-stretch", "2026-11-22T08:00:00Z");
    full.reps = 2;
    full.hold_seconds = 25;
    full.side = Side::left;
    full.pain = 3;
    full.note = "tight, \"but\" fine";
    Entry bare = pain_entry("u2", ymd(2026, 11, 21), 0, "2026-11-22T08:01:00Z");
    store.add({full, bare});

    const History history = store.entries_in({ymd(2026, 11, 1), ymd(2026, 11, 30)});
    REQUIRE(history.size() == 2);
    const Entry& a = history[0];
    CHECK(a.uuid == "u1");
    CHECK(a.logged_at == "2026-11-22T08:00:00Z");
    CHECK(a.day == ymd(2026, 11, 20));
    CHECK(a.kind == EntryKind::stretch);
    CHECK(a.exercise == "hip-stretch");
    CHECK(a.routine == "lower-back");
    CHECK(a.reps == 2);
    CHECK(a.hold_seconds == 25);
    CHECK(a.side == Side::left);
    CHECK(a.pain == 3);
    CHECK(a.note == "tight, \"but\" fine");
    const Entry& b = history[1];
    CHECK(b.kind == EntryKind::pain);
    CHECK(b.pain == 0);
    CHECK(b.exercise.empty());
    CHECK_FALSE(b.reps);
    CHECK_FALSE(b.hold_seconds);
    CHECK_FALSE(b.side);
    CHECK(b.note.empty());
}

TEST_CASE("store: ranges are inclusive and ordered by when entries were logged", "[store]") {
    Store store = Store::in_memory();
    store.add({stretch_entry("late", ymd(2026, 11, 10), "bridge", "2026-11-22T09:00:00Z"),
               stretch_entry("early", ymd(2026, 11, 20), "bridge", "2026-11-20T09:00:00Z"),
               stretch_entry("outside", ymd(2026, 11, 21), "bridge", "2026-11-21T09:00:00Z")});
    const History history = store.entries_in({ymd(2026, 11, 10), ymd(2026, 11, 20)});
    REQUIRE(history.size() == 2);
    CHECK(history[0].uuid == "early");
    CHECK(history[1].uuid == "late");
    CHECK(store.first_day() == ymd(2026, 11, 10));
}

TEST_CASE("store: exercises done on a day ignore pain scores and other days", "[store]") {
    Store store = Store::in_memory();
    CHECK_FALSE(store.first_day());
    store.add({stretch_entry("a", ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z"),
               stretch_entry("b", ymd(2026, 11, 22), "bridge", "2026-11-22T08:01:00Z"),
               stretch_entry("c", ymd(2026, 11, 21), "bird-dog", "2026-11-22T08:02:00Z"),
               pain_entry("d", ymd(2026, 11, 22), 4, "2026-11-22T08:03:00Z")});
    CHECK(store.exercises_done_on(ymd(2026, 11, 22)) == std::set<std::string>{"bridge"});
}

TEST_CASE("store: undo reverts the newest command whole, and the journal is kept with it", "[store][undo]") {
    Store store = Store::in_memory();
    CHECK_FALSE(store.undo_last());
    store.journal_as("stretch log a b", "log", "2026-11-22T08:00:00Z");
    store.atomically([&] {
        store.add({stretch_entry("a", ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z"),
                   stretch_entry("b", ymd(2026, 11, 22), "spine-stretch", "2026-11-22T08:00:00Z")});
    });
    store.journal_as("stretch delete a", "delete", "2026-11-22T09:00:00Z");
    store.atomically([&] { store.remove_entries({"a"}); });
    store.journal_as("stretch edit b", "edit", "2026-11-22T10:00:00Z");
    Entry b = store.entries_with_prefix("b").at(0);
    b.reps = 9;
    b.changed_at = "2026-11-22T10:00:00Z";
    store.atomically([&] { store.update_entry(b); });
    // A command that changes nothing is not journalled.
    store.journal_as("stretch skip (nothing)", "skip", "2026-11-22T11:00:00Z");
    store.atomically([] {});

    const auto recent = store.recent_commands(10);
    REQUIRE(recent.size() == 3);
    CHECK(recent[0].command == "stretch edit b");
    CHECK(recent[0].name == "edit");
    CHECK(recent[2].changes.size() == 2);

    const DateRange day{ymd(2026, 11, 22), ymd(2026, 11, 22)};
    CHECK(store.undo_last()->command == "stretch edit b");
    CHECK(store.entries_with_prefix("b").at(0).reps == std::nullopt);
    CHECK(store.entries_with_prefix("b").at(0).changed_at.empty());
    CHECK(store.undo_last()->command == "stretch delete a");
    CHECK(store.entries_in(day).size() == 2);
    CHECK(store.undo_last()->command == "stretch log a b");
    CHECK(store.entries_in(day).empty());
    CHECK_FALSE(store.undo_last());
}

TEST_CASE("store: undo puts text back whole, a NUL and bytes that are not UTF-8 included", "[store][undo]") {
    using namespace std::string_literals;
    Store store = Store::in_memory();
    Entry entry = stretch_entry("a", ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z");
    entry.note = "before\0after \xff \"quoted\"\n\u00e9"s;
    entry.reps = 10;
    store.journal_as("stretch import", "import", "2026-11-22T08:00:00Z");
    store.atomically([&] { store.add({entry}); });
    store.journal_as("stretch edit a", "edit", "2026-11-22T09:00:00Z");
    Entry edited = entry;
    edited.note = "changed";
    edited.reps = 12;
    store.atomically([&] { store.update_entry(edited); });
    store.journal_as("stretch delete a", "delete", "2026-11-22T10:00:00Z");
    store.atomically([&] { store.remove_entries({"a"}); });

    REQUIRE(store.undo_last());
    CHECK(store.entries_with_prefix("a").at(0).note == "changed");
    REQUIRE(store.undo_last());
    const Entry restored = store.entries_with_prefix("a").at(0);
    CHECK(restored.note == entry.note);
    CHECK(restored.note.size() == entry.note.size());
    CHECK(restored.reps == 10);
}

TEST_CASE("store: a command journalled as one is one undo, unless another command came in between",
          "[store][undo]") {
    const stretch::testing::Sandbox sandbox;  // a temporary directory, removed however the test ends
    const auto path = sandbox.home() / "stretch.db";
    // Logs bridge as `id` at `at` on 22 November, in a transaction of its own.
    const auto log = [](Store& store, const char* id, const char* at) {
        store.atomically([&] { store.add({stretch_entry(id, ymd(2026, 11, 22), "bridge", at)}); });
    };
    // The same as a command of its own, `stretch log ID`, from another process.
    const auto log_elsewhere = [&](Store& store, const char* id, const char* at) {
        store.journal_as(std::string("stretch log ") + id, "log", at);
        log(store, id, at);
    };
    Store session = Store::open_for_writing(path);
    // What the journal holds, newest first: each command with its number of changes.
    const auto journalled = [&] {
        std::vector<std::string> commands;
        for (const JournalCommand& command : session.recent_commands(10))
            commands.push_back(command.command + " (" + std::to_string(command.changes.size()) + ")");
        return commands;
    };
    session.journal_as("stretch go", "go", "2026-11-22T08:00:00Z");
    session.journal_as_one_command();
    log(session, "a", "2026-11-22T08:00:00Z");
    log(session, "b", "2026-11-22T08:00:00Z");
    CHECK(journalled() == std::vector<std::string>{"stretch go (2)"});

    // Another process logs in the middle of the session: what the session
    // logs next is a command of its own, so undo keeps its order.
    Store other = Store::open_for_writing(path);
    log_elsewhere(other, "c", "2026-11-22T08:05:00Z");
    log(session, "d", "2026-11-22T08:06:00Z");
    CHECK(journalled() == std::vector<std::string>{"stretch go (1)", "stretch log c (1)", "stretch go (2)"});

    CHECK(session.undo_last()->command == "stretch go");
    CHECK(session.undo_last()->command == "stretch log c");
    CHECK(session.undo_last()->changes.size() == 2);
    CHECK(session.entries_in({ymd(2026, 11, 22), ymd(2026, 11, 22)}).empty());

    // Undone elsewhere, its id given to the next command: the session
    // never joins that command.
    log(session, "e", "2026-11-22T08:07:00Z");
    REQUIRE(other.undo_last()->command == "stretch go");
    log_elsewhere(other, "f", "2026-11-22T08:08:00Z");
    log(session, "g", "2026-11-22T08:09:00Z");
    CHECK(journalled() == std::vector<std::string>{"stretch go (1)", "stretch log f (1)"});
}

TEST_CASE("store: the journal keeps the newest kUndoDepth commands", "[store][undo]") {
    Store store = Store::in_memory();
    for (int i = 0; i < Store::kUndoDepth + 5; ++i) {
        store.journal_as("stretch log " + std::to_string(i), "log", "2026-11-22T08:00:00Z");
        store.atomically([&] {
            store.add({stretch_entry("e" + std::to_string(i), ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z")});
        });
    }
    const auto recent = store.recent_commands(1000);
    REQUIRE(recent.size() == static_cast<size_t>(Store::kUndoDepth));
    CHECK(recent.back().command == "stretch log 5");
}

TEST_CASE("store: a batch with one bad entry writes nothing", "[store]") {
    Store store = Store::in_memory();
    store.add({stretch_entry("kept", ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z")});
    Entry out_of_range = pain_entry("bad", ymd(2026, 11, 22), 11, "2026-11-22T08:01:00Z");
    const Entry fine = stretch_entry("fine", ymd(2026, 11, 22), "spine-stretch", "2026-11-22T08:01:00Z");
    const Entry duplicate = stretch_entry("kept", ymd(2026, 11, 22), "bird-dog", "2026-11-22T08:01:00Z");
    for (const Entry& bad : {out_of_range, duplicate}) {
        INFO(bad.uuid);
        const auto error = test::thrown<Error>([&] { store.add({fine, bad}); });
        CHECK(error.kind() == ErrorKind::data);
    }
    const History history = store.entries_in({ymd(2026, 11, 1), ymd(2026, 11, 30)});
    REQUIRE(history.size() == 1);
    CHECK(history[0].uuid == "kept");
}

TEST_CASE("new_uuid gives distinct version-4 UUIDs, utc_timestamp is ISO 8601 in UTC", "[store]") {
    const std::string a = new_uuid(), b = new_uuid();
    CHECK(a != b);
    REQUIRE(a.size() == 36);
    CHECK(a[8] == '-');
    CHECK(a[14] == '4');
    CHECK(std::string("89ab").find(a[19]) != std::string::npos);
    CHECK(utc_timestamp(std::chrono::system_clock::from_time_t(1795334400)) == "2026-11-22T08:00:00Z");
}

TEST_CASE("store: the last pain of each stretch asked about before a day is its newest entry by day, time and order",
          "[store]") {
    Store store = Store::in_memory();
    const std::vector<std::string> asked = {"bridge", "spine-stretch", "bird-dog"};
    CHECK(store.last_pain_before(ymd(2026, 11, 22), asked).empty());
    auto with_pain = [](Entry entry, std::optional<int> pain) {
        entry.pain = pain;
        return entry;
    };
    store.add({with_pain(stretch_entry("a", ymd(2026, 11, 20), "bridge", "2026-11-21T09:00:00Z"), 7),
               // Logged earlier but for a later day: the later day wins.
               with_pain(stretch_entry("b", ymd(2026, 11, 21), "bridge", "2026-11-21T08:00:00Z"), 2),
               // Same day and time: the one logged after it wins.
               with_pain(stretch_entry("c", ymd(2026, 11, 21), "bridge", "2026-11-21T08:00:00Z"), std::nullopt),
               // On the day asked about: not before it.
               with_pain(stretch_entry("d", ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z"), 9),
               with_pain(stretch_entry("e", ymd(2026, 11, 19), "spine-stretch", "2026-11-19T08:00:00Z"), 4),
               pain_entry("f", ymd(2026, 11, 21), 8, "2026-11-21T10:00:00Z")});
    const auto last = store.last_pain_before(ymd(2026, 11, 22), asked);
    REQUIRE(last.size() == 2);
    CHECK(last.at("bridge") == std::pair(ymd(2026, 11, 21), std::optional<int>()));
    CHECK(last.at("spine-stretch") == std::pair(ymd(2026, 11, 19), std::optional<int>(4)));
    CHECK(store.last_pain_before(ymd(2026, 11, 21), asked).at("bridge").second == 7);
    CHECK(store.last_pain_before(ymd(2026, 11, 19), asked).empty());
    // Only the stretches asked about.
    CHECK(store.last_pain_before(ymd(2026, 11, 22), {"spine-stretch"}).size() == 1);
    CHECK(store.last_pain_before(ymd(2026, 11, 22), {}).empty());
}

TEST_CASE("store: the last pain of a stretch is found as well a day, a week or a year back", "[store]") {
    // The week before the day is read at once; older entries, and a day
    // with two entries of one stretch, are looked up one stretch at a time.
    Store store = Store::in_memory();
    auto with_pain = [](Entry entry, std::optional<int> pain) {
        entry.pain = pain;
        return entry;
    };
    store.add({with_pain(stretch_entry("a", ymd(2026, 11, 21), "bridge", "2026-11-21T08:00:00Z"), 3),
               with_pain(stretch_entry("b", ymd(2026, 11, 18), "bridge", "2026-11-18T08:00:00Z"), 6),
               with_pain(stretch_entry("c", ymd(2026, 11, 15), "bird-dog", "2026-11-15T08:00:00Z"), 5),
               with_pain(stretch_entry("d", ymd(2026, 11, 14), "bird-dog", "2026-11-14T08:00:00Z"), 1),
               with_pain(stretch_entry("e", ymd(2025, 11, 22), "spine-stretch", "2025-11-22T08:00:00Z"), 2),
               // Two of one day, the later one logged first: logged_at decides.
               with_pain(stretch_entry("f", ymd(2026, 11, 20), "hip-stretch", "2026-11-20T19:00:00Z"), 4),
               with_pain(stretch_entry("g", ymd(2026, 11, 20), "hip-stretch", "2026-11-20T07:00:00Z"), 8),
               // Logged without a pain: found, with none.
               with_pain(stretch_entry("o", ymd(2026, 11, 19), "lower-back-stretch", "2026-11-19T08:00:00Z"),
                         std::nullopt),
               // Another stretch, on the day asked about, and a pain score: none of them counts.
               with_pain(stretch_entry("h", ymd(2026, 11, 21), "leg-stretch", "2026-11-21T08:00:00Z"), 9),
               with_pain(stretch_entry("i", ymd(2026, 11, 22), "bridge", "2026-11-22T08:00:00Z"), 9),
               pain_entry("j", ymd(2026, 11, 21), 10, "2026-11-21T10:00:00Z")});
    const std::vector<std::string> asked = {"bridge",      "bird-dog",           "spine-stretch",
                                            "hip-stretch", "lower-back-stretch", "pelvic-tilts"};
    const auto last = store.last_pain_before(ymd(2026, 11, 22), asked);
    REQUIRE(last.size() == 5);
    CHECK(last.at("bridge") == std::pair(ymd(2026, 11, 21), std::optional<int>(3)));
    CHECK(last.at("bird-dog") == std::pair(ymd(2026, 11, 15), std::optional<int>(5)));
    CHECK(last.at("spine-stretch") == std::pair(ymd(2025, 11, 22), std::optional<int>(2)));
    CHECK(last.at("hip-stretch") == std::pair(ymd(2026, 11, 20), std::optional<int>(4)));
    CHECK(last.at("lower-back-stretch") == std::pair(ymd(2026, 11, 19), std::optional<int>()));
    // bird-dog's last day is the first of the week scanned, then a day older
    // than that week: the same answer either way.
    CHECK(store.last_pain_before(ymd(2026, 11, 22), {"bird-dog", "bridge"}).at("bird-dog").second == 5);
    CHECK(store.last_pain_before(ymd(2026, 11, 23), {"bird-dog", "bridge"}).at("bird-dog").second == 5);
    CHECK(store.last_pain_before(ymd(2026, 11, 23), {"bird-dog"}).at("bird-dog").second == 5);

    // All found: the day of the one found last is still read to its end.
    Store tied = Store::in_memory();
    tied.add({with_pain(stretch_entry("k", ymd(2026, 11, 21), "bridge", "2026-11-21T08:00:00Z"), 1),
              with_pain(stretch_entry("l", ymd(2026, 11, 20), "hip-stretch", "2026-11-20T19:00:00Z"), 2),
              with_pain(stretch_entry("m", ymd(2026, 11, 20), "hip-stretch", "2026-11-20T07:00:00Z"), 6),
              with_pain(stretch_entry("n", ymd(2026, 11, 19), "hip-stretch", "2026-11-19T07:00:00Z"), 9)});
    const auto both = tied.last_pain_before(ymd(2026, 11, 22), {"bridge", "hip-stretch", "bridge"});
    REQUIRE(both.size() == 2);
    CHECK(both.at("bridge").second == 1);
    CHECK(both.at("hip-stretch") == std::pair(ymd(2026, 11, 20), std::optional<int>(2)));
}

TEST_CASE("store: a reader sees the log as it was at its first read, and the next reader sees the new entries",
          "[store]") {
    const stretch::testing::Sandbox sandbox;  // a temporary HOME with a real log file
    const DateRange november{ymd(2026, 11, 1), ymd(2026, 11, 30)};
    Store::open_for_writing(sandbox.database())
        .add({stretch_entry("u1", ymd(2026, 11, 20), "bridge", "2026-11-20T08:00:00Z")});

    std::optional<Store> reader = Store::open_existing(sandbox.database());
    REQUIRE(reader);
    REQUIRE(reader->entries_in(november).size() == 1);
    // The writer is another process, as it always is for a reading command:
    // within one process SQLite shares a file's -shm among its connections,
    // and the reader opened it read-only.
    REQUIRE(sandbox.run({"log", "bridge", "--date", "2026-11-21"}).exit_code == 0);

    // Both parts of one command's answer come from the same moment.
    CHECK(reader->entries_in(november).size() == 1);
    CHECK(reader->exercises_done_on(ymd(2026, 11, 21)).empty());
    reader.reset();
    CHECK(Store::open_existing(sandbox.database())->entries_in(november).size() == 2);
}
