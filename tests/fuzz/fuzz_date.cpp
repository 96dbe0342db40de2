// libFuzzer target: any bytes as a WHEN word (today, yesterday, tomorrow,
// YYYY-MM-DD, a weekday name), read against a few todays in both directions.
// A stretch::Error is the expected answer to a bad word; any other exception
// escapes, terminates and is reported as a crash, as are sanitizer reports.
// A day that is returned must keep date.h's contract, or the target aborts.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/error.h"

namespace {

using stretch::Date;
using namespace std::chrono;

/// At least a week inside kEarliestDay..kLatestDay, so that every day a word
/// can name from them lies in the window too.
constexpr std::array<Date, 5> kTodays = {
    Date{year(2000), January, day(8)},     Date{year(2024), February, day(29)},
    Date{year(2026), November, day(22)},   Date{year(2026), November, day(23)},
    Date{year(2199), December, day(24)},
};

[[noreturn]] void broken(std::string_view word, const std::string& what) {
    std::fprintf(stderr, "word \"%.*s\": %s\n", static_cast<int>(word.size()), word.data(), what.c_str());
    std::abort();
}

[[noreturn]] void broken(std::string_view word, Date today, const std::string& what) {
    broken(word, "today " + stretch::to_iso(today) + ": " + what);
}

bool in_window(Date day) { return day.ok() && stretch::kEarliestDay <= day && day <= stretch::kLatestDay; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view word(reinterpret_cast<const char*>(data), size);

    const auto iso = stretch::parse_iso_date(word);
    if (iso && (!iso->ok() || stretch::to_iso(*iso) != word))
        broken(word, "parse_iso_date is not strict YYYY-MM-DD");

    for (const Date today : kTodays) {
        for (const auto direction : {stretch::WhenDirection::next, stretch::WhenDirection::latest}) {
            try {
                const Date day = stretch::resolve_when(word, today, direction);
                if (!in_window(day)) broken(word, today, "resolve_when returned " + stretch::to_iso(day));
                if (iso) {
                    if (day != *iso) broken(word, today, "resolve_when moved a date");
                    continue;
                }
                // today, yesterday, tomorrow or a weekday: within a week, in the asked direction.
                const int offset = stretch::days_between(today, day);
                const bool next = direction == stretch::WhenDirection::next;
                if (next ? (offset < -1 || offset > 6) : (offset < -6 || offset > 1))
                    broken(word, today, "resolve_when went " + std::to_string(offset) + " days");
            } catch (const stretch::Error&) {
            }
        }
        try {
            const Date day = stretch::resolve_past_day(word, today);
            if (!in_window(day) || day > today)
                broken(word, today, "resolve_past_day returned " + stretch::to_iso(day));
        } catch (const stretch::Error&) {
        }
    }
    return 0;
}
