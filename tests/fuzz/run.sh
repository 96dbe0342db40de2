#!/usr/bin/env bash
# Runs each libFuzzer target of a STRETCH_FUZZ build for a bounded time,
# starting from a copy of its seed corpus, tests/fuzz/corpus/<target>, so
# the repository is never modified.
#
# Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
#   BUILD_DIR            a build configured with -DSTRETCH_FUZZ=ON and clang++
#   SECONDS_PER_TARGET   default 60
#   TARGET               routine, config, date, day_log (default: all four)
#
# Prints libFuzzer's final numbers for each target. Exits 1 when any target
# fails: an escaped exception, a crash, a sanitizer report, a broken
# invariant, a leak, or an input slower than 10 s. The failing input is kept
# in BUILD_DIR/fuzz-artifacts/ and printed in hex.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(routine config date day_log)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"

failed=()
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/fuzz_$target
    [ -x "$binary" ] || { echo "fuzz: $binary is missing: build $build first" >&2; exit 2; }
    rm -f "$artifacts/$target-"*
    corpus=$work/$target
    mkdir -p "$corpus"
    cp "$here/corpus/$target/"* "$corpus/"
    echo "-- fuzz_$target: ${seconds} s from $(ls "$corpus" | wc -l) seeds"
    if "$binary" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$corpus" >"$work/$target.log" 2>&1; then
        grep -E '^(Done |stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' \
            "$work/$target.log"
        echo "-- fuzz_$target: ok, corpus grew to $(ls "$corpus" | wc -l) inputs"
    else
        tail -n 60 "$work/$target.log"
        for input in "$artifacts/$target-"*; do
            [ -f "$input" ] || continue
            echo "-- failing input $input ($(wc -c <"$input") bytes), hex:"
            od -An -tx1 -v "$input" | head -n 64
        done
        echo "-- fuzz_$target: FAILED" >&2
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
