#pragma once
/// Where each stretch stands in its dose's ranges (core/progression.h), read
/// from the log: from the progress kept up to yesterday, plus any days since.

#include "core/config.h"
#include "core/plan.h"
#include "store/store.h"

namespace stretch {

/// The progress of each stretch `expected` asks for, at the start of its
/// day, under `rule`: every day each was done before then, walked in order.
Progresses progress_before(const Store& store, const ExpectedDay& expected, const ProgressionRule& rule);

/// The target of one stretch on `day` at `dose` under `rule` (the low end
/// when the rule is off): for a stretch logged that the day's plan does not
/// hold, such as a paused one or another routine's.
Target target_for(const Store& store, const PlannedStretch& step, const std::optional<ProgressionRule>& rule,
                  Date day);

/// Keeps the progress of every stretch of every routine of `catalog` (as
/// today's files define them) up to yesterday, so that a plan walks only the
/// days since. Runs inside a writing command's transaction.
void refresh_progress(Store& store, const Catalog& catalog, Date today);

}  // namespace stretch
