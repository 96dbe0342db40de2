#pragma once
/// CSV rows as RFC 4180 writes them, read one at a time with the line each
/// starts on, for the importer's messages: the tokenizing under
/// archive_csv.h, which knows what the columns mean.

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace stretch {

/// Refuses the file at `line` (a data Error, exit 65): "line N: what; fix
/// that line; nothing was imported".
[[noreturn]] void refuse_line(size_t line, const std::string& what);

struct Row {
    size_t line = 0;  ///< where the row starts, 1-based
    std::vector<std::string> fields;
};

/// Reads RFC 4180 rows one at a time from a stream, with LF or CRLF line
/// ends and an optional UTF-8 byte order mark; a row that is one empty
/// field (a blank line) is passed over. Each row is checked to be UTF-8.
class RowReader {
public:
    explicit RowReader(std::istream& in);

    /// The next row; nullopt at the end of the stream.
    std::optional<Row> next();

    /// The line the last row ended on.
    size_t line() const { return line_ > 1 ? line_ - 1 : 1; }

private:
    int peek() { return in_.sgetc(); }
    int take() { return in_.sbumpc(); }
    void read_quoted(std::string& field, size_t row_line);
    Row read_row();

    std::streambuf& in_;
    size_t line_ = 1;
};

}  // namespace stretch
