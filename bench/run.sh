#!/usr/bin/env bash
# Benchmarks stretch against ten years of daily history: 3,650 days x 10
# stretches (36,500 entries) plus a daily pain score (3,650 more).
# Usage: bench/run.sh [path/to/stretch]   (default: build/stretch)
# Needs hyperfine and sqlite3 (Debian packages of the same names).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/stretch}")
for tool in hyperfine sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench: install $tool (apt-get install $tool)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" TZ=UTC STRETCH_NOW=2026-11-22T20:00:00
db="$work/.local/share/stretch/stretch.db"

# Let stretch create its own schema, then fill it in one transaction.
"$bin" pain 0 --quiet && "$bin" undo >/dev/null
sqlite3 "$db" <<'SQL'
BEGIN;
CREATE TEMP TABLE ids(exercise TEXT);
INSERT INTO ids VALUES ('spine-stretch'), ('hip-stretch'), ('bottom-stretch'), ('leg-stretch'),
  ('lower-back-stretch'), ('pelvic-tilts'), ('bridge'), ('bird-dog'), ('deep-abdominal'),
  ('lower-stomach-stretch');
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 3649)
INSERT INTO entries (uuid, logged_at, day, kind, exercise, routine, reps)
  SELECT lower(hex(randomblob(16))), date('2026-11-22', '-' || n || ' days') || 'T19:00:00Z',
         date('2026-11-22', '-' || n || ' days'), 'stretch', exercise, 'lower-back', 8
  FROM d, ids;
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 3649)
INSERT INTO entries (uuid, logged_at, day, kind, pain)
  SELECT lower(hex(randomblob(16))), date('2026-11-22', '-' || n || ' days') || 'T07:00:00Z',
         date('2026-11-22', '-' || n || ' days'), 'pain', abs(random()) % 6 + 1
  FROM d;
COMMIT;
SQL
echo "entries: $(sqlite3 "$db" 'SELECT count(*) FROM entries')"

commands=("$bin plan" "$bin status --quiet || true" "$bin history --all --format json"
          "$bin report --week" "$bin report --year" "$bin report --all" "$bin report --all --format json")
hyperfine --warmup 3 --min-runs 20 --export-markdown "$work/results.md" "${commands[@]}" >&2
cat "$work/results.md"
