// libFuzzer target: any bytes as a routine file. A stretch::Error (a
// RoutineError naming file:line:column) is the expected answer to bad input;
// any other exception escapes, terminates and is reported as a crash, as are
// sanitizer reports.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "routines/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        (void)stretch::parse_routine_file(text, "routines/fuzz.toml");
    } catch (const stretch::Error&) {
    }
    return 0;
}
