#include "cli/entry_ids.h"

#include "core/error.h"
#include "core/text.h"

namespace stretch {

Entry find_entry(const Store& store, const std::string& id, const std::string& stretch) {
    const std::string prefix = lower(id);
    if (prefix.size() < kShortestIdPrefix || prefix.size() > 36 ||
        prefix.find_first_not_of("0123456789abcdef-") != std::string::npos)
        throw Error(ErrorKind::usage, "'" + terminal_safe(id) + "' is not an entry id",
                    "give the id `" + stretch + " history` prints (at least " + std::to_string(kShortestIdPrefix) +
                        " characters)");
    const History matches = store.entries_with_prefix(prefix);
    if (matches.empty())
        throw Error(ErrorKind::usage, "no entry has the id '" + prefix + "'",
                    "`" + stretch + " history --all` lists every entry with its id");
    if (matches.size() > 1) {
        std::vector<std::string> ids;
        for (const Entry& entry : matches)
            ids.push_back(entry.uuid.substr(0, std::max(prefix.size() + 4, kShortIdLength)) + " (" +
                          subject(entry) + " on " + to_iso(entry.day) + ")");
        throw Error(ErrorKind::usage,
                    "the id '" + prefix + "' matches " + std::to_string(matches.size()) + " entries: " + join(ids),
                    "give more of the id");
    }
    return matches.front();
}

}  // namespace stretch
