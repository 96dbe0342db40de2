#include "core/routine.h"

#include <algorithm>

#include "core/text.h"

namespace stretch {

bool Schedule::daily() const {
    return std::all_of(weekdays.begin(), weekdays.end(), [](bool on) { return on; });
}

bool Schedule::includes(Date day) const { return weekdays.at(static_cast<size_t>(weekday_index(day))); }

std::string Schedule::describe() const {
    if (daily()) return "daily";
    std::string text;
    for (int i = 0; i < 7; ++i) {
        if (!weekdays.at(static_cast<size_t>(i))) continue;
        if (!text.empty()) text += ", ";
        text += weekday_short(i);
    }
    return text.empty() ? "never" : text;
}

std::string routine_command(std::string_view stretch, std::string_view what, std::string_view id) {
    return std::string(stretch) + " " + std::string(what) + " --routine " + shell_quoted(id);
}

}  // namespace stretch
