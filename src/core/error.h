#pragma once
/// The one error family of stretch. Everything that can go wrong for a user is
/// a stretch::Error; main() catches it once, prints one line and exits with
/// the code of its kind. Expected absence is std::optional, never an Error.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace stretch {

/// Each kind maps to one documented exit code (sysexits.h numbering).
enum class ErrorKind {
    usage,        ///< 64: bad command line or argument
    data,         ///< 65: bad routine file or database content
    no_input,     ///< 66: a named input file does not exist
    cant_create,  ///< 73: cannot create the database or its directory
    io,           ///< 74: read or write failed
    busy,         ///< 75: database locked past the timeout
    internal,     ///< 70: a fault of stretch's own, never meant to reach a user
};

int exit_code(ErrorKind kind);

class Error : public std::runtime_error {
public:
    /// `hint` is the fix, printed last ("run `stretch list` to see ids").
    Error(ErrorKind kind, std::string message, std::string hint = {});

    ErrorKind kind() const { return kind_; }
    const std::string& hint() const { return hint_; }

private:
    ErrorKind kind_;
    std::string hint_;
};

/// A record met twice in one file to import: a CSV reader says why a row
/// without an id can repeat another.
class RepeatedRecord : public Error {
public:
    using Error::Error;
};

/// What to do about a file that could not be opened or looked at, for the
/// cause the system gave: a loop of symbolic links is not fixed by changing
/// permissions. `otherwise` is the hint for causes with no better one.
std::string fix_for(std::error_code cause, const std::string& otherwise);

/// `path: cannot be read (cause)`, of kind io, with the fix for that cause
/// and then `alternative`, when given ("name another with --routines").
Error unreadable(const std::filesystem::path& path, std::error_code cause, const std::string& otherwise,
                 const std::string& alternative = {});

/// A problem in a routine file, located at path:line:column.
class RoutineError : public Error {
public:
    RoutineError(std::filesystem::path path, int line, int column, std::string message,
                 std::string hint = {});

    const std::filesystem::path& path() const { return path_; }
    int line() const { return line_; }
    int column() const { return column_; }

private:
    std::filesystem::path path_;
    int line_;
    int column_;
};

}  // namespace stretch
