#pragma once
/// A running mean, for pain scores and their weekly and per-stretch means,
/// and how to compare one with a threshold.

#include <optional>

namespace stretch {

/// No value until something was added.
struct Mean {
    double sum = 0;
    int count = 0;

    void add(double value) { sum += value, ++count; }
    void add_many(double total, int how_many) { sum += total, count += how_many; }
    std::optional<double> value() const { return count == 0 ? std::nullopt : std::optional(sum / count); }
};

/// Means of whole numbers and fractions like 0.3 are not exact in binary, so
/// a value that is on a threshold by hand (a change of exactly 30%) must not
/// fall below it by rounding.
inline bool at_least(double value, double threshold) { return value >= threshold - 1e-9; }

}  // namespace stretch
