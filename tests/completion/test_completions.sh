#!/usr/bin/env bash
# Checks the shell completions and the man pages against a built stretch.
# Usage: test_completions.sh PATH/TO/stretch
#
# The bash completion runs for real, against the given binary, in a fresh
# HOME with STRETCH_NOW fixed. zsh and fish files get a syntax check, and the
# man pages a mandoc lint, when those programs are installed.
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

if command -v zsh >/dev/null; then
    if zsh -n "$root/completions/_stretch"; then pass "zsh: completions/_stretch parses"
    else fail "zsh: completions/_stretch has a syntax error"; fi
else
    skip "zsh is not installed, so completions/_stretch was not checked"
fi

if command -v fish >/dev/null; then
    if fish --no-execute "$root/completions/stretch.fish"; then pass "fish: completions/stretch.fish parses"
    else fail "fish: completions/stretch.fish has a syntax error"; fi
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
