#pragma once

namespace stretch {

/// Where something was written in a routine file, for error messages.
struct SourcePosition {
    int line = 0;
    int column = 0;
    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

}  // namespace stretch
