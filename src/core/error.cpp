#include "core/error.h"

namespace stretch {

int exit_code(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::usage: return 64;
    case ErrorKind::data: return 65;
    case ErrorKind::no_input: return 66;
    case ErrorKind::cant_create: return 73;
    case ErrorKind::io: return 74;
    case ErrorKind::busy: return 75;
    case ErrorKind::internal: return 70;
    }
    return 70;
}

Error::Error(ErrorKind kind, std::string message, std::string hint)
    : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)) {}

std::string fix_for(std::error_code cause, const std::string& otherwise) {
    if (cause == std::errc::too_many_symbolic_link_levels)
        return "a symbolic link on its path leads back to itself; fix or remove that link";
    if (cause == std::errc::permission_denied || cause == std::errc::operation_not_permitted)
        return "check its permissions";
    if (cause == std::errc::no_such_file_or_directory || cause == std::errc::not_a_directory)
        return "check the path";
    return otherwise;
}

Error unreadable(const std::filesystem::path& path, std::error_code cause, const std::string& otherwise,
                 const std::string& alternative) {
    return Error(ErrorKind::io, path.string() + ": cannot be read (" + cause.message() + ")",
                 fix_for(cause, otherwise) + (alternative.empty() ? "" : ", or " + alternative));
}

static std::string located(const std::filesystem::path& path, int line, int column,
                           const std::string& message) {
    return path.string() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
           message;
}

RoutineError::RoutineError(std::filesystem::path path, int line, int column, std::string message,
                           std::string hint)
    // Every error says what to do; most mistakes in a file need no more than this.
    : Error(ErrorKind::data, located(path, line, column, message),
            hint.empty() ? "fix it in the file" : std::move(hint)),
      path_(std::move(path)),
      line_(line),
      column_(column) {}

}  // namespace stretch
