#pragma once
/// The words stretch says about safety, in one place so the plan, `show`,
/// `pain`, `log` and the man page say the same thing.

#include <string>
#include <vector>

namespace stretch {

/// Signs that back pain needs a doctor rather than stretches, sharing how
/// soon to act on them.
struct WarningSigns {
    std::string lead;                ///< how soon, as a sentence ending "if you have:"
    std::vector<std::string> signs;  ///< in plain words, each completing the lead
};

/// Every warning sign, the ones that need emergency help first, then the
/// ones that need a doctor urgently: after the NHS back-pain
/// guidance (https://www.nhs.uk/conditions/back-pain/), which sorts them so.
const std::vector<WarningSigns>& warning_signs();

/// Every sign of warning_signs(), the most urgent first.
std::vector<std::string> all_warning_signs();

/// The article's rule: check first, move gently, stop what hurts.
std::string safety_rule();

}  // namespace stretch
