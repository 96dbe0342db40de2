#!/usr/bin/env bash
# Checks the shell completions and the man pages against a built stretch.
# Usage: test_completions.sh PATH/TO/stretch
#
# The completions run for real, against the given binary, in a fresh HOME
# with STRETCH_NOW fixed: bash always (and typed into a terminal when zsh can
# drive one), zsh and fish when they are installed.
# Each must offer every command `stretch --help` lists. The man pages get a
# mandoc lint when mandoc is installed.
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 PATH/TO/stretch" >&2
    exit 2
fi
if [ ! -x "$1" ]; then
    echo "FAIL: $1 is not an executable: build stretch first" >&2
    exit 1
fi
bindir=$(cd "$(dirname "$1")" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

sandbox=$(mktemp -d) || exit 2
trap 'rm -rf "$sandbox"' EXIT
export HOME=$sandbox STRETCH_NOW=2026-11-22 PATH="$bindir:$PATH"
unset XDG_CONFIG_HOME XDG_DATA_HOME STRETCH_DB STRETCH_ROUTINES STRETCH_CONFIG

failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "skip: $*"; }

# The completions run `stretch`: it must be this binary.
if [ "$(basename "$1")" != stretch ] || [ "$(command -v stretch)" != "$bindir/stretch" ]; then
    echo "FAIL: the binary must be named stretch and come first on PATH; got $1" >&2
    exit 1
fi

