#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/text.h"
#include "render/markdown.h"

using namespace stretch;

TEST_CASE("lower folds ASCII letters only", "[text]") {
    CHECK(lower("Hip STRETCH") == "hip stretch");
    CHECK(lower("bird-dog 2") == "bird-dog 2");
    CHECK(lower("") == "");
}

TEST_CASE("join puts the separator between words only", "[text]") {
    CHECK(join({"a", "b", "c"}) == "a, b, c");
    CHECK(join({"solo"}) == "solo");
    CHECK(join({}) == "");
    CHECK(join({"mon", "wed"}, " | ") == "mon | wed");
}

TEST_CASE("wrap breaks at spaces within the width", "[text]") {
    CHECK(wrap("the quick brown fox", 10) == std::vector<std::string>{"the quick", "brown fox"});
    // A line may be exactly the width.
    CHECK(wrap("the quick brown", 9) == std::vector<std::string>{"the quick", "brown"});
    CHECK(wrap("the quick brown", 8) == std::vector<std::string>{"the", "quick", "brown"});
    CHECK(wrap("  extra   spaces  here ", 80) == std::vector<std::string>{"extra spaces here"});
}

TEST_CASE("wrap puts a word longer than the width on its own line", "[text]") {
    CHECK(wrap("a verylongword b", 5) == std::vector<std::string>{"a", "verylongword", "b"});
    CHECK(wrap("", 10).empty());
    CHECK(wrap("   ", 10).empty());
}

TEST_CASE("wrap leaves no short word alone on the last line when its neighbour fits beside it", "[text]") {
    CHECK(wrap("8 stretches, about 17 min.", 21) == std::vector<std::string>{"8 stretches, about", "17 min."});
    // Not when the two do not fit, nor into a command in backticks.
    CHECK(wrap("abcdefgh ijk", 8) == std::vector<std::string>{"abcdefgh", "ijk"});
    CHECK(wrap("run `stretch plan` now", 18) == std::vector<std::string>{"run `stretch plan`", "now"});
    CHECK(wrap("the quick brown fox", 15) == std::vector<std::string>{"the quick", "brown fox"});
    // A last word of five columns or more may stand alone.
    CHECK(wrap("the quick brown foxes", 15) == std::vector<std::string>{"the quick brown", "foxes"});
}

TEST_CASE("paragraph wraps to 80 columns, indents every line, and is nothing for no text", "[text]") {
    const std::string words = std::string(50, 'a') + " " + std::string(40, 'b');
    CHECK(paragraph(words) == std::string(50, 'a') + "\n" + std::string(40, 'b') + "\n");
    CHECK(paragraph(words, 4) == "    " + std::string(50, 'a') + "\n    " + std::string(40, 'b') + "\n");
    CHECK(paragraph("one two", 2) == "  one two\n");
    CHECK(paragraph("").empty());
}

TEST_CASE("hanging wraps a row's last column under itself, or under the row when there is no room", "[text]") {
    CHECK(hanging("Left: ", "aaa, bbb, cccc", 15, 8) == "Left: aaa,\n      bbb, cccc\n");
    CHECK(hanging("Left: ", "aaa", 15, 8) == "Left: aaa\n");
    CHECK(hanging("Left:  ", "", 15, 8) == "Left:\n");
    // Fewer than min_room columns beside the lead: the text goes below it.
    CHECK(hanging("a long lead here", "one two three", 20, 8, 2) == "a long lead here\n  one two three\n");
    // Display width, not bytes, decides.
    CHECK(hanging("\xc3\xa9t\xc3\xa9 ", "abc def", 11, 7) == "\xc3\xa9t\xc3\xa9 abc def\n");
}

