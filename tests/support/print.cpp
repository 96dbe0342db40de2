#include "support/print.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace stretch::testing {

namespace fs = std::filesystem;

namespace {

Result run_tool(const Sandbox& sandbox, const std::vector<std::string>& argv) {
    return Sandbox::finish(sandbox.start(argv));
}

std::string base64_decoded(const std::string& text) {
    static const std::string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const auto value = digits.find(c);
        if (value == std::string::npos) continue;  // '=' padding
        buffer = (buffer << 6) | static_cast<unsigned>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xff);
        }
    }
    return out;
}

}  // namespace

std::string PrintedPdf::text() const {
    std::string out;
    for (const auto& page : page_texts) out += page;
    return out;
}

PrintedPdf print_html(const Sandbox& sandbox, const fs::path& html, const std::string& paper) {
    std::string page = read_file(html);
    const auto style = page.find("<style>");
    if (style == std::string::npos) throw std::runtime_error(html.string() + " has no <style>");
    page.insert(style + 7, "@page { size: " + paper + "; }");
    const fs::path copy = sandbox.write(html.filename().string() + "." + paper + ".html", page);
    const fs::path pdf = copy.string() + ".pdf";
    // Chromium now and then neither prints nor exits (once in CI, on a busy
    // machine, until the test's 120 s ran out): each try is cut off after
    // 30 s, and one that printed nothing is made again with a fresh profile.
    constexpr int kTries = 3;
    Result printed;
    for (int attempt = 1; attempt <= kTries && !fs::exists(pdf); ++attempt) {
        const fs::path profile =
            sandbox.home() / (".chromium-" + paper + "-" + html.filename().string() + "-" + std::to_string(attempt));
        printed = run_tool(sandbox, {"timeout", "-k", "5", "30", "chromium", "--headless", "--no-sandbox",
                                     "--disable-gpu", "--no-first-run", "--disable-sync",
                                     "--disable-background-networking", "--disable-component-update",
                                     "--disable-quic", "--user-data-dir=" + profile.string(), "--no-pdf-header-footer",
                                     "--print-to-pdf=" + pdf.string(), "file://" + copy.string()});
    }
    if (!fs::exists(pdf))
        throw std::runtime_error("chromium printed no PDF (exit " + std::to_string(printed.exit_code) + "): " +
                                 printed.err + "\ninstall it with scripts/install-deps.sh");
    const Result info = run_tool(sandbox, {"pdfinfo", pdf.string()});
    const auto at = info.out.find("Pages:");
    if (info.exit_code != 0 || at == std::string::npos) throw std::runtime_error("pdfinfo failed: " + info.err);
    PrintedPdf out;
    out.file = pdf;
    out.pages = std::stoi(info.out.substr(at + 6));
    for (int i = 1; i <= out.pages; ++i)
        out.page_texts.push_back(
            run_tool(sandbox, {"pdftotext", "-f", std::to_string(i), "-l", std::to_string(i), pdf.string(), "-"}).out);
    return out;
}

int Raster::longest_vertical_line(int from, int to) const {
    int longest = 0;
    for (int x = std::max(0, from); x <= std::min(width - 1, to); ++x)
        for (int y = 0, run = 0; y < height; ++y) {
            run = dark(x, y) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    return longest;
}

Raster raster_page(const Sandbox& sandbox, const PrintedPdf& pdf, int page, int dpi) {
    const Result drawn = run_tool(sandbox, {"pdftoppm", "-gray", "-r", std::to_string(dpi), "-f", std::to_string(page),
                                            "-l", std::to_string(page), pdf.file.string()});
    // A binary PGM: "P5", width and height, the largest value, then the pixels.
    std::istringstream in(drawn.out);
    std::string magic;
    Raster raster;
    int largest = 0;
    in >> magic >> raster.width >> raster.height >> largest;
    in.get();
    if (drawn.exit_code != 0 || magic != "P5" || largest != 255)
        throw std::runtime_error("pdftoppm drew no page " + std::to_string(page) + ": " + drawn.err);
    raster.pixels.assign(std::istreambuf_iterator<char>(in), {});
    if (raster.pixels.size() != static_cast<size_t>(raster.width) * static_cast<size_t>(raster.height))
        throw std::runtime_error("pdftoppm drew a page cut short");
    return raster;
}

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::vector<std::string> svgs_in(const std::string& html) {
    std::vector<std::string> svgs;
    for (size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) {
        const auto end = html.find("</svg>", at);
        svgs.push_back(html.substr(at, end == std::string::npos ? std::string::npos : end + 6 - at));
    }
    const std::string prefix = "data:image/svg+xml;base64,";
    for (size_t at = html.find(prefix); at != std::string::npos; at = html.find(prefix, at + 1)) {
        const size_t start = at + prefix.size();
        svgs.push_back(base64_decoded(html.substr(start, html.find('"', start) - start)));
    }
    return svgs;
}

bool well_formed_xml(const Sandbox& sandbox, const std::string& xml) {
    static int counter = 0;
    const fs::path file = sandbox.write(".xml-check-" + std::to_string(++counter) + ".svg", xml);
    return run_tool(sandbox, {"xmllint", "--noout", "--nonet", file.string()}).exit_code == 0;
}

}  // namespace stretch::testing
