#pragma once
/// The words stretch says about safety, in one place so the plan, `show`,
/// `pain`, `log` and the man page say the same thing.

#include <string>
#include <vector>

namespace stretch {

/// Signs that back pain needs a doctor rather than stretches, after the NHS
/// back-pain guidance (https://www.nhs.uk/conditions/back-pain/), in plain words.
const std::vector<std::string>& warning_signs();

/// One sentence that introduces warning_signs().
std::string warning_signs_lead();

/// The article's rule: check first, move gently, stop what hurts.
std::string safety_rule();

}  // namespace stretch
