#include <catch2/catch.hpp>

#include "core/suggest.h"

using namespace stretch;

TEST_CASE("edit_distance counts insertions, deletions and substitutions", "[suggest]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("bridge", "bridge") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("bridg", "bridge") == 1);   // one insertion
    CHECK(edit_distance("bridges", "bridge") == 1); // one deletion
    CHECK(edit_distance("bridgo", "bridge") == 1);  // one substitution
    CHECK(edit_distance("brigde", "bridge") == 2);  // a swap is two edits
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("edit_distance is symmetric and ignores case", "[suggest]") {
    CHECK(edit_distance("sitting", "kitten") == edit_distance("kitten", "sitting"));
    CHECK(edit_distance("Bridge", "bridge") == 0);
    CHECK(edit_distance("HIP-STRETCH", "hip-stretch") == 0);
    CHECK(edit_distance("Reps", "rep") == 1);
}

TEST_CASE("closest picks the nearest candidate", "[suggest]") {
    const std::vector<std::string> ids{"bird-dog", "bridge", "hip-stretch", "leg-stretch"};
    CHECK(closest("bridg", ids) == std::optional<std::string>("bridge"));
    CHECK(closest("hip-strech", ids) == std::optional<std::string>("hip-stretch"));
    CHECK(closest("leg-strech", ids) == std::optional<std::string>("leg-stretch"));
    CHECK(closest("BRIDGE", ids) == std::optional<std::string>("bridge"));
    CHECK(closest("rep", {"reps", "hold", "sides"}) == std::optional<std::string>("reps"));
}

TEST_CASE("closest returns nullopt when nothing is near", "[suggest]") {
    const std::vector<std::string> ids{"bird-dog", "bridge", "hip-stretch"};
    CHECK_FALSE(closest("yoga", ids).has_value());
    CHECK_FALSE(closest("stretching", ids).has_value());
    CHECK_FALSE(closest("bridge", {}).has_value());
    CHECK_FALSE(closest("", ids).has_value());
}

TEST_CASE("closest allows at least 2 edits, and a third of the word's length", "[suggest]") {
    // Short words: 2 edits allowed.
    CHECK(closest("ab", {"abcd"}) == std::optional<std::string>("abcd"));
    CHECK_FALSE(closest("ab", {"abcde"}).has_value());
    CHECK(closest("abcdef", {"abcdxy"}) == std::optional<std::string>("abcdxy"));
    CHECK_FALSE(closest("abcdef", {"abcxyz"}).has_value());
    // 12 letters: 4 edits allowed, 5 are too many.
    CHECK(closest("abcdefghijkl", {"abcdefghwxyz"}) == std::optional<std::string>("abcdefghwxyz"));
    CHECK_FALSE(closest("abcdefghijkl", {"abcdefgvwxyz"}).has_value());
}

TEST_CASE("closest keeps the first of equally near candidates", "[suggest]") {
    CHECK(closest("cat", {"bat", "hat"}) == std::optional<std::string>("bat"));
    CHECK(closest("cat", {"hat", "bat"}) == std::optional<std::string>("hat"));
    CHECK(closest("cat", {"bats", "hat"}) == std::optional<std::string>("hat"));
}
