#include "store/day_log_codec.h"

#include <cstdint>
#include <limits>

namespace stretch {

namespace {

/// The first byte of every encoding: another layout would get another one.
constexpr char kFormat = 1;

/// The highest pain an entry can hold (the entries table checks 0-10).
constexpr int kHighestPain = 10;

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

/// Reads what put() wrote, failing on anything else. A year's report
/// decodes 365 of these, so it walks raw bytes.
class Reader {
public:
    explicit Reader(std::string_view bytes)
        : at_(reinterpret_cast<const unsigned char*>(bytes.data())), end_(at_ + bytes.size()) {}

    bool number(int& out) {
        // Nearly every number fits in one byte: pain, counts, most reps.
        if (at_ < end_ && !(*at_ & 0x80)) {
            const unsigned byte = *at_++;
            out = static_cast<int>(byte >> 1) ^ -static_cast<int>(byte & 1);
            return true;
        }
        uint64_t bits = 0;
        for (int shift = 0; shift < 64 && at_ < end_; shift += 7) {
            const unsigned byte = *at_++;
            bits |= static_cast<uint64_t>(byte & 0x7f) << shift;
            if (byte & 0x80) continue;
            // put() never ends a number with a zero byte, nor sets bits past 64.
            if (byte == 0 || (shift == 63 && byte > 1)) return false;
            const auto value = static_cast<int64_t>((bits >> 1) ^ (~(bits & 1) + 1));
            if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) return false;
            out = static_cast<int>(value);
            return true;
        }
        return false;
    }

    /// A count of items that each take at least one more byte.
    bool count(size_t& out) {
        int n = 0;
        if (!number(n) || n < 0 || static_cast<size_t>(n) > static_cast<size_t>(end_ - at_)) return false;
        out = static_cast<size_t>(n);
        return true;
    }

    /// Every field of `stretch`, so that one reused holds nothing of before.
    bool stretch(StretchDay& stretch) {
        size_t size = 0;
        if (!count(size) || size == 0) return false;
        stretch.exercise.assign(reinterpret_cast<const char*>(at_), size);
        at_ += size;
        return number(stretch.reps) && number(stretch.pain_total) && number(stretch.pain_count) &&
               number(stretch.pain_max) && possible(stretch);
    }

    /// Pain scores, each one entries can hold.
    bool scores(std::vector<int>& values) {
        size_t n = 0;
        if (!count(n)) return false;
        values.resize(n);
        for (int& value : values)
            if (!number(value) || value < 0 || value > kHighestPain) return false;
        return true;
    }

    bool at_end() const { return at_ == end_; }

private:
    /// What entries can add up to: reps are positive or missing, and each
    /// pain, 0-10, is at most the highest and adds to the total.
    static bool possible(const StretchDay& stretch) {
        return stretch.reps >= 0 && stretch.pain_count >= 0 && stretch.pain_max >= 0 &&
               stretch.pain_max <= kHighestPain && stretch.pain_total >= stretch.pain_max &&
               stretch.pain_total <= int64_t{stretch.pain_max} * stretch.pain_count;
    }

    const unsigned char* at_;
    const unsigned char* end_;
};

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

bool decode_day_log(Date day, std::string_view bytes, DayLog& log) {
    if (bytes.empty() || bytes.front() != kFormat) return false;
    Reader in(bytes.substr(1));
    log.day = day;
    size_t stretches = 0;
    if (!in.count(stretches)) return false;
    // Resized, not cleared: the exercise strings of the day before are
    // assigned over, which a year's report would otherwise allocate anew.
    log.stretches.resize(stretches);
    for (StretchDay& stretch : log.stretches)
        if (!in.stretch(stretch)) return false;
    return in.scores(log.pain_scores) && in.scores(log.before_session) && in.scores(log.after_session) &&
           in.at_end();
}

std::optional<DayLog> decode_day_log(Date day, std::string_view bytes) {
    DayLog log;
    if (!decode_day_log(day, bytes, log)) return std::nullopt;
    return log;
}

}  // namespace stretch
