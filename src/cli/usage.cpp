#include "cli/usage.h"

#include <algorithm>
#include <ostream>
#include <string_view>
#include <unordered_map>

#include "core/error.h"
#include "core/suggest.h"
#include "core/text.h"

namespace stretch {

namespace {

/// Global options that take a value, so the value is not taken for the command.
bool takes_value(const std::string& arg) { return arg == "--db" || arg == "--routines" || arg == "--color"; }

/// Candidates that start with `word`.
std::vector<std::string> starting_with(const std::string& word, const std::vector<std::string>& candidates) {
    std::vector<std::string> found;
    for (const auto& candidate : candidates)
        if (candidate.starts_with(word)) found.push_back(candidate);
    return found;
}

/// A prefix first, else the nearest by edits.
std::optional<std::string> suggestion(const std::string& word, const std::vector<std::string>& candidates) {
    const auto prefixed = starting_with(word, candidates);
    if (prefixed.size() == 1) return prefixed.front();
    return closest(word, candidates);
}

/// The long option names of `command`, with their dashes.
std::vector<std::string> option_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* app = &command; app; app = app->get_parent())
        for (const CLI::Option* option : app->get_options())
            for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    return names;
}

/// The command that was being read when parsing stopped.
const CLI::App& innermost(const CLI::App& app) {
    const auto chosen = app.get_subcommands();
    return chosen.empty() ? app : *chosen.front();
}

/// What a value of CLI11's type name is, in words: "INT" a whole number,
/// "TEXT:{left,right,both}" (or the set alone) one of those.
std::string value_words(std::string_view type) {
    if (const auto open = type.find('{'); open != std::string_view::npos && type.ends_with("}")) {
        std::vector<std::string> choices;
        for (std::string_view rest = type.substr(open + 1, type.size() - open - 2);;) {
            const auto comma = rest.find(',');
            choices.emplace_back(rest.substr(0, comma));
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
        const std::string last = choices.back();
        choices.pop_back();
        return choices.empty() ? last : join(choices, ", ") + " or " + last;
    }
    if (type == "INT" || type == "N") return "a whole number";
    return "a value";
}

/// CLI11's words for an option given too few, too many or a bad value, as
/// the rest of stretch's errors (and whole_number) say things: "--pain: At
/// Most 1 required but received 2" is "--pain can be given only once (it
/// was given 2 times)", "--side: up not in {left,right,both}" is "--side:
/// must be left, right or both, not 'up'". Any other message is returned as
/// it is.
std::string plain_words(const CLI::ParseError& error) {
    const std::string message = error.what();
    constexpr std::string_view kNoConversion = "Could not convert: ";  // a value given to a flag
    if (dynamic_cast<const CLI::ConversionError*>(&error) && message.starts_with(kNoConversion)) {
        const std::string_view rest = std::string_view(message).substr(kNoConversion.size());
        const auto equals = rest.find(" = ");
        if (equals == std::string_view::npos) return message;
        return std::string(rest.substr(0, equals)) + ": takes no value, not '" + std::string(rest.substr(equals + 3)) + "'";
    }
    // The rest name the option first: "NAME: what is wrong".
    const auto colon = message.find(": ");
    if (colon == std::string::npos) return message;
    const std::string name = message.substr(0, colon);
    const std::string_view rest = std::string_view(message).substr(colon + 2);
    if (dynamic_cast<const CLI::ValidationError*>(&error)) {
        const auto among = rest.rfind(" not in {");
        if (among == std::string_view::npos || !rest.ends_with("}")) return message;
        return name + ": must be " + value_words(rest.substr(among + 8)) + ", not '" + std::string(rest.substr(0, among)) +
               "'";
    }
    if (!dynamic_cast<const CLI::ArgumentMismatch*>(&error)) return message;
    constexpr std::string_view kAtMostOne = "At Most 1 required but received ";
    if (rest.starts_with(kAtMostOne))
        return name + " can be given only once (it was given " + std::string(rest.substr(kAtMostOne.size())) + " times)";
    constexpr std::string_view kOneMissing = "1 required ", kMissing = " missing";
    if (rest.starts_with(kOneMissing) && rest.ends_with(kMissing))
        return name + " needs " +
               value_words(rest.substr(kOneMissing.size(), rest.size() - kOneMissing.size() - kMissing.size())) +
               " after it";
    return message;
}

}  // namespace

