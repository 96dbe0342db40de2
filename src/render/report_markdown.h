#pragma once
/// The report as Markdown, for notes or a therapist: the same content as the
/// HTML report, its charts given as tables.

#include <string>

#include "core/report.h"

namespace stretch {

/// Every text from routine files and the log is escaped.
/// `stretch` names the program in the commands it gives (see routine_command()).
std::string render_report_markdown(const Report& report, std::string_view stretch);

}  // namespace stretch
