#pragma once
/// Every exercise and routine that was loaded, by id, and the rules for
/// finding one from what a user typed.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/exercise.h"
#include "core/routine.h"

namespace stretch {

struct Catalog {
    std::map<std::string, Exercise> exercises;
    std::map<std::string, Routine> routines;
    /// Whether these routines may go on the plan of record: false when they
    /// are not the user's own set, so that recording them would replace the
    /// user's routines, and retire the rest, from today. That is a catalog
    /// from a directory named for one run (--routines: a trial), or one
    /// without the user's directory at all (no HOME).
    bool may_go_on_record = true;
    friend bool operator==(const Catalog&, const Catalog&) = default;

    std::vector<std::string> exercise_ids() const;
    std::vector<std::string> routine_ids() const;

    /// Finds an exercise by id, by name (any case) or by a unique prefix of
    /// either. Throws a usage Error with "did you mean" when nothing matches
    /// and with the candidates when a prefix is ambiguous.
    const Exercise& find_exercise(std::string_view query) const;

    /// Finds a routine by exact id, or throws a usage Error with a suggestion.
    const Routine& find_routine(std::string_view id) const;

    /// The routine to use when none is named: "lower-back" if it exists, else
    /// the only routine there is. Throws a usage Error when that is ambiguous.
    const Routine& default_routine() const;
};

}  // namespace stretch
