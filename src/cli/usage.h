#pragma once
/// What the command line says before and after CLI11 has read it: the
/// command the user meant (a unique prefix is enough), and usage errors in
/// the user's own order with a suggestion where one is near.

#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace stretch {

/// The first word that is not an option or an option's value: what the user
/// meant as the command; empty when there is none.
std::string first_word(const std::vector<std::string>& args);

/// `args` with a unique prefix of one of `commands` spelt out (`stretch
/// hist` runs `history`). Throws a usage Error, with the nearest command
/// suggested, for a word that names no command, `--help` or not beside it;
/// for a prefix that fits several commands; and for `--` before any command
/// (it would end the options, so the command after it could never be read
/// as one). `by_full_name` are commands no prefix reaches (`help`, so that
/// "h" stays history), suggested all the same for a word near them.
std::vector<std::string> expand_command(const std::vector<std::string>& args, const std::vector<std::string>& commands,
                                        const std::vector<std::string>& by_full_name = {});

/// The names of `app`'s subcommands, in the order they were added.
std::vector<std::string> command_names(const CLI::App& app);

/// Prints a parse error as one line: an unknown option with the closest one
/// suggested, unexpected arguments in the order given. Returns 64.
/// `left_over` is what CLI11 left of the arguments it was given.
int usage_error(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args,
                const std::vector<std::string>& left_over, std::ostream& err);

/// "stretch: error: message; hint", one line, every part terminal_safe.
void print_error(std::ostream& err, const std::string& message, const std::string& hint);

}  // namespace stretch
