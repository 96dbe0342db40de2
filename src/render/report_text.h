#pragma once
/// The report for people: for the terminal (text) and for notes or a
/// therapist (Markdown). Both say the same things in plain words.

#include <string>

#include "core/report.h"
#include "render/style.h"

namespace stretch {

std::string render_report_text(const Report& report, const Style& style);
std::string render_report_markdown(const Report& report);

/// Sentences about the pain trend and adherence, shared by both renderers;
/// empty when there is too little data to say anything.
std::vector<std::string> pain_findings(const PainSummary& pain);
/// What guided sessions did to pain right away, in one sentence; nullopt
/// when the range has no day with pain before and after a session.
std::optional<std::string> session_finding(const SessionPain& sessions);
/// "Not missed and not counted: 2 skipped ..." and "Paused, so not planned:
/// ...": what the safe choices did, apart from the misses; empty when none.
std::vector<std::string> safe_choices(const Report& report);

}  // namespace stretch
