#pragma once
/// Prints HTML the way a user does, with Debian's headless Chromium, and
/// reads the PDF back with poppler-utils, for the tests of printed sheets.

#include <filesystem>
#include <string>
#include <vector>

#include "support/sandbox.h"

namespace stretch::testing {

struct PrintedPdf {
    int pages = 0;
    std::vector<std::string> page_texts;  ///< pdftotext of each page
    std::string text() const;             ///< every page's text, in order
};

/// Prints `html` (a file in the sandbox) on `paper` ("A4" or "letter"),
/// with a fresh browser profile and no network, and reads the PDF. The
/// paper is chosen by adding an @page size rule to a copy of the file,
/// as a print dialog would. Fails the test when Chromium or poppler does.
PrintedPdf print_html(const Sandbox& sandbox, const std::filesystem::path& html, const std::string& paper);

/// Every <svg>...</svg> element of an HTML text, and every SVG embedded as a
/// base64 data: image, as text.
std::vector<std::string> svgs_in(const std::string& html);

/// True when `xml` parses as XML (xmllint, as any XML reader would).
bool well_formed_xml(const Sandbox& sandbox, const std::string& xml);

}  // namespace stretch::testing