TEST_CASE("each error kind has its sysexits code", "[error]") {
    CHECK(exit_code(ErrorKind::usage) == 64);
    CHECK(exit_code(ErrorKind::data) == 65);
    CHECK(exit_code(ErrorKind::no_input) == 66);
    CHECK(exit_code(ErrorKind::cant_create) == 73);
    CHECK(exit_code(ErrorKind::io) == 74);
    CHECK(exit_code(ErrorKind::busy) == 75);
}

TEST_CASE("Error keeps its kind, message and hint", "[error]") {
    const Error error(ErrorKind::busy, "database is locked", "try again");
    CHECK(error.kind() == ErrorKind::busy);
    CHECK(std::string(error.what()) == "database is locked");
    CHECK(error.hint() == "try again");
    CHECK(Error(ErrorKind::io, "x").hint().empty());
}

TEST_CASE("RoutineError is a data error located at path:line:column", "[error]") {
    const RoutineError error("routines/mine.toml", 7, 12, "exercise.bridge.reps: bad", "fix it");
    CHECK(error.kind() == ErrorKind::data);
    CHECK(std::string(error.what()) == "routines/mine.toml:7:12: exercise.bridge.reps: bad");
    CHECK(error.path() == std::filesystem::path("routines/mine.toml"));
    CHECK(error.line() == 7);
    CHECK(error.column() == 12);
    CHECK(error.hint() == "fix it");
    const Error& base = error;
    CHECK(base.kind() == ErrorKind::data);
}

TEST_CASE("display_width counts code points, and wrap uses it", "[text]") {
    CHECK(stretch::display_width("abc") == 3);
    CHECK(stretch::display_width("caf\xc3\xa9") == 4);
    CHECK(stretch::display_width("") == 0);
    // Ten 2-byte letters fit a width of 10 even though they are 20 bytes.
    const std::string word = "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9";
    CHECK(stretch::wrap(word + " " + word, 11) == std::vector<std::string>{word + " " + word});
    CHECK(stretch::wrap(word + " " + word, 10) == std::vector<std::string>{word, word});
}

TEST_CASE("wrap breaks Chinese and Japanese text between characters, never before its closing marks", "[text]") {
    // 腰をゆっくり伸ばして。無理をしない。 : 18 characters, 36 columns, no spaces.
    const std::string step = "\xe8\x85\xb0\xe3\x82\x92\xe3\x82\x86\xe3\x81\xa3\xe3\x81\x8f\xe3\x82\x8a"
                             "\xe4\xbc\xb8\xe3\x81\xb0\xe3\x81\x97\xe3\x81\xa6\xe3\x80\x82"
                             "\xe7\x84\xa1\xe7\x90\x86\xe3\x82\x92\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84\xe3\x80\x82";
    for (const size_t width : {10, 20, 21, 23}) {
        INFO("width " << width);
        const auto lines = wrap(step, width);
        std::string joined;
        for (const auto& line : lines) {
            CHECK(display_width(line) <= width);
            CHECK(line.rfind("\xe3\x80\x82", 0) != 0);  // no line starts with 。
            joined += line;
        }
        CHECK(joined == step);
    }
    CHECK(wrap(step, 20).size() == 2);
    // Beside spaced words, and a word in another script stays whole.
    CHECK(wrap("Step 1: " + step, 80) == std::vector<std::string>{"Step 1: " + step});
    const auto mixed = wrap("Kneel " + step, 12);
    CHECK(mixed.front() == "Kneel \xe8\x85\xb0\xe3\x82\x92");  // not before the small kana that follows
    CHECK(wrap("a verylongword b", 5) == std::vector<std::string>{"a", "verylongword", "b"});
    // A break inside such text is no space to move a short last line across.
    const std::string stretch_it = "\xe8\x85\xb0\xe3\x82\x92\xe4\xbc\xb8\xe3\x81\xb0\xe3\x81\x99";  // 腰を伸ばす
    CHECK(wrap("Hold it " + stretch_it, 14) ==
          std::vector<std::string>{"Hold it \xe8\x85\xb0\xe3\x82\x92\xe4\xbc\xb8", "\xe3\x81\xb0\xe3\x81\x99"});
    // Neither an opening bracket at a line's end, nor the long-vowel mark, a
    // small kana or a full stop at a line's start; a skin tone stays with its emoji.
    CHECK(wrap("\xe8\x85\xb0\xe3\x82\x92\xe3\x80\x8c\xe3\x82\x86\xe3\x81\xa3", 6) ==
          std::vector<std::string>{"\xe8\x85\xb0\xe3\x82\x92", "\xe3\x80\x8c\xe3\x82\x86\xe3\x81\xa3"});
    CHECK(wrap("\xe3\x83\x81\xe3\x83\xbc\xe4\xb8\xad.", 2) ==
          std::vector<std::string>{"\xe3\x83\x81\xe3\x83\xbc", "\xe4\xb8\xad."});
    CHECK(wrap("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd ok", 2) ==
          std::vector<std::string>{"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", "ok"});
}

