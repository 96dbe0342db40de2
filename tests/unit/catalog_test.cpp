#include <catch2/catch.hpp>

#include "core/catalog.h"
#include "core/error.h"
#include "unit/test_helpers.h"

using namespace stretch;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;

namespace {

Exercise exercise(std::string id, std::string name) {
    Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.dose.reps = Range{8, 12};
    return e;
}

Routine routine(std::string id) {
    Routine r;
    r.id = std::move(id);
    r.name = r.id + " routine";
    return r;
}

Catalog sample() {
    Catalog catalog;
    for (auto e : {exercise("bridge", "Bridge"), exercise("bridge-march", "Marching Bridge"),
                   exercise("bird-dog", "Bird Dog"), exercise("hip-stretch", "Hip Stretch"),
                   exercise("lower-back-stretch", "Lower Back Stretch"),
                   exercise("lower-stomach-stretch", "Lower Stomach Stretch"),
                   exercise("spine-stretch", "Spine Stretch"), exercise("cat", "Cat Camel"),
                   exercise("march-in-place", "March In Place")})
        catalog.exercises.emplace(e.id, e);
    for (auto r : {routine("lower-back"), routine("morning")}) catalog.routines.emplace(r.id, r);
    return catalog;
}

Error exercise_error(const Catalog& catalog, std::string_view query) {
    return test::thrown<Error>([&] { catalog.find_exercise(query); });
}

}  // namespace

TEST_CASE("exercise_ids and routine_ids are sorted", "[catalog]") {
    const Catalog catalog = sample();
    CHECK(catalog.exercise_ids() ==
          std::vector<std::string>{"bird-dog", "bridge", "bridge-march", "cat", "hip-stretch",
                                   "lower-back-stretch", "lower-stomach-stretch", "march-in-place",
                                   "spine-stretch"});
    CHECK(catalog.routine_ids() == std::vector<std::string>{"lower-back", "morning"});
}

TEST_CASE("find_exercise by exact id", "[catalog]") {
    const Catalog catalog = sample();
    CHECK(catalog.find_exercise("bird-dog").name == "Bird Dog");
    CHECK(&catalog.find_exercise("hip-stretch") == &catalog.exercises.at("hip-stretch"));
    // An exact id wins even though it is also a prefix of another id.
    CHECK(catalog.find_exercise("bridge").id == "bridge");
}

TEST_CASE("find_exercise by name in any case", "[catalog]") {
    const Catalog catalog = sample();
    CHECK(catalog.find_exercise("Bird Dog").id == "bird-dog");
    CHECK(catalog.find_exercise("bird dog").id == "bird-dog");
    CHECK(catalog.find_exercise("LOWER BACK STRETCH").id == "lower-back-stretch");
    CHECK(catalog.find_exercise("marching bridge").id == "bridge-march");
    CHECK(catalog.find_exercise("cat camel").id == "cat");
}

TEST_CASE("find_exercise by a unique prefix of the id or the name", "[catalog]") {
    const Catalog catalog = sample();
    CHECK(catalog.find_exercise("hip").id == "hip-stretch");
    CHECK(catalog.find_exercise("bi").id == "bird-dog");
    CHECK(catalog.find_exercise("lower-b").id == "lower-back-stretch");
    CHECK(catalog.find_exercise("bridge-m").id == "bridge-march");
    CHECK(catalog.find_exercise("Spine-S").id == "spine-stretch");
    // Prefixes of the name only, not of the id:
    CHECK(catalog.find_exercise("Bird D").id == "bird-dog");
    CHECK(catalog.find_exercise("marching").id == "bridge-march");
    CHECK(catalog.find_exercise("lower stom").id == "lower-stomach-stretch");
    // A prefix of both the id and the name of one exercise is not ambiguous.
    CHECK(catalog.find_exercise("spine").id == "spine-stretch");
    CHECK(catalog.find_exercise("CA").id == "cat");
}

TEST_CASE("find_exercise with an ambiguous prefix lists the candidates", "[catalog]") {
    const Catalog catalog = sample();
    SECTION("two ids") {
        const Error error = exercise_error(catalog, "lower");
        CHECK(error.kind() == ErrorKind::usage);
        CHECK_THAT(error.what(), Contains("'lower'") && Contains("several"));
        CHECK_THAT(error.hint(), Equals("say which: lower-back-stretch, lower-stomach-stretch"));
    }
    SECTION("three ids") {
        const Error error = exercise_error(catalog, "b");
        CHECK(error.kind() == ErrorKind::usage);
        CHECK_THAT(error.hint(), Equals("say which: bird-dog, bridge, bridge-march"));
    }
    SECTION("one by its name, one by its id") {
        // "Marching Bridge" (bridge-march) by name, march-in-place by id.
        const Error error = exercise_error(catalog, "march");
        CHECK_THAT(error.hint(), Equals("say which: bridge-march, march-in-place"));
    }
}

