#include "archive/csv_rows.h"

#include "core/error.h"
#include "core/text.h"

namespace stretch {

namespace {

constexpr int kEnd = std::char_traits<char>::eof();

[[noreturn]] void not_text(size_t line) {
    throw Error(ErrorKind::data,
                "line " + std::to_string(line) + ": this is not a stretch export or a CSV file (it is not UTF-8 text)",
                "use a file that `stretch export` or `stretch history --format csv` wrote");
}

}  // namespace

void refuse_line(size_t line, const std::string& what) {
    throw Error(ErrorKind::data, "line " + std::to_string(line) + ": " + what, "fix that line; nothing was imported");
}

RowReader::RowReader(std::istream& in) : in_(*in.rdbuf()) {
    if (peek() == 0xEF) {
        const std::string bom = {static_cast<char>(take()), static_cast<char>(take()), static_cast<char>(take())};
        if (bom != "\xEF\xBB\xBF") not_text(1);
    }
}

std::optional<Row> RowReader::next() {
    while (peek() != kEnd) {
        Row row = read_row();
        for (const auto& field : row.fields)
            if (!valid_utf8(field)) not_text(row.line);
        if (!(row.fields.size() == 1 && row.fields[0].empty())) return row;
    }
    return std::nullopt;
}

void RowReader::read_quoted(std::string& field, size_t row_line) {
    take();  // the opening quote
    while (true) {
        const int c = take();
        if (c == kEnd) refuse_line(row_line, "a quoted field is not closed; the file may be cut short");
        if (c == '"') {
            if (peek() != '"') return;
            take();
        }
        if (c == '\n') ++line_;
        field += static_cast<char>(c);
    }
}

Row RowReader::read_row() {
    Row row{line_, {}};
    std::string field;
    bool quoted_field = false;
    while (true) {
        int c = peek();
        if (c == '"' && field.empty() && !quoted_field) {
            quoted_field = true;
            read_quoted(field, row.line);
            continue;
        }
        // A row ends at CRLF, LF, or a bare CR (as old Mac spreadsheets
        // save): RFC 4180 allows no CR in an unquoted field anyway.
        bool ended_by_cr = false;
        if (c == '\r') {
            take();
            ended_by_cr = peek() != '\n';
            c = '\n';
        }
        if (c == kEnd || c == '\n') {
            if (c == '\n' && !ended_by_cr) take();
            row.fields.push_back(std::move(field));
            ++line_;
            return row;
        }
        take();
        if (c == ',') {
            row.fields.push_back(std::move(field));
            field.clear();
            quoted_field = false;
            continue;
        }
        if (quoted_field) refuse_line(row.line, "text after a closing quote");
        field += static_cast<char>(c);
    }
}

}  // namespace stretch
