#pragma once
/// The report as one self-contained HTML page for a therapist: the
/// consistency calendar and the pain trend as inline SVG charts, the
/// findings in words, the per-stretch table and the notes. Prints in black
/// and white.

#include <string>

#include "core/report.h"

namespace stretch {

/// Every text from routine files and the log is escaped.
/// `stretch` names the program in the commands it gives (see routine_command()).
std::string render_report_html(const Report& report, std::string_view stretch);

}  // namespace stretch
