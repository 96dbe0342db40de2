#pragma once
/// Prints HTML the way a user does, with Debian's headless Chromium, and
/// reads the PDF back with poppler-utils, for the tests of printed sheets.

#include <filesystem>
#include <string>
#include <vector>

#include "support/sandbox.h"

namespace stretch::testing {

struct PrintedPdf {
    std::filesystem::path file;
    int pages = 0;
    std::vector<std::string> page_texts;  ///< pdftotext of each page
    std::string text() const;             ///< every page's text, in order
};

/// Prints `html` (a file in the sandbox) on `paper` ("A4" or "letter"),
/// with a fresh browser profile and no network, and reads the PDF. The
/// paper is chosen by adding an @page size rule to a copy of the file,
/// as a print dialog would. Fails the test when Chromium or poppler does.
PrintedPdf print_html(const Sandbox& sandbox, const std::filesystem::path& html, const std::string& paper);

/// One page of a PDF as poppler draws it, in grey (0 black, 255 white).
struct Raster {
    int width = 0, height = 0;
    std::string pixels;  ///< row by row, one byte a pixel
    bool dark(int x, int y) const { return static_cast<unsigned char>(pixels[static_cast<size_t>(y * width + x)]) < 128; }
    /// The longest run of dark pixels straight down within columns
    /// [from, to]: a table's side is a line as long as the table.
    int longest_vertical_line(int from, int to) const;
};
Raster raster_page(const Sandbox& sandbox, const PrintedPdf& pdf, int page, int dpi);

/// Every <svg>...</svg> element of an HTML text, and every SVG embedded as a
/// base64 data: image, as text.
std::vector<std::string> svgs_in(const std::string& html);

/// `text` in lower case (ASCII), to look for markup in any case.
std::string lowered(std::string text);

/// True when `xml` parses as XML (xmllint, as any XML reader would).
bool well_formed_xml(const Sandbox& sandbox, const std::string& xml);

}  // namespace stretch::testing