void print_error(std::ostream& err, const std::string& message, const std::string& hint) {
    // Made safe here, once for every error: a message may quote anything a
    // file name, a routine file or an argument held, escapes and line breaks included.
    err << "stretch: error: " << terminal_safe(message);
    if (!hint.empty()) err << "; " << terminal_safe(hint);
    err << "\n";
}

std::string first_word(const std::vector<std::string>& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--") return {};
        if (takes_value(args[i])) {
            ++i;
            continue;
        }
        if (!args[i].starts_with("-")) return args[i];
    }
    return {};
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
    return names;
}

std::vector<std::string> expand_command(const std::vector<std::string>& args, const std::vector<std::string>& commands,
                                        const std::vector<std::string>& by_full_name) {
    std::vector<std::string> expanded = args;
    for (size_t i = 0; i < expanded.size(); ++i) {
        std::string& arg = expanded[i];
        if (arg == "--")
            throw Error(ErrorKind::usage, "'--' ends the options, so what follows it cannot be a command",
                        "put the command first: stretch plan --help");
        if (takes_value(arg)) {
            ++i;
            continue;
        }
        if (arg.starts_with("-")) continue;
        if (std::find(commands.begin(), commands.end(), arg) != commands.end()) return expanded;
        const auto matches = starting_with(arg, commands);
        if (matches.size() > 1)
            throw Error(ErrorKind::usage, "'" + arg + "' could be " + join(matches, " or "), "type more of the command");
        if (matches.empty()) {
            std::vector<std::string> told = commands;
            told.insert(told.end(), by_full_name.begin(), by_full_name.end());
            const auto near = suggestion(arg, told);
            throw Error(ErrorKind::usage, "'" + arg + "' is not a stretch command",
                        near ? "did you mean '" + *near + "'?" : "run 'stretch --help' to see the commands");
        }
        arg = matches.front();
        return expanded;
    }
    return expanded;
}

int usage_error(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args,
                const std::vector<std::string>& left_over, std::ostream& err) {
    const std::string word = first_word(args);
    const std::string help = "run 'stretch" + (word.empty() ? "" : " " + word) + " --help' for usage";
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
        const CLI::App& command = innermost(app);
        std::vector<std::string> extras = left_over;
        // CLI11 reads the arguments back to front; say them as they were
        // typed (each where it first was, looked up once: thousands of
        // them must not take seconds).
        std::unordered_map<std::string_view, size_t> typed_at;
        for (size_t i = args.size(); i-- > 0;) typed_at[args[i]] = i;
        // One CLI11 made of the arguments (the -z of -qz) goes where it was typed, or last.
        const auto place = [&](const std::string& extra) {
            const auto found = typed_at.find(extra);
            return found != typed_at.end() ? found->second : args.size();
        };
        std::stable_sort(extras.begin(), extras.end(),
                         [&](const std::string& a, const std::string& b) { return place(a) < place(b); });
        for (const auto& extra : extras) {
            if (!extra.starts_with("--")) continue;
            const std::string name = extra.substr(0, extra.find('='));
            const auto near = suggestion(name, option_names(command));
            print_error(err, "unknown option '" + name + "'",
                        near ? "did you mean '" + *near + "'?" : help);
            return exit_code(ErrorKind::usage);
        }
        // One line still: the first few, and how many in all.
        constexpr size_t kShown = 10;
        const size_t count = extras.size();
        if (count > kShown) extras.resize(kShown);
        print_error(err,
                    "unexpected " + std::string(count == 1 ? "argument" : "arguments") + ": " + join(extras, " ") +
                        (count > kShown ? " ... (" + std::to_string(count) + " in all)" : ""),
                    help);
        return exit_code(ErrorKind::usage);
    }
    // CLI11 repeats what was typed, which may hold terminal escapes.
    print_error(err, plain_words(error), help);
    return exit_code(ErrorKind::usage);
}

}  // namespace stretch
