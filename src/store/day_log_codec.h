#pragma once
/// How a day's log (core/day_log.h) is kept in the day_logs table: a few
/// bytes per stretch, read back far faster than the entries it adds up.

#include <optional>
#include <string>
#include <string_view>

#include "core/day_log.h"

namespace stretch {

/// The log's stretches and pain scores as bytes; the day is not included.
std::string encode_day_log(const DayLog& log);

/// Puts the log of `day` that `bytes` encode into `log`, reusing its
/// buffers (see DayLogCursor::next); false for anything encode_day_log did
/// not write (a damaged row is then read from the entries instead), `log`
/// then unspecified.
bool decode_day_log(Date day, std::string_view bytes, DayLog& log);
/// The same into a new DayLog; nullopt when refused.
std::optional<DayLog> decode_day_log(Date day, std::string_view bytes);

}  // namespace stretch
