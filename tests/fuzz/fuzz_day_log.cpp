// libFuzzer target: any bytes as a kept day log (the day_logs table's `log`
// column, which a hand edit or a damaged file can fill with anything). The
// decoder must refuse, never crash or read past the bytes, and what it
// accepts must be exactly what encode_day_log writes for that log: the
// encoding is canonical, so a day is never read two ways. Anything else
// aborts.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "store/day_log_codec.h"

namespace {

[[noreturn]] void broken(const char* what) {
    std::fprintf(stderr, "day log: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const stretch::Date day{std::chrono::year(2026), std::chrono::December, std::chrono::day(2)};
    const auto log = stretch::decode_day_log(day, bytes);
    if (!log) return 0;
    if (log->day != day) broken("decoded into another day");
    for (const stretch::StretchDay& stretch : log->stretches) {
        if (stretch.exercise.empty()) broken("a stretch without an exercise");
        if (stretch.reps < 0 || stretch.pain_max < 0 || stretch.pain_max > 10 || stretch.pain_count < 0 ||
            stretch.pain_total < stretch.pain_max)
            broken("a stretch no entries could add up to");
    }
    if (stretch::encode_day_log(*log) != bytes) broken("accepted bytes encode_day_log does not write");
    // Decoded over a day that held more, it reads the same (reports reuse one).
    stretch::DayLog reused;
    reused.stretches = {{"lower-stomach-stretch", 9, 9, 1, 9}, {"x", 1, 0, 0, 0}, {"y", 1, 0, 0, 0}};
    reused.pain_scores = reused.before_session = reused.after_session = {1, 2, 3};
    if (!stretch::decode_day_log(day, bytes, reused) || stretch::encode_day_log(reused) != bytes)
        broken("a reused log reads the bytes otherwise");
    return 0;
}
