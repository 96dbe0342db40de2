#!/usr/bin/env bash
# Checks the shell completions and the man pages against a built stretch.
# Usage: test_completions.sh PATH/TO/stretch
#
# The completions run for real, against the given binary, in a fresh HOME
# with STRETCH_NOW fixed: bash always, zsh and fish when they are installed.
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

# A paused stretch in the default log and another in a log named with --db,
# for completing `stretch resume`.
stretch -q pause bridge || { echo "FAIL: stretch pause bridge failed" >&2; exit 1; }
stretch -q --db "$sandbox/other.db" pause leg-stretch ||
    { echo "FAIL: stretch --db ... pause leg-stretch failed" >&2; exit 1; }

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
    expect_bash 'bird-dog bottom-stretch bridge' stretch log --reps 10 b
    expect_bash "$all_commands" stretch ''
    expect_bash 'pain pause' stretch pa
    expect_bash 'remind report resume' stretch re
    expect_bash 'undo unskip' stretch un
    expect_bash 'skip' stretch sk
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
    includes_bash 'yesterday' stretch report --since 2026-11-01 --until ''
    expect_bash '--reason --routine --routines' stretch skip --r
    expect_bash '--until' stretch unskip --u
    includes_bash 'lower-back' stretch skip --routine ''
    includes_bash 'gentle' stretch skip -r ''
    expect_bash '' stretch skip --reason ''
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
zpty -w z "$line"$'\t'
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

if command -v zsh >/dev/null; then
    if zsh -n "$root/completions/_stretch"; then pass "zsh: completions/_stretch parses"
    else fail "zsh: completions/_stretch has a syntax error"; fi
    if zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
        expect_zsh "$all_commands" 'stretch '
        expect_zsh 'pain pause' 'stretch pa'
        expect_zsh 'undo unskip' 'stretch un'
        expect_zsh 'both left right' 'stretch log --side '
        expect_zsh 'bird-dog bottom-stretch bridge' 'stretch pause b'
        expect_zsh 'bridge' 'stretch resume '
        expect_zsh 'leg-stretch' "stretch --db $sandbox/other.db resume "
        expect_zsh 'thu today tomorrow tue' 'stretch skip t'
        expect_zsh 'today tomorrow' 'stretch unskip --until to'
        expect_zsh '--reason --routine --routines' 'stretch skip --r'
        expect_zsh 'gentle lower-back' 'stretch skip -r '
    else
        skip "zsh has no zpty module, so completions/_stretch was only parsed"
    fi
else
    skip "zsh is not installed, so completions/_stretch was not checked"
fi

# expect_fish 'pain pause' 'stretch pa': fish offers exactly these words.
expect_fish() {
    local got
    got=$(fish --no-config -c 'source $argv[1]; complete -C$argv[2]' \
        "$root/completions/stretch.fish" "$2" | cut -f1 | sort -u | paste -sd ' ' -)
    if [ "$got" = "$1" ]; then pass "fish: '$2' completes to: $got"
    else fail "fish: '$2' should complete to '$1', got '$got'"; fi
}

if command -v fish >/dev/null; then
    if fish --no-execute "$root/completions/stretch.fish"; then pass "fish: completions/stretch.fish parses"
    else fail "fish: completions/stretch.fish has a syntax error"; fi
    expect_fish "$all_commands" 'stretch '
    expect_fish 'pain pause' 'stretch pa'
    expect_fish 'undo unskip' 'stretch un'
    expect_fish 'both left right' 'stretch log --side '
    expect_fish 'bird-dog bottom-stretch bridge' 'stretch pause b'
    expect_fish 'bridge' 'stretch resume '
    expect_fish 'leg-stretch' "stretch --db $sandbox/other.db resume "
    expect_fish 'thu today tomorrow tue' 'stretch skip t'
    expect_fish 'today tomorrow' 'stretch unskip --until to'
    expect_fish '--reason --routine --routines' 'stretch skip --r'
    expect_fish 'gentle lower-back' 'stretch skip -r '
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
