#pragma once
/// Histories the end-to-end tests build through the real binary.

#include "support/sandbox.h"

namespace stretch::testing {

/// A week with stretches, pain, a stop-zone pause, a skip and a manual pause.
void busy_week(Sandbox& sandbox);

}  // namespace stretch::testing