# The sorted completions bash offers for a command line whose last argument
# is the word being completed: complete stretch log --side ''
# It runs in a subshell, without nounset, as in an interactive shell.
complete_line() {
    set +u
    local COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*" COMPREPLY=()
    local COMP_POINT=${#COMP_LINE}
    _stretch stretch "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd ' ' -
}

# How bash splits a command line as typed into COMP_WORDS, in split_words:
# at blanks outside quotes, and around each run of the other COMP_WORDBREAKS
# characters (= : and so on), which is a word of its own; quotes and
# backslashes stay in the words. A line ending in a blank or in such a run
# ends with an empty word.
split_line() {
    local line=$1 c word="" kind="" quote="" i
    local breaks=${COMP_WORDBREAKS//[$' \t\n"\'']/}
    split_words=()
    for ((i = 0; i < ${#line}; i++)); do
        c=${line:i:1}
        if [[ $quote ]]; then
            word+=$c
            if [[ $c == "$quote" ]]; then quote=""
            elif [[ $c == "\\" && $quote == '"' ]]; then word+=${line:i+1:1}; i=$((i + 1)); fi
            continue
        fi
        if [[ $c == [[:blank:]] ]]; then
            [[ $word ]] && split_words+=("$word")
            word="" kind=""
            continue
        fi
        local this="text"
        [[ $breaks == *"$c"* ]] && this="break"
        if [[ $word && $kind != "$this" ]]; then split_words+=("$word"); word=""; fi
        kind=$this word+=$c
        if [[ $c == [\"\'] ]]; then quote=$c
        elif [[ $c == "\\" ]]; then word+=${line:i+1:1}; i=$((i + 1)); fi
    done
    if [[ $kind == text ]]; then split_words+=("$word")
    else
        [[ $word ]] && split_words+=("$word")
        split_words+=("")
    fi
}

# The sorted completions bash offers for a command line as typed, which ends
# where the cursor is: complete_typed 'stretch report --format='
complete_typed() {
    set +u
    local split_words
    split_line "$1"
    local COMP_WORDS=("${split_words[@]}") COMP_CWORD=$((${#split_words[@]} - 1)) COMP_LINE=$1 COMPREPLY=()
    local COMP_POINT=${#COMP_LINE}
    _stretch stretch "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd ' ' -
}

# A paused stretch in the default log and another in a log named with --db,
# for completing `stretch resume`.
stretch -q pause bridge || { echo "FAIL: stretch pause bridge failed" >&2; exit 1; }
stretch -q --db "$sandbox/other.db" pause leg-stretch ||
    { echo "FAIL: stretch --db ... pause leg-stretch failed" >&2; exit 1; }

# A routines directory with a space in its name (typed quoted, escaped or
# as ~/my\ routines), holding the routine morning and an exercise whose id is
# too long for the columns of the text `stretch list` prints.
routines_dir="$sandbox/my routines"
mkdir -p "$routines_dir" || exit 2
cat >"$routines_dir/morning.toml" <<'EOF'
[exercise.knee-to-chest-rotation-stretch]
name = "Knee to chest rotation"
summary = "Both knees to the chest, then rolled gently to each side."
position = "on your back"
targets = ["lower back"]
reps = [5, 8]
steps = ["Bring your knees to your chest, then roll them to one side."]
breathing = "Breathe out as you roll."
cautions = ["Stop if it hurts."]

[routine]
id = "morning"
name = "Morning"
days = "daily"
steps = [{ exercise = "knee-to-chest-rotation-stretch" }, { exercise = "bridge" }]
EOF
stretch -q --routines "$routines_dir" --db "$sandbox/long.db" pause knee-to-chest-rotation-stretch ||
    { echo "FAIL: stretch --routines ... pause knee-to-chest-rotation-stretch failed" >&2; exit 1; }

# Entries for completing the ids `edit` and `delete` take: two in the
# default log, one with a note whose second line looks like the start of a
# CSV record (it must not be offered), and one in the log named with --db.
# The ids expected come from the text history, which prints them in its
# second column.
fake_id=ffffffff-ffff-4fff-8fff-ffffffffffff
if ! stretch -q log hip-stretch --note "first line
$fake_id,2026-11-22T12:00:00Z,2026-11-22,stretch,bridge" ||
    ! stretch -q pain 3 || ! stretch -q --db "$sandbox/other.db" pain 2; then
    echo "FAIL: logging the entries to complete failed" >&2
    exit 1
fi
short_ids() {
    stretch "$@" history --all | awk '$2 ~ /^[0-9a-f]+$/ && length($2) == 8 { print $2 }' |
        sort | paste -sd ' ' -
}
entry_ids=$(short_ids)
other_id=$(short_ids --db "$sandbox/other.db")
first_id=${entry_ids%% *}
if [ "$(wc -w <<<"$entry_ids")" -ne 2 ] || [ "$(wc -w <<<"$other_id")" -ne 1 ]; then
    echo "FAIL: expected 2 + 1 entries in the text history, got '$entry_ids' and '$other_id'" >&2
    exit 1
fi
# A file to offer to import and backup.
: >"$sandbox/export.json"

# Every subcommand `stretch --help` lists, sorted, on one line.
all_commands=$(stretch --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' |
    sort | paste -sd ' ' -)
if [ -z "$all_commands" ]; then
    echo "FAIL: found no subcommands in stretch --help" >&2
    exit 1
fi

# expect_bash 'plan' stretch pl: the completions are exactly these words.
expect_bash() {
    local want=$1 got
    shift
    got=$(complete_line "$@")
    if [ "$got" = "$want" ]; then pass "$label: '$*' completes to: $got"
    else fail "$label: '$*' should complete to '$want', got '$got'"; fi
}

# includes_bash lower-back stretch plan --routine '': the completions hold this word.
includes_bash() {
    local want=$1 got
    shift
    got=$(complete_line "$@")
    if [[ " $got " == *" $want "* ]]; then pass "$label: '$*' offers $want"
    else fail "$label: '$*' should offer '$want', got '$got'"; fi
}

# expect_typed 'markdown' 'stretch report --format=m': the completions bash
# offers for the line as typed (by $complete_typed) are exactly these words.
expect_typed() {
    local got
    got=$("${complete_typed:-complete_typed}" "$2")
    if [ "$got" = "$1" ]; then pass "$label: '$2' completes to: $got"
    else fail "$label: '$2' should complete to '$1', got '$got'"; fi
}

# The lines that depend on how bash splits and quotes what was typed: values
# after --opt=, and --routines and --db values with spaces, quotes, backslashes
# or a leading ~. Ids come from `stretch list --format tsv`, so an id too long
# for the columns of the text list is still whole.
typed_checks() {
    expect_typed 'csv html json markdown text' 'stretch report --format='
    expect_typed 'markdown' 'stretch report --format=m'
    expect_typed 'html json markdown text' 'stretch plan --format='
    expect_typed 'json text tsv' 'stretch list --format='
    expect_typed 'both left right' 'stretch log --side='
    expect_typed 'always auto never' 'stretch --color='
    expect_typed 'always auto' 'stretch plan --color=a'
    expect_typed 'gentle lower-back' 'stretch plan --routine='
    expect_typed 'gentle lower-back morning' "stretch --routines \"$routines_dir\" plan -r "
    expect_typed 'gentle lower-back morning' "stretch --routines '$routines_dir' report --routine "
    expect_typed 'gentle lower-back morning' "stretch --routines ${routines_dir// /\\ } plan --routine="
    expect_typed 'gentle lower-back morning' 'stretch --routines ~/my\ routines plan -r '
    expect_typed 'gentle lower-back morning' 'stretch --routines ~/"my routines" skip -r '
    expect_typed 'morning' "stretch --routines=\"$routines_dir\" plan -r m"
    expect_typed 'knee-to-chest-rotation-stretch' "stretch --routines \"$routines_dir\" pause kn"
    expect_typed 'knee-to-chest-rotation-stretch' "stretch --routines \"$routines_dir\" --db ~/long.db resume "
    expect_typed 'leg-stretch' 'stretch --db ~/other.db resume '
    expect_typed 'leg-stretch' "stretch --db=$sandbox/other.db resume "
    expect_typed "$other_id" 'stretch --db ~/other.db delete '
    expect_typed "$other_id" "stretch --db=$sandbox/other.db edit "
    expect_typed 'csv json' 'stretch export --format='
    expect_typed 'json text' 'stretch status --format='
    # Under readline compgen takes the quotes off a file name itself, which
    # the bash-completion package counts on: only a terminal shows that.
    if [ "${complete_typed:-}" = complete_bash_tty ] || ! declare -F _filedir >/dev/null; then
        expect_typed "$routines_dir" "stretch --routines \"$sandbox/my r"
        expect_typed "$routines_dir" "stretch --db=${sandbox}/my\\ r"
    fi
}

# Loads the bash completion and checks what it offers; $label names the setup.
bash_checks() {
    set +u
    # shellcheck source=../../completions/stretch.bash
    source "$root/completions/stretch.bash"
    set -u
    expect_bash 'plan' stretch pl
    expect_bash 'both left right' stretch log --side ''
    expect_bash 'bridge' stretch show bri
    includes_bash 'lower-back' stretch plan --routine ''
    includes_bash 'lower-back' stretch --db "$sandbox/db" report -r ''
    expect_bash 'csv json text' stretch history --format ''
    expect_bash 'today tomorrow' stretch plan to
    expect_bash '--week' stretch plan --we
    expect_bash 'bird-dog bottom-stretch bridge' stretch log --reps 10 b
    expect_bash "$all_commands" stretch ''
    expect_bash 'pain pause' stretch pa
    expect_bash 'remind report resume' stretch re
    expect_bash 'undo unskip' stretch un
    expect_bash 'skip' stretch sk
    # help takes one command: any, then nothing more.
    expect_bash 'remind report resume' stretch help re
    expect_bash '' stretch help report ''
    expect_bash 'bird-dog bottom-stretch bridge' stretch pause b
    expect_bash '--reason --routines' stretch pause --r
    # resume offers the paused stretches of the log in use, else every one.
    expect_bash 'bridge' stretch resume ''
    expect_bash 'leg-stretch' stretch --db "$sandbox/other.db" resume ''
    expect_bash 'bird-dog bottom-stretch bridge' stretch --db "$sandbox/none.db" resume b
    # skip and unskip name today or later days only.
    expect_bash 'thu today tomorrow tue' stretch skip t
    expect_bash '' stretch skip y
    expect_bash 'today tomorrow' stretch unskip to
    expect_bash 'today tomorrow' stretch skip --until to
    # --date and --since refuse a day after today, so it is not offered.
    expect_bash 'today' stretch log --date to
    expect_bash 'today' stretch history --since to
    includes_bash 'yesterday' stretch report --since 2026-11-01 --until ''
    expect_bash '--reason --routine --routines' stretch skip --r
    expect_bash '--until' stretch unskip --u
    includes_bash 'lower-back' stretch skip --routine ''
    includes_bash 'gentle' stretch skip -r ''
    expect_bash '' stretch skip --reason ''
    expect_bash 'always auto never' stretch --color ''
    expect_bash 'json text tsv' stretch list -f ''
    expect_bash '--format' stretch list --fo
    # edit and delete offer the ids of the log in use, as history prints
    # them; edit takes one, delete any number.
    expect_bash "$entry_ids" stretch delete ''
    expect_bash "$entry_ids" stretch delete "$first_id" ''
    expect_bash "$first_id" stretch edit "${first_id:0:6}"
    expect_bash "$other_id" stretch --db "$sandbox/other.db" delete ''
    expect_bash "$other_id" stretch delete --db "$sandbox/other.db" ''
    expect_bash "$other_id" stretch --routines "$routines_dir" --db "$sandbox/other.db" edit ''
    expect_bash '' stretch --db "$sandbox/none.db" delete ''
    expect_bash '' stretch edit "$first_id" ''
    expect_bash '' stretch edit "$first_id" --reps 10 ''
    expect_bash '--reps --routines' stretch edit "$first_id" --r
    expect_bash '--help --hold' stretch edit "$first_id" --h
    expect_bash '--pain' stretch edit "$first_id" --pa
    expect_bash 'both left right' stretch edit "$first_id" --side ''
    includes_bash '7' stretch edit "$first_id" --pain ''
    includes_bash 'yesterday' stretch edit "$first_id" --date ''
    expect_bash '--date' stretch edit "$first_id" --da
    expect_bash '--list' stretch undo --l
    expect_bash 'json text' stretch status --format ''
    expect_bash '--format' stretch status --fo
    expect_bash '--json' stretch status --j
    expect_bash 'json text' stretch show bridge -f ''
    expect_bash 'csv json' stretch export --format ''
    expect_bash 'csv json' stretch export --all -f ''
    expect_bash '--last-week' stretch export --la
    expect_bash '--since' stretch export --si
    includes_bash 'yesterday' stretch export --since ''
    expect_bash "$sandbox/export.json" stretch import "$sandbox/exp"
    includes_bash '-' stretch import ''
    includes_bash '-' stretch import -
    expect_bash '' stretch import "$sandbox/export.json" ''
    expect_bash "$sandbox/export.json" stretch backup "$sandbox/exp"
    expect_bash '' stretch backup "$sandbox/copy.db" "$sandbox/exp"
    expect_bash '--force' stretch backup --fo
    typed_checks
    # Where COMP_WORDBREAKS has no =, the word readline replaces is all of
    # --format=j.
    COMP_WORDBREAKS=${COMP_WORDBREAKS//=/} expect_typed '--format=json' 'stretch report --format=j'
}

if bash -n "$root/completions/stretch.bash"; then
    pass "bash: completions/stretch.bash parses"
else
    fail "bash: completions/stretch.bash has a syntax error"
fi
label="bash" bash_checks

# Again on top of the bash-completion package, as an interactive shell has it.
bash_completion=/usr/share/bash-completion/bash_completion
if [ -r "$bash_completion" ]; then
    (
        failures=0
        set +u
        # shellcheck source=/dev/null
        source "$bash_completion"
        set -u
        label="bash with bash-completion" bash_checks
        exit "$failures"
    )
    failures=$((failures + $?))
else
    skip "bash-completion is not installed, so the completion was checked without it"
fi

# The same lines typed into a real interactive bash, in a pseudo-terminal
# that zsh drives (as for zsh below): with completions/stretch.bash and, for
# the second run, the bash-completion package loaded, a Tab is typed and what
# _stretch puts in COMPREPLY is recorded. zpty -n sends no newline, so the
# line is never run (stretch takes a unique prefix of an id: `pause kn` would
# pause a stretch).
cat >"$sandbox/complete_bash.zsh" <<'EOF'
zmodload zsh/zpty || exit 2
out=$1 line=$2 completion=$3 package=$4
zpty b bash --norc --noprofile -i
zpty -w b "PS1= PS2= __out=${(q)out}"
[[ -n $package ]] && zpty -w b "source ${(q)package}"
zpty -w b "source ${(q)completion}"
zpty -w b '__record() { _stretch "$@"; printf "%s\n" "${COMPREPLY[@]}" >>"$__out"; COMPREPLY=(); echo "<done>" >>"$__out"; }'
zpty -w b 'complete -F __record stretch'
zpty -n -w b "$line"$'\t'
for i in {1..100}; do
  grep -qx '<done>' $out 2>/dev/null && break
  sleep 0.1
done
zpty -d b
EOF
complete_bash_tty() {
    : >"$sandbox/bash.out"
    zsh -f "$sandbox/complete_bash.zsh" "$sandbox/bash.out" "$1" "$root/completions/stretch.bash" "${bash_package:-}"
    grep -vx -e '<done>' -e '' "$sandbox/bash.out" | sort | paste -sd ' ' -
}

if command -v zsh >/dev/null && zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
    bash_package="" label="bash in a terminal" complete_typed=complete_bash_tty typed_checks
    if [ -r "$bash_completion" ]; then
        bash_package=$bash_completion label="bash in a terminal with bash-completion" \
            complete_typed=complete_bash_tty typed_checks
    fi
else
    skip "zsh with zpty is not installed, so bash was not run in a terminal"
fi

# The sorted words zsh's completion system offers for a command line, which
# ends where the cursor is: zsh runs interactively in a pseudo-terminal with
# completions/ first on fpath, a Tab is typed, and every compadd is recorded.
cat >"$sandbox/complete.zsh" <<'EOF'
zmodload zsh/zpty || exit 2
out=$1 line=$2
zpty z zsh -f -i
zpty -w z 'PROMPT= RPROMPT='
zpty -w z "fpath=(${(q)ZSH_COMPLETIONS} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "__out=${(q)out}"
zpty -w z 'compadd() { local -a __got; builtin compadd -O __got "$@"; print -rl -- $__got >>$__out; builtin compadd "$@"; }'
zpty -w z '__done() { compstate[insert]= compstate[list]=; print -r -- "<done>" >>$__out; }'
zpty -w z 'comppostfuncs=(__done)'
# No newline after the Tab: the line is completed, never run.
zpty -n -w z "$line"$'\t'
for i in {1..100}; do
  grep -qx '<done>' $out 2>/dev/null && break
  sleep 0.1
done
zpty -d z
EOF
complete_zsh() {
    : >"$sandbox/zsh.out"
    ZSH_COMPLETIONS="$root/completions" zsh -f "$sandbox/complete.zsh" "$sandbox/zsh.out" "$1"
    grep -vx -e '<done>' -e '' "$sandbox/zsh.out" | sort -u | paste -sd ' ' -
}

# expect_zsh 'pain pause' 'stretch pa': zsh offers exactly these words.
expect_zsh() {
    local got
    got=$(complete_zsh "$2")
    if [ "$got" = "$1" ]; then pass "zsh: '$2' completes to: $got"
    else fail "zsh: '$2' should complete to '$1', got '$got'"; fi
}

# includes_zsh '-' 'stretch import ': zsh offers this word, among others.
includes_zsh() {
    local got
    got=$(complete_zsh "$2")
    if [[ " $got " == *" $1 "* ]]; then pass "zsh: '$2' offers $1"
    else fail "zsh: '$2' should offer '$1', got '$got'"; fi
}

if command -v zsh >/dev/null; then
    if zsh -n "$root/completions/_stretch"; then pass "zsh: completions/_stretch parses"
    else fail "zsh: completions/_stretch has a syntax error"; fi
    if zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
        expect_zsh "$all_commands" 'stretch '
        expect_zsh 'pain pause' 'stretch pa'
        expect_zsh 'undo unskip' 'stretch un'
        expect_zsh 'remind report resume' 'stretch help re'
        expect_zsh 'both left right' 'stretch log --side '
        expect_zsh 'bird-dog bottom-stretch bridge' 'stretch pause b'
        expect_zsh 'bridge' 'stretch resume '
        expect_zsh 'leg-stretch' "stretch --db $sandbox/other.db resume "
        expect_zsh 'thu today tomorrow tue' 'stretch skip t'
        expect_zsh 'today tomorrow' 'stretch unskip --until to'
        expect_zsh 'today' 'stretch pain --date=to'
        expect_zsh '--reason --routine --routines' 'stretch skip --r'
        expect_zsh 'gentle lower-back' 'stretch skip -r '
        expect_zsh 'always auto never' 'stretch --color '
        expect_zsh 'always auto never' 'stretch plan --color='
        expect_zsh 'gentle lower-back' 'stretch --color never plan -r '
        expect_zsh 'csv html json markdown text' 'stretch report --format='
        expect_zsh 'html json markdown text' 'stretch plan --format='
        expect_zsh '--week' 'stretch plan --we'
        expect_zsh 'json text tsv' 'stretch list --format '
        expect_zsh 'json text tsv' 'stretch list -f '
        expect_zsh 'gentle lower-back morning' "stretch --routines \"$routines_dir\" plan -r "
        expect_zsh 'gentle lower-back morning' 'stretch --routines ~/my\ routines plan --routine='
        expect_zsh 'knee-to-chest-rotation-stretch' "stretch --routines '$routines_dir' pause kn"
        expect_zsh 'knee-to-chest-rotation-stretch' 'stretch --routines ~/"my routines" --db ~/long.db resume '
        expect_zsh 'leg-stretch' 'stretch --db ~/other.db resume '
        expect_zsh "$entry_ids" 'stretch delete '
        expect_zsh "$entry_ids" "stretch delete $first_id "
        expect_zsh "$other_id" 'stretch --db ~/other.db delete '
        expect_zsh "$other_id" "stretch --db $sandbox/other.db edit "
        expect_zsh "$other_id" "stretch edit --db $sandbox/other.db "
        # One entry given: only options are left.
        expect_zsh '--color --date --db --help --hold --no-color --note --pain --quiet --reps --routines --side -h -q' \
            "stretch edit $first_id "
        expect_zsh 'both left right' "stretch edit $first_id --side "
        expect_zsh '--reps --routines' "stretch edit $first_id --r"
        expect_zsh '--list' 'stretch undo --l'
        expect_zsh 'json text' 'stretch status --format '
        expect_zsh 'json text' 'stretch show bridge -f '
        expect_zsh 'csv json' 'stretch export --format='
        expect_zsh '--last-week' 'stretch export --la'
        expect_zsh 'export.json' 'stretch import ~/exp'
        expect_zsh 'export.json' 'stretch backup ~/exp'
        expect_zsh 'leg-stretch' "stretch resume --db $sandbox/other.db "
        expect_zsh '--force' 'stretch backup --fo'
        includes_zsh '-' 'stretch import -'
    else
        skip "zsh has no zpty module, so completions/_stretch was only parsed"
    fi
else
    skip "zsh is not installed, so completions/_stretch was not checked"
fi

# The sorted words fish offers for a command line.
complete_fish() {
    fish --no-config -c 'source $argv[1]; complete -C$argv[2]' \
        "$root/completions/stretch.fish" "$1" | cut -f1 | sort -u | paste -sd ' ' -
}

# expect_fish 'pain pause' 'stretch pa': fish offers exactly these words.
expect_fish() {
    local got
    got=$(complete_fish "$2")
    if [ "$got" = "$1" ]; then pass "fish: '$2' completes to: $got"
    else fail "fish: '$2' should complete to '$1', got '$got'"; fi
}

# includes_fish '-' 'stretch import ': fish offers this word, among others.
includes_fish() {
    local got
    got=$(complete_fish "$2")
    if [[ " $got " == *" $1 "* ]]; then pass "fish: '$2' offers $1"
    else fail "fish: '$2' should offer '$1', got '$got'"; fi
}

if command -v fish >/dev/null; then
    if fish --no-execute "$root/completions/stretch.fish"; then pass "fish: completions/stretch.fish parses"
    else fail "fish: completions/stretch.fish has a syntax error"; fi
    expect_fish "$all_commands" 'stretch '
    expect_fish 'pain pause' 'stretch pa'
    expect_fish 'undo unskip' 'stretch un'
    expect_fish 'remind report resume' 'stretch help re'
    expect_fish 'both left right' 'stretch log --side '
    expect_fish 'bird-dog bottom-stretch bridge' 'stretch pause b'
    expect_fish 'bridge' 'stretch resume '
    expect_fish 'leg-stretch' "stretch --db $sandbox/other.db resume "
    expect_fish 'thu today tomorrow tue' 'stretch skip t'
    expect_fish 'today tomorrow' 'stretch unskip --until to'
    expect_fish 'today' 'stretch log --date to'
    expect_fish 'today' 'stretch report --since to'
    expect_fish '--reason --routine --routines' 'stretch skip --r'
    expect_fish 'gentle lower-back' 'stretch skip -r '
    expect_fish 'always auto never' 'stretch --color '
    expect_fish '--color=always --color=auto --color=never' 'stretch plan --color='
    expect_fish 'gentle lower-back' 'stretch --color never plan -r '
    expect_fish '--format=csv --format=html --format=json --format=markdown --format=text' 'stretch report --format='
    expect_fish '--format=html --format=json --format=markdown --format=text' 'stretch plan --format='
    expect_fish '--week' 'stretch plan --we'
    expect_fish 'json text tsv' 'stretch list --format '
    expect_fish 'json text tsv' 'stretch list -f '
    expect_fish 'gentle lower-back morning' "stretch --routines \"$routines_dir\" plan -r "
    expect_fish 'gentle lower-back morning' 'stretch --routines ~/my\ routines plan --routine '
    expect_fish 'morning' "stretch --routines='$routines_dir' plan -r m"
    expect_fish 'knee-to-chest-rotation-stretch' "stretch --routines '$routines_dir' pause kn"
    expect_fish 'knee-to-chest-rotation-stretch' 'stretch --routines ~/"my routines" --db ~/long.db resume '
    expect_fish 'leg-stretch' 'stretch --db ~/other.db resume '
    expect_fish 'leg-stretch' "stretch --db=$sandbox/other.db resume "
    expect_fish "$entry_ids" 'stretch delete '
    expect_fish "$entry_ids" "stretch delete $first_id "
    expect_fish "$other_id" 'stretch --db ~/other.db delete '
    expect_fish "$other_id" "stretch --db=$sandbox/other.db edit "
    expect_fish "$other_id" "stretch edit --db $sandbox/other.db "
    expect_fish '' "stretch edit $first_id "
    expect_fish 'both left right' "stretch edit $first_id --side "
    expect_fish '--reps --routines' "stretch edit $first_id --r"
    expect_fish '--list' 'stretch undo --l'
    expect_fish 'json text' 'stretch status --format '
    expect_fish 'json text' 'stretch show bridge -f '
    expect_fish '--format=csv --format=json' 'stretch export --format='
    expect_fish '--last-week' 'stretch export --la'
    expect_fish "$sandbox/export.json" "stretch import $sandbox/exp"
    expect_fish "$sandbox/export.json" "stretch backup $sandbox/exp"
    expect_fish '' "stretch backup $sandbox/copy.db "
    expect_fish '--force' 'stretch backup --fo'
    includes_fish '-' 'stretch import '
    includes_fish '-' 'stretch import -'
else
    skip "fish is not installed, so completions/stretch.fish was not checked"
fi

if command -v mandoc >/dev/null; then
    for page in "$root/man/stretch.1" "$root/man/stretch-routines.5"; do
        if mandoc -T lint -W warning "$page"; then pass "mandoc: ${page#"$root"/} is lint clean"
        else fail "mandoc: ${page#"$root"/} has lint warnings (above)"; fi
    done
else
    skip "mandoc is not installed, so the man pages were not linted"
fi

if [ "$failures" -ne 0 ]; then
    echo "FAIL: $failures completion or man page check(s) failed" >&2
    exit 1
fi
echo "all completion and man page checks passed"
