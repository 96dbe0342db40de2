#include "routines/catalog_codec.h"

#include <cstdint>
#include <vector>

namespace stretch {

namespace {

/// Appends numbers (32-bit, little end first) and length-prefixed strings.
class Writer {
public:
    void number(int64_t value) {
        const auto bits = static_cast<uint32_t>(value);
        for (int shift = 0; shift < 32; shift += 8) bytes_ += static_cast<char>((bits >> shift) & 0xff);
    }
    void text(std::string_view value) {
        number(static_cast<int64_t>(value.size()));
        bytes_ += value;
    }
    void texts(const std::vector<std::string>& values) {
        number(static_cast<int64_t>(values.size()));
        for (const auto& value : values) text(value);
    }
    void position(SourcePosition at) {
        number(at.line);
        number(at.column);
    }
    void range(Range value) {
        number(value.min);
        number(value.max);
    }
    void maybe(const std::optional<int>& value) {
        number(value.has_value());
        if (value) number(*value);
    }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

/// Reads what Writer wrote; once anything is missing, ok() is false and
/// every later read gives an empty value.
class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool ok() const { return ok_; }
    bool at_end() const { return bytes_.empty(); }
    /// Marks what was read as not what Writer writes.
    void invalid() {
        ok_ = false;
        bytes_ = {};
    }

    int number() {
        if (bytes_.size() < 4) return invalid(), 0;
        uint32_t bits = 0;
        for (int i = 3; i >= 0; --i) bits = (bits << 8) | static_cast<unsigned char>(bytes_[static_cast<size_t>(i)]);
        bytes_.remove_prefix(4);
        return static_cast<int>(static_cast<int32_t>(bits));
    }
    /// A count of things still to read: never more than the bytes left.
    size_t count() {
        const int n = number();
        if (n < 0 || static_cast<size_t>(n) > bytes_.size()) return invalid(), 0;
        return static_cast<size_t>(n);
    }
    std::string text() {
        const size_t size = count();
        std::string value(bytes_.substr(0, size));
        bytes_.remove_prefix(size);
        return value;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> values(count());
        for (auto& value : values) value = text();
        return values;
    }
    bool flag() { return number() != 0; }
    SourcePosition position() {
        SourcePosition at;
        at.line = number();
        at.column = number();
        return at;
    }
    Range range() {
        Range value;
        value.min = number();
        value.max = number();
        return value;
    }
    std::optional<int> maybe() {
        if (!flag()) return std::nullopt;
        return number();
    }

private:
    std::string_view bytes_;
    bool ok_ = true;
};

void write_exercise(Writer& out, const Exercise& exercise) {
    out.text(exercise.id);
    out.text(exercise.name);
    out.text(exercise.summary);
    out.text(exercise.position);
    out.texts(exercise.targets);
    out.range(exercise.dose.reps);
    out.number(exercise.dose.reps_at_least);
    out.number(exercise.dose.hold.has_value());
    if (exercise.dose.hold) out.range(*exercise.dose.hold);
    out.number(static_cast<int>(exercise.dose.sides));
    out.text(exercise.dose.side_label);
    out.texts(exercise.equipment);
    out.texts(exercise.steps);
    out.text(exercise.breathing);
    out.texts(exercise.cautions);
    out.text(exercise.figure.string());
    out.position(exercise.figure_at);
    out.text(exercise.source.string());
    out.position(exercise.where);
}

Exercise read_exercise(Reader& in) {
    Exercise exercise;
    exercise.id = in.text();
    exercise.name = in.text();
    exercise.summary = in.text();
    exercise.position = in.text();
    exercise.targets = in.texts();
    exercise.dose.reps = in.range();
    exercise.dose.reps_at_least = in.flag();
    if (in.flag()) exercise.dose.hold = in.range();
    const int sides = in.number();
    if (sides < static_cast<int>(Sides::none) || sides > static_cast<int>(Sides::alternate)) in.invalid();
    exercise.dose.sides = static_cast<Sides>(sides);
    exercise.dose.side_label = in.text();
    exercise.equipment = in.texts();
    exercise.steps = in.texts();
    exercise.breathing = in.text();
    exercise.cautions = in.texts();
    exercise.figure = in.text();
    exercise.figure_at = in.position();
    exercise.source = in.text();
    exercise.where = in.position();
    return exercise;
}

void write_routine(Writer& out, const Routine& routine) {
    out.text(routine.id);
    out.text(routine.name);
    out.text(routine.description);
    for (const bool on : routine.days.weekdays) out.number(on);
    out.number(static_cast<int64_t>(routine.steps.size()));
    for (const RoutineStep& step : routine.steps) {
        out.text(step.exercise_id);
        out.position(step.where);
        out.maybe(step.reps);
        out.maybe(step.hold_seconds);
    }
    out.maybe(routine.progression ? std::optional<int>(*routine.progression) : std::nullopt);
    out.maybe(routine.progression_days);
    out.text(routine.source.string());
    out.position(routine.where);
}

Routine read_routine(Reader& in) {
    Routine routine;
    routine.id = in.text();
    routine.name = in.text();
    routine.description = in.text();
    for (bool& on : routine.days.weekdays) on = in.flag();
    routine.steps.resize(in.count());
    for (RoutineStep& step : routine.steps) {
        step.exercise_id = in.text();
        step.where = in.position();
        step.reps = in.maybe();
        step.hold_seconds = in.maybe();
    }
    if (const auto progression = in.maybe()) routine.progression = *progression != 0;
    routine.progression_days = in.maybe();
    routine.source = in.text();
    routine.where = in.position();
    return routine;
}

}  // namespace

std::string encode_catalog(const Catalog& catalog) {
    Writer out;
    out.number(static_cast<int64_t>(catalog.exercises.size()));
    for (const auto& [id, exercise] : catalog.exercises) write_exercise(out, exercise);
    out.number(static_cast<int64_t>(catalog.routines.size()));
    for (const auto& [id, routine] : catalog.routines) write_routine(out, routine);
    return out.take();
}

std::optional<Catalog> decode_catalog(std::string_view bytes) {
    Reader in(bytes);
    Catalog catalog;
    for (size_t n = in.count(); n > 0 && in.ok(); --n) {
        Exercise exercise = read_exercise(in);
        catalog.exercises.emplace(exercise.id, std::move(exercise));
    }
    for (size_t n = in.count(); n > 0 && in.ok(); --n) {
        Routine routine = read_routine(in);
        catalog.routines.emplace(routine.id, std::move(routine));
    }
    if (!in.ok() || !in.at_end()) return std::nullopt;
    return catalog;
}

}  // namespace stretch
