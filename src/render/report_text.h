#pragma once
/// The report for people at the terminal, and the sentences every report
/// for people (text, Markdown, HTML) says the same way.

#include <optional>
#include <string>

#include "core/report.h"
#include "render/style.h"

namespace stretch {

/// `stretch` names the program in the commands they give (see routine_command()).
std::string render_report_text(const Report& report, const Style& style, std::string_view stretch);

/// "1 day", "3 days".
std::string days_word(int n);
/// "89%" of a 0..1 fraction; "n/a" when there is none.
std::string percent_text(const std::optional<double>& fraction);

/// Sentences about the pain trend and adherence, shared by both renderers;
/// empty when there is too little data to say anything.
std::vector<std::string> pain_findings(const PainSummary& pain);
/// What guided sessions did to pain right away, in one sentence; nullopt
/// when the range has no day with pain before and after a session.
std::optional<std::string> session_finding(const SessionPain& sessions);
/// "Not missed and not counted: 2 skipped ..." and "Paused, so not planned:
/// ...": what the safe choices did, apart from the misses; empty when none.
std::vector<std::string> safe_choices(const Report& report);
/// "2 of 10 stretches done; today is judged once it is over", when today is
/// in the report and still pending: the counts leave it out, and the table
/// of stretches already shows what was done.
std::optional<std::string> today_so_far(const Report& report);

}  // namespace stretch
