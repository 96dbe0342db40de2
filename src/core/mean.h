#pragma once
/// A running mean, for pain scores and their weekly and per-stretch means.

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

}  // namespace stretch
