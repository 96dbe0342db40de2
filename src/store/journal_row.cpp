#include "store/journal_row.h"

#include <charconv>
#include <utility>

namespace stretch {

namespace {

/// Reads one JSON document of the journal's shape, front to back.
class RowReader {
public:
    explicit RowReader(std::string_view json) : json_(json) {}

    std::optional<std::map<std::string, JournalValue>> row() {
        std::map<std::string, JournalValue> columns;
        if (!take('{')) return std::nullopt;
        if (take('}')) return finished(std::move(columns));
        do {
            std::string name;
            JournalValue value;
            if (!string(name) || !take(':') || !scalar(value)) return std::nullopt;
            columns[std::move(name)] = std::move(value);
        } while (take(','));
        if (!take('}')) return std::nullopt;
        return finished(std::move(columns));
    }

private:
    std::optional<std::map<std::string, JournalValue>> finished(std::map<std::string, JournalValue> columns) {
        skip_space();
        if (at_ < json_.size()) return std::nullopt;
        return columns;
    }

    void skip_space() {
        while (at_ < json_.size() && (json_[at_] == ' ' || json_[at_] == '\t' || json_[at_] == '\n' || json_[at_] == '\r'))
            ++at_;
    }

    /// Skips white space, then `c` when it comes next.
    bool take(char c) {
        skip_space();
        if (at_ >= json_.size() || json_[at_] != c) return false;
        ++at_;
        return true;
    }

    bool scalar(JournalValue& value) {
        skip_space();
        if (json_.substr(at_, 4) == "null") {
            at_ += 4;
            value = std::monostate{};
            return true;
        }
        if (at_ < json_.size() && json_[at_] == '"') {
            std::string text;
            if (!string(text)) return false;
            value = std::move(text);
            return true;
        }
        return number(value);
    }

    /// An integer when it has no fraction or exponent, else a real.
    bool number(JournalValue& value) {
        size_t end = at_;
        while (end < json_.size() && std::string_view("+-0123456789.eE").find(json_[end]) != std::string_view::npos)
            ++end;
        const std::string_view digits = json_.substr(at_, end - at_);
        if (digits.empty()) return false;
        const char* first = digits.data();
        const char* last = first + digits.size();
        if (digits.find_first_of(".eE") == std::string_view::npos) {
            int64_t integer = 0;
            const auto [stop, error] = std::from_chars(first, last, integer);
            if (error != std::errc() || stop != last) return false;
            value = integer;
        } else {
            double real = 0;
            const auto [stop, error] = std::from_chars(first, last, real);
            if (error != std::errc() || stop != last) return false;
            value = real;
        }
        at_ = end;
        return true;
    }

    bool string(std::string& text) {
        if (!take('"')) return false;
        while (at_ < json_.size()) {
            const char c = json_[at_++];
            if (c == '"') return true;
            if (c != '\\') {
                text += c;
                continue;
            }
            if (at_ >= json_.size() || !escape(json_[at_++], text)) return false;
        }
        return false;
    }

    bool escape(char kind, std::string& text) {
        switch (kind) {
        case '"': case '\\': case '/': text += kind; return true;
        case 'b': text += '\b'; return true;
        case 'f': text += '\f'; return true;
        case 'n': text += '\n'; return true;
        case 'r': text += '\r'; return true;
        case 't': text += '\t'; return true;
        case 'u': return code_point(text);
        default: return false;
        }
    }

    /// \uXXXX, or a surrogate pair of them, as UTF-8.
    bool code_point(std::string& text) {
        uint32_t point = 0;
        if (!hex4(point)) return false;
        if (point >= 0xD800 && point < 0xDC00) {
            uint32_t low = 0;
            if (json_.substr(at_, 2) != "\\u") return false;
            at_ += 2;
            if (!hex4(low) || low < 0xDC00 || low >= 0xE000) return false;
            point = 0x10000 + ((point - 0xD800) << 10) + (low - 0xDC00);
        } else if (point >= 0xDC00 && point < 0xE000) {
            return false;
        }
        append_utf8(text, point);
        return true;
    }

    bool hex4(uint32_t& point) {
        if (json_.size() - at_ < 4) return false;
        const char* first = json_.data() + at_;
        const auto [stop, error] = std::from_chars(first, first + 4, point, 16);
        if (error != std::errc() || stop != first + 4) return false;
        at_ += 4;
        return true;
    }

    static void append_utf8(std::string& text, uint32_t point) {
        if (point < 0x80) {
            text += static_cast<char>(point);
            return;
        }
        // The lead byte's marker, and how many continuation bytes follow it.
        const auto [lead, following] = point < 0x800 ? std::pair(0xC0u, 1) : point < 0x10000 ? std::pair(0xE0u, 2)
                                                                                              : std::pair(0xF0u, 3);
        text += static_cast<char>(lead | (point >> (6 * following)));
        for (int shift = 6 * (following - 1); shift >= 0; shift -= 6)
            text += static_cast<char>(0x80u | ((point >> shift) & 0x3Fu));
    }

    std::string_view json_;
    size_t at_ = 0;
};

}  // namespace

std::optional<std::map<std::string, JournalValue>> parse_journal_row(std::string_view json) {
    return RowReader(json).row();
}

}  // namespace stretch
