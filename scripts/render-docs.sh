#!/usr/bin/env bash
# Renders the pictures of printed sheets the README shows, into docs/: the
# day plan, the week sheet and a month report, from the made-up month of
# scripts/demo-history.sh, printed by headless Chromium and turned into PNG
# pages by pdftoppm. The clock is fixed, so the pictures only change when
# the sheets do.
# Usage: scripts/render-docs.sh [path/to/stretch]   (default: build/stretch)
set -euo pipefail
cd "$(dirname "$0")/.."
stretch=$(realpath "${1:-build/stretch}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home TZ=UTC
mkdir -p "$HOME" docs

scripts/demo-history.sh "$stretch"
print() {  # print NAME STRETCH_NOW ARGS...: NAME.html -> docs/NAME*.png
  local name=$1 now=$2
  shift 2
  STRETCH_NOW=$now "$stretch" "$@" --format html --output "$work/$name.html"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-sync --disable-quic \
    --disable-background-networking --disable-component-update --user-data-dir="$work/profile-$name" \
    --no-pdf-header-footer --print-to-pdf="$work/$name.pdf" "file://$work/$name.html" 2>/dev/null
  rm -f docs/"$name"*.png
  pdftoppm -r 80 -png "$work/$name.pdf" "docs/$name"
}
print plan-day 2026-12-01T07:00:00 plan
print plan-week 2026-12-01T07:00:00 plan --week
print report-month 2026-11-30T20:00:00 report --month
ls -l docs/*.png
