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
# the list still works, it only lands among the rest. It says how many names
# of the list it replaces the binary no longer has.
#
# Usage: scripts/order-functions.sh [path/to/stretch]   (default build/stretch,
# a static build with its symbol table: not one installed with --strip)
# Needs valgrind (its lackey tool traces each instruction), nm and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
stretch=$(realpath "${1:-$root/build/stretch}")
for tool in valgrind nm python3; do
  command -v "$tool" >/dev/null || { echo "order-functions: needs $tool" >&2; exit 1; }
done
# The trace is mapped to names through the address of _start, where a
# static program's first instruction is; a dynamic one starts in ld.so.
if readelf -lW "$stretch" | grep -q INTERP; then
  echo "order-functions: $stretch is linked dynamically; give a static build" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export HOME=$work/home XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_CACHE_HOME= TZ=UTC LC_ALL=C
mkdir -p "$HOME"
"$root/scripts/demo-history.sh" "$stretch"
export STRETCH_NOW=2026-12-01T08:00:00

# Runs "$@" and accepts exit status 0 or 1 (`status` exits 1 while
# stretches are left), and nothing else: not valgrind missing, not a crash.
run() {
  local status=0
  "$@" >/dev/null || status=$?
  if ((status > 1)); then
    echo "order-functions: exit status $status from: $*" >&2
    exit 1
  fi
}

# The commands run most, the most frequent first, so that their functions
# come first: each later command adds only what it runs beyond those.
commands=("plan today" "status --quiet" "remind" "report --week" "log bridge --reps 10 --quiet"
          "report --year" "plan --week" "history")
for command in "${commands[@]}"; do
  read -ra words <<<"$command"
  # The routine cache is kept per binary, and under valgrind that is the
  # tool's own: a first run under the same tool fills it, so that the
  # traced run reads it as a user's run would.
  run valgrind --tool=lackey --log-file=/dev/null "$stretch" "${words[@]}"
  rm -f "$work/trace"
  run valgrind --tool=lackey --trace-mem=yes --log-file="$work/trace" "$stretch" "${words[@]}"
  echo run >>"$work/addresses"
  awk '/^I/ { split($2, a, ","); if (!(a[1] in seen)) { seen[a[1]] = 1; print a[1] } }' "$work/trace" \
    >>"$work/addresses"
done

nm -S -n --defined-only "$stretch" >"$work/symbols"
python3 - "$work/symbols" "$work/addresses" "$root/cmake/hot-functions.txt" >"$work/order" <<'PY'
import bisect, os, re, sys

# Functions by address. Of several names at one address (aliases such as
# tan and tanf64), the shortest, then the first in byte order, so that a
# rerun picks the same one.
by_address, known = {}, set()
for line in open(sys.argv[1]):
    fields = line.split()
    if len(fields) == 4 and fields[2] in "tTwWiI":
        start, size, name = int(fields[0], 16), int(fields[1], 16), fields[3]
        known.add(name)
        held = by_address.get(start)
        if held is None or (len(name), name) < (len(held[1]), held[1]):
            by_address[start] = (size, name)
functions = sorted((start, size, name) for start, (size, name) in by_address.items())
starts = [start for start, _, _ in functions]
entry = next(start for start, _, name in functions if name == "_start")

# glibc picks its string functions for the processor it runs on, and
# valgrind shows the trace a processor of its own: every variant of a
# function traced is listed with it, so the one picked on a user's machine
# is among them.
variant = re.compile(r"^(__[a-z0-9]+?)_(sse2|sse4_1|sse4_2|ssse3|avx|avx2|evex|avx512|erms)(_|$)")
variants = {}
for _, _, name in functions:
    match = variant.match(name)
    if match:
        variants.setdefault(match.group(1), []).append(name)

order, listed, base = [], set(), None
def add(name):
    if name not in listed:
        listed.add(name)
        order.append(name)

for line in open(sys.argv[2]):
    line = line.strip()
    if line == "run":  # a new process: its first instruction is _start
        base = None
        continue
    address = int(line, 16)
    if base is None:
        base = address - entry
    address -= base
    at = bisect.bisect_right(starts, address) - 1
    if at < 0 or address >= starts[at] + max(functions[at][1], 1):
        continue  # between functions: code no symbol covers
    name = functions[at][2]
    add(name)
    match = variant.match(name)
    for sibling in variants.get(match.group(1), []) if match else []:
        add(sibling)
print("\n".join(order))

if os.path.exists(sys.argv[3]):
    previous = [name.strip() for name in open(sys.argv[3]) if name.strip()]
    gone = sum(1 for name in previous if name not in known)
    print(f"order-functions: {gone} of the {len(previous)} names listed before are gone from this binary",
          file=sys.stderr)
PY
mv "$work/order" "$root/cmake/hot-functions.txt"
echo "order-functions: $(wc -l <"$root/cmake/hot-functions.txt") functions in cmake/hot-functions.txt" >&2