TEST_CASE("find_exercise with an unknown query suggests the closest id", "[catalog]") {
    const Catalog catalog = sample();
    const Error error = exercise_error(catalog, "brigde");
    CHECK(error.kind() == ErrorKind::usage);
    CHECK_THAT(error.what(), Contains("'brigde'"));
    CHECK_THAT(error.hint(), Equals("did you mean 'bridge'?"));

    const Error near_name = exercise_error(catalog, "hip-strech");
    CHECK_THAT(near_name.hint(), Equals("did you mean 'hip-stretch'?"));

    // An id is taken by its start, so a typo of a start is one too.
    CHECK_THAT(exercise_error(catalog, "hipp").hint(), Equals("did you mean 'hip-stretch'?"));
    CHECK_THAT(exercise_error(catalog, "mrach").hint(), Equals("did you mean 'march-in-place'?"));
    // A start two ids share names neither.
    CHECK_THAT(exercise_error(catalog, "lowr").hint(), Contains("stretch list"));
}

TEST_CASE("find_exercise with nothing near points at the list", "[catalog]") {
    const Catalog catalog = sample();
    for (const char* query : {"yoga", "", "stretch", "hup"}) {  // "hup": too short to be a typo of "hip"
        INFO("query: '" << query << "'");
        const Error error = exercise_error(catalog, query);
        CHECK(error.kind() == ErrorKind::usage);
        CHECK_THAT(error.hint(), Contains("stretch list"));
        CHECK_THAT(error.hint(), !Contains("did you mean"));
    }
}

TEST_CASE("find_exercise in an empty catalog throws", "[catalog]") {
    const Catalog empty;
    const Error error = exercise_error(empty, "bridge");
    CHECK(error.kind() == ErrorKind::usage);
    CHECK_THAT(error.what(), Contains("'bridge'"));
}

TEST_CASE("find_routine by exact id only", "[catalog]") {
    const Catalog catalog = sample();
    CHECK(&catalog.find_routine("morning") == &catalog.routines.at("morning"));
    CHECK(catalog.find_routine("lower-back").id == "lower-back");

    const Error typo = test::thrown<Error>([&] { catalog.find_routine("lower-bak"); });
    CHECK(typo.kind() == ErrorKind::usage);
    CHECK_THAT(typo.what(), Contains("'lower-bak'"));
    CHECK_THAT(typo.hint(), Equals("did you mean 'lower-back'?"));

    // No prefix matching for routines, and no case folding.
    CHECK_THROWS_AS(catalog.find_routine("morn"), Error);
    CHECK_THROWS_AS(catalog.find_routine("Morning"), Error);

    const Error far = test::thrown<Error>([&] { catalog.find_routine("evening-yoga"); });
    CHECK_THAT(far.hint(), Contains("stretch list"));
}

TEST_CASE("default_routine prefers lower-back", "[catalog]") {
    const Catalog catalog = sample();
    CHECK(catalog.default_routine().id == "lower-back");
}

TEST_CASE("default_routine is the only routine when there is one", "[catalog]") {
    Catalog catalog;
    catalog.routines.emplace("morning", routine("morning"));
    CHECK(catalog.default_routine().id == "morning");
}

TEST_CASE("default_routine with several and no lower-back is a usage error", "[catalog]") {
    Catalog catalog;
    catalog.routines.emplace("morning", routine("morning"));
    catalog.routines.emplace("evening", routine("evening"));
    const Error error = test::thrown<Error>([&] { catalog.default_routine(); });
    CHECK(error.kind() == ErrorKind::usage);
    CHECK_THAT(error.hint(), Contains("--routine") && Contains("evening, morning"));
}

TEST_CASE("default_routine with no routine at all is a data error", "[catalog]") {
    const Catalog catalog;
    const Error error = test::thrown<Error>([&] { catalog.default_routine(); });
    CHECK(error.kind() == ErrorKind::data);
    CHECK_THAT(error.what(), Contains("no routine"));
}