TEST_CASE("wrap never breaks a command in backticks", "[text]") {
    const auto lines = wrap("when they agree, run `stretch resume leg-stretch` and go gently", 30);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "when they agree, run");
    CHECK(lines[1] == "`stretch resume leg-stretch`");
    CHECK(lines[2] == "and go gently");
    CHECK(wrap("an `unclosed quote runs to the end", 10).back() == "`unclosed quote runs to the end");
}

TEST_CASE("terminal_safe shows control characters instead of obeying them", "[text]") {
    CHECK(terminal_safe("plain é text") == "plain é text");
    CHECK(terminal_safe("a\nb\r\tc") == "a b  c");
    CHECK(terminal_safe("\x1b[31mred\x07\x7f") == "^[[31mred^G^?");
    CHECK(terminal_safe("csi \xc2\x9b" "2J") == "csi <U+009B>2J");
    CHECK(terminal_safe("\xc2\xa0nbsp") == "\xc2\xa0nbsp");
    // Right-to-left overrides and isolates, but not the letters they would turn.
    CHECK(terminal_safe("a\xe2\x80\xaeRTL\xe2\x80\xac b") == "a<U+202E>RTL<U+202C> b");
    CHECK(terminal_safe("\xe2\x81\xa6x\xe2\x81\xa9") == "<U+2066>x<U+2069>");
    CHECK(terminal_safe("\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\x94") == "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\x94");
    CHECK(terminal_safe("cut \xe2\x80") == "cut \xe2\x80");
}

TEST_CASE("markdown_text escapes markup and keeps a row on one line", "[text]") {
    CHECK(markdown_text("Knee | Hug *now*") == "Knee \\| Hug \\*now\\*");
    CHECK(markdown_text("a_b [c](d) <e> `f`") == "a\\_b \\[c\\]\\(d\\) \\<e\\> \\`f\\`");
    CHECK(markdown_text("two\nlines") == "two lines");
    CHECK(markdown_text("plain words") == "plain words");
    // Read on a terminal too: escapes and direction overrides are shown, not obeyed.
    CHECK(markdown_text("\x1b[2Jgone") == "^\\[\\[2Jgone");
    CHECK(markdown_text("\xe2\x80\xaeRTL") == "\\<U\\+202E\\>RTL");
}

TEST_CASE("display width and case folding are Unicode's", "[text]") {
    CHECK(display_width("Étirement") == 9);
    CHECK(display_width("腰のストレッチ") == 14);  // wide: two columns each
    CHECK(display_width("e\xcc\x81") == 1);      // e + combining acute
    CHECK(fold_case("ÉTIREMENT DU DOS") == fold_case("étirement du dos"));
    CHECK(fold_case("Straße") == "strasse");
    CHECK(pad_to_width("Étirement", 12) == "Étirement   ");
    CHECK(pad_to_width("腰", 4) == "腰  ");
    const auto lines = wrap("腰のストレッチ 腰のストレッチ", 20);
    CHECK(lines.size() == 2);
}
