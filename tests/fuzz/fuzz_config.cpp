// libFuzzer target: any bytes as config.toml. A stretch::Error is the
// expected answer to bad input; any other exception escapes, terminates and
// is reported as a crash, as are sanitizer reports. A config that loads must
// keep the pain zones' promise: a stop zone that exists and starts above the
// fine zone.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/error.h"
#include "core/pain.h"
#include "routines/config_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    stretch::Config config;
    try {
        config = stretch::parse_config(text, "config.toml");
    } catch (const stretch::Error&) {
        return 0;
    }
    const auto& zones = config.pain_zones;
    if (zones.fine_up_to < 0 || zones.stop_from > stretch::kSeverePain || zones.stop_from <= zones.fine_up_to ||
        config.week_start < 0 || config.week_start > 6) {
        std::fprintf(stderr, "parse_config accepted fine_up_to=%d stop_from=%d week_start=%d\n",
                     zones.fine_up_to, zones.stop_from, config.week_start);
        std::abort();
    }
    return 0;
}
