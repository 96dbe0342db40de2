#!/usr/bin/env bash
# Writes a month of made-up but plausible use of stretch (November 2026)
# into the database of the current HOME: most days done in full, a few
# partial or missed, two days skipped, the gentle routine on a flare day, a
# paused stretch, pain easing from about 5 to about 2, and some notes.
# Used for the README's pictures; the dates are fixed, so the output is too.
# Usage: scripts/demo-history.sh path/to/stretch
set -euo pipefail
stretch=${1:?usage: demo-history.sh path/to/stretch}
all=(spine-stretch hip-stretch bottom-stretch leg-stretch lower-back-stretch pelvic-tilts bridge bird-dog
     deep-abdominal lower-stomach-stretch)
gentle=(spine-stretch pelvic-tilts deep-abdominal lower-stomach-stretch)
at() { STRETCH_NOW="$1T08:00:00" "$stretch" --quiet "${@:2}" >/dev/null; }

for day in $(seq 1 30); do
  date=$(printf '2026-11-%02d' "$day")
  pain=$(( 6 - day / 6 ))                       # 6 at the start, 1 at the end
  if (( day % 7 == 3 )); then pain=$(( pain + 1 )); fi   # a worse day each week
  case $day in
    6|19) at "$date" skip --reason "visiting family"; continue ;;
    12) at "$date" pain 7 --note "flare after a long drive"
        for e in "${gentle[@]}"; do at "$date" log "$e" --routine gentle; done; continue ;;
    9) at "$date" pain "$pain"; continue ;;     # missed
  esac
  at "$date" pain "$pain"
  done_list=("${all[@]}")
  if (( day == 15 || day == 23 )); then done_list=("${all[@]:0:6}"); fi   # partial
  for e in "${done_list[@]}"; do
    [[ $day -ge 20 && $e == hip-stretch ]] && continue           # paused from the 20th
    if [[ $day == 17 && $e == bridge ]]; then
      at "$date" log "$e" --pain 5 --note "twinge at the top; went lower next time"
    else
      at "$date" log "$e"
    fi
  done
  if (( day == 20 )); then at "$date" pause hip-stretch --reason "knee sore when kneeling"; fi
done
