#include "store/day_log_codec.h"

#include <cstdint>
#include <limits>

namespace stretch {

namespace {

/// The first byte of every encoding: another layout would get another one.
constexpr char kFormat = 1;

/// Numbers as base-128 varints, zigzagged so that a negative one stays short.
void put(std::string& out, int value) {
    auto bits = (static_cast<uint64_t>(static_cast<int64_t>(value)) << 1) ^
                static_cast<uint64_t>(static_cast<int64_t>(value) >> 63);
    do {
        const auto low = static_cast<unsigned char>(bits & 0x7f);
        bits >>= 7;
        out += static_cast<char>(bits ? low | 0x80 : low);
    } while (bits);
}

void put_all(std::string& out, const std::vector<int>& values) {
    put(out, static_cast<int>(values.size()));
    for (int value : values) put(out, value);
}

/// Reads what put() wrote; every read fails once one has.
class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    std::optional<int> number() {
        uint64_t bits = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= bytes_.size()) return std::nullopt;
            const auto byte = static_cast<unsigned char>(bytes_[at_++]);
            bits |= static_cast<uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                const auto value = static_cast<int64_t>((bits >> 1) ^ (~(bits & 1) + 1));
                if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
                    return std::nullopt;
                return static_cast<int>(value);
            }
        }
        return std::nullopt;
    }

    /// A count of items that each take at least one more byte.
    std::optional<size_t> count() {
        const auto n = number();
        if (!n || *n < 0 || static_cast<size_t>(*n) > bytes_.size() - at_) return std::nullopt;
        return static_cast<size_t>(*n);
    }

    std::optional<std::string_view> text() {
        const auto size = count();
        if (!size) return std::nullopt;
        const auto text = bytes_.substr(at_, *size);
        at_ += *size;
        return text;
    }

    bool all(std::vector<int>& values) {
        const auto n = count();
        if (!n) return false;
        values.reserve(*n);
        for (size_t i = 0; i < *n; ++i) {
            const auto value = number();
            if (!value) return false;
            values.push_back(*value);
        }
        return true;
    }

    bool at_end() const { return at_ == bytes_.size(); }

private:
    std::string_view bytes_;
    size_t at_ = 0;
};

bool read_stretch(Reader& in, StretchDay& stretch) {
    const auto exercise = in.text();
    if (!exercise || exercise->empty()) return false;
    stretch.exercise = std::string(*exercise);
    for (int* field : {&stretch.reps, &stretch.pain_total, &stretch.pain_count, &stretch.pain_max}) {
        const auto value = in.number();
        if (!value) return false;
        *field = *value;
    }
    return true;
}

}  // namespace

std::string encode_day_log(const DayLog& log) {
    std::string out(1, kFormat);
    put(out, static_cast<int>(log.stretches.size()));
    for (const StretchDay& stretch : log.stretches) {
        put(out, static_cast<int>(stretch.exercise.size()));
        out += stretch.exercise;
        for (int value : {stretch.reps, stretch.pain_total, stretch.pain_count, stretch.pain_max}) put(out, value);
    }
    put_all(out, log.pain_scores);
    put_all(out, log.before_session);
    put_all(out, log.after_session);
    return out;
}

std::optional<DayLog> decode_day_log(Date day, std::string_view bytes) {
    if (bytes.empty() || bytes.front() != kFormat) return std::nullopt;
    Reader in(bytes.substr(1));
    DayLog log;
    log.day = day;
    const auto stretches = in.count();
    if (!stretches) return std::nullopt;
    log.stretches.resize(*stretches);
    for (StretchDay& stretch : log.stretches)
        if (!read_stretch(in, stretch)) return std::nullopt;
    if (!in.all(log.pain_scores) || !in.all(log.before_session) || !in.all(log.after_session) || !in.at_end())
        return std::nullopt;
    return log;
}

}  // namespace stretch
