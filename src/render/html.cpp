#include "render/html.h"

namespace stretch {

namespace {

std::string base64(std::string_view bytes) {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const size_t left = bytes.size() - i;
        unsigned chunk = static_cast<unsigned char>(bytes[i]) << 16;
        if (left > 1) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (left > 2) chunk |= static_cast<unsigned char>(bytes[i + 2]);
        out += kDigits[(chunk >> 18) & 63];
        out += kDigits[(chunk >> 12) & 63];
        out += left > 1 ? kDigits[(chunk >> 6) & 63] : '=';
        out += left > 2 ? kDigits[chunk & 63] : '=';
    }
    return out;
}

/// Printed in black on white at 10 pt or more; Liberation Sans has Arial's
/// metrics, so a sheet takes the same room wherever it is printed.
constexpr std::string_view kSharedStyle = R"(
@page { margin: 7mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff;
  font: 10pt/1.1 "Liberation Sans", Arial, Helvetica, sans-serif; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 3mm 0 1mm; }
p { margin: 0 0 1.5mm; }
.box { display: inline-block; width: 4mm; height: 4mm; border: 0.4mm solid #000; vertical-align: -0.6mm;
  text-align: center; line-height: 3.4mm; font-size: 9pt; }
.fill { display: inline-block; min-width: 14mm; border-bottom: 0.3mm solid #000; }
.safety { border-top: 0.4mm solid #000; padding-top: 1mm; margin-top: 1.5mm; }
.nb, code { white-space: nowrap; }
.note { border: 0.4mm solid #000; padding: 1mm 2mm; margin: 0 0 2mm; }
@media screen { body { max-width: 200mm; margin: 6mm auto; } }
)";

}  // namespace

std::string html_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string html_unbroken(std::string_view text) {
    const auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    std::string out;
    size_t done = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (!digit(i) || (i > 0 && digit(i - 1))) continue;
        size_t end = i;
        while (digit(end)) ++end;
        if (end >= text.size() || text[end] != '-' || !digit(end + 1)) continue;
        ++end;
        while (digit(end)) ++end;
        out += html_text(text.substr(done, i - done)) + "<span class=\"nb\">" + html_text(text.substr(i, end - i)) +
               "</span>";
        done = end;
        i = end - 1;
    }
    return out + html_text(text.substr(done));
}

std::string figure_image(const std::string& svg, std::string_view alt) {
    return "<img class=\"figure\" alt=\"" + html_text(alt) + "\" src=\"data:image/svg+xml;base64," + base64(svg) +
           "\">";
}

std::string html_document(std::string_view title, std::string_view style, std::string_view body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_text(title) + "</title>\n<style>";
    out += kSharedStyle;
    out += style;
    out += "</style>\n</head>\n<body>\n";
    out += body;
    return out + "</body>\n</html>\n";
}

}  // namespace stretch
