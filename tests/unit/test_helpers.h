#pragma once
// Shared helpers for the unit tests: building dates, catching the error a
// call throws so its fields can be checked, and printing dates in failures.

#include <chrono>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

#include "core/date.h"
#include "core/error.h"

namespace test {

inline stretch::Date ymd(int year, unsigned month, unsigned day) {
    return stretch::Date{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
}

/// Runs `call` and returns the `E` it throws; fails the test when it throws
/// nothing (any other exception propagates and fails the test too).
template <typename E, typename F>
E thrown(F&& call) {
    try {
        call();
    } catch (const E& error) {
        return error;
    }
    FAIL("expected an exception, but nothing was thrown");
    throw std::logic_error("unreachable");
}

}  // namespace test

namespace Catch {
template <>
struct StringMaker<std::chrono::year_month_day> {
    static std::string convert(const std::chrono::year_month_day& day) {
        return day.ok() ? stretch::to_iso(day) : "(invalid date)";
    }
};
}  // namespace Catch
