#!/usr/bin/env bash
# Writes cmake/hot-functions.txt: the functions the most used commands run,
# in the order they first run. The static build hands it to the linker (lld's
# --symbol-ordering-file, see CMakeLists.txt), which lays those functions out
# side by side at the start of the program's code, so that a command maps
# half as many pages of it in (each page fault maps a 64 kB window of the
# binary, and without the order nearly every window of the 5 MB held some
# function `plan today` calls).
#
# Rerun it after a change that adds or renames functions on those paths; a
# name the binary no longer has is passed over, and a function missing from
# the list still works, it only lands among the rest.
#
# Usage: scripts/order-functions.sh [path/to/stretch]   (default build/stretch)
# Needs valgrind (its lackey tool traces each instruction), nm and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
stretch=$(realpath "${1:-$root/build/stretch}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export HOME=$work/home XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_CACHE_HOME= TZ=UTC LC_ALL=C
mkdir -p "$HOME"
"$root/scripts/demo-history.sh" "$stretch"
export STRETCH_NOW=2026-12-01T08:00:00

# The commands run most, the most frequent first, so that their functions
# come first: each later command adds only what it runs beyond those.
commands=("plan today" "status --quiet" "remind" "report --week" "log bridge --reps 10 --quiet"
          "report --year" "plan --week" "history")
for command in "${commands[@]}"; do
  # The routine cache is kept per binary, and under valgrind that is
  # valgrind's own: a first run fills it, so the traced one reads it as a
  # user's run would.
  # (`status` and `remind` exit 1 while stretches are left.)
  read -ra words <<<"$command"
  valgrind --tool=none -q "$stretch" "${words[@]}" >/dev/null || true
  valgrind --tool=lackey --trace-mem=yes --log-file="$work/trace" "$stretch" "${words[@]}" >/dev/null || true
  echo run >>"$work/addresses"
  awk '/^I/ { split($2, a, ","); if (!(a[1] in seen)) { seen[a[1]] = 1; print a[1] } }' "$work/trace" \
    >>"$work/addresses"
done

nm -n --defined-only "$stretch" >"$work/symbols"
python3 - "$work/symbols" "$work/addresses" >"$root/cmake/hot-functions.txt" <<'PY'
import bisect, sys

functions = []
for line in open(sys.argv[1]):
    fields = line.split()
    if len(fields) == 3 and fields[1] in "tTwWiI":
        functions.append((int(fields[0], 16), fields[2]))
starts = [start for start, _ in functions]
entry = next(start for start, name in functions if name == "_start")

order, listed, base = [], set(), None
for line in open(sys.argv[2]):
    line = line.strip()
    if line == "run":  # a new process: its first instruction is _start
        base = None
        continue
    address = int(line, 16)
    if base is None:
        base = address - entry
    at = bisect.bisect_right(starts, address - base) - 1
    if at >= 0 and functions[at][1] not in listed:
        listed.add(functions[at][1])
        order.append(functions[at][1])
print("\n".join(order))
PY
echo "order-functions: $(wc -l <"$root/cmake/hot-functions.txt") functions in cmake/hot-functions.txt" >&2
