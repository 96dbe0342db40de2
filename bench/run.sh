#!/usr/bin/env bash
# Benchmarks stretch against taskwarrior and timewarrior on the same history,
# in the same run, at several sizes.
#
# Usage: bench/run.sh [path/to/stretch] [years...]
#        (defaults: build/stretch, and years 1 10 100)
#
# For each size it
#   1. writes a CSV like `stretch history --format csv` with, for every day of
#      the period (which ends today, by the real clock, in UTC), the ten
#      exercises of the bundled lower-back routine and one pain score, and
#      imports it with `stretch import` into a fresh HOME (timed);
#   2. gives timewarrior and taskwarrior a record per stretch done, as
#      stretch has an entry: ten one-minute intervals a day (tagged with the
#      exercise and "stretch") and ten completed tasks a day, written
#      straight into their data files in temporary directories;
#   3. times each stretch command and its peer with hyperfine, in six
#      rounds that take turns between the two (so that the machine's drift
#      falls on both alike), reports the median of all their runs, and
#      measures the peak RSS of one run of each with /usr/bin/time -v; every
#      program's file is first dropped from the page cache, so that each is
#      timed as it runs after a reboot (see settle_page_cache);
#   4. times bench/floor.c on the same log: a program that only opens it and
#      has SQLite load its schema, built like the release stretch. What a
#      command takes beyond it is stretch's own work. (Skipped without cc.)
# Then, once every size has its table, it times `report --week` and `log` on
# each size's log in turns with the next smaller size's, for how they scale.
# The results go to stdout as Markdown tables; progress goes to stderr.
#
# stretch refuses days before 2000-01-01 (README: "never a day before
# 2000-01-01"), so a period reaching further back is cut to start on that
# day, for all three tools alike; the table heading then says so.
#
# Needs hyperfine, taskwarrior, timewarrior, time (/usr/bin/time) and jq or
# python3. Missing Debian packages are installed with apt-get (as root, or
# through sudo). Nothing outside the temporary directory is written: HOME,
# XDG_*, TASKRC, TASKDATA and TIMEWARRIORDB all point into it, and it is
# removed on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/stretch}")
shift || true
years=("$@")
((${#years[@]})) || years=(1 10 100)

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

[[ -x $bin ]] || die "$bin is not an executable (build stretch first)"
for y in "${years[@]}"; do
  [[ $y =~ ^[1-9][0-9]*$ ]] || die "years must be positive whole numbers, not '$y'"
done

# --- Tools ------------------------------------------------------------------

# Installs the Debian packages named, as root or through sudo.
apt_install() {
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "run as root, or install sudo, to install: $*"
    sudo=(sudo)
  fi
  log "installing $* with apt-get"
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >&2
}

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v task >/dev/null || missing+=(taskwarrior)
command -v timew >/dev/null || missing+=(timewarrior)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v jq >/dev/null || command -v python3 >/dev/null || missing+=(jq)
((${#missing[@]} == 0)) || apt_install "${missing[@]}"

# --- The environment, shared by all three tools -------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/stretch-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM   # so that the EXIT trap runs on ^C too

# The floor (see the top), built as the release stretch is linked.
floor=
libsqlite=$(cc -print-file-name=libsqlite3.a 2>/dev/null || true)
if [[ $libsqlite == /* ]] &&
   cc -O2 -fPIE -static-pie -o "$work/floor" bench/floor.c "$libsqlite" -lm 2>"$work/floor.log"; then
  floor="$work/floor"
else
  log "bench/floor.c not built (it needs cc and libsqlite3.a); no floor is measured"
fi

# Every program timed starts from the kernel's page cache as it is after a
# reboot: its pages dropped, then read back by its own first run. How the
# file came to be cached changes the time of the same bytes: a file written
# with write() (cp, install, dpkg, ld.bfd) stays cached in large folios that
# the kernel maps cheaply, one read in through exec's page faults (or written
# by lld through a mapping) in 4 KiB pages, which cost stretch's `plan today`
# about 0.12 ms (a tenth) more on the machine of the README's table. So a
# binary is timed in the state that lasts, whoever built or copied it.
# (GNU dd: iflag=nocache with count=0 drops the whole file's clean pages.)
settle_page_cache() {
  local file
  for file in "$@"; do
    sync "$file" && dd if="$file" iflag=nocache count=0 status=none ||
      log "could not drop $file from the page cache; it is timed as it is"
  done
}
settle_page_cache "$bin" ${floor:+"$floor"} "$(command -v timew)" "$(command -v task)"

export TZ=UTC LC_ALL=C
# stretch runs on the real clock, as the peers cannot be given a fake one.
unset STRETCH_NOW STRETCH_DB STRETCH_CONFIG STRETCH_ROUTINES
# Each size sets HOME and these; empty for now so nothing real is read.
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share"
export TIMEWARRIORDB="$work/none" TASKRC="$work/none" TASKDATA="$work/none"

# The ten exercises of the bundled lower-back routine.
exercises="spine-stretch hip-stretch bottom-stretch leg-stretch lower-back-stretch"
exercises+=" pelvic-tilts bridge bird-dog deep-abdominal lower-stomach-stretch"

today=$(date +%F)                                  # UTC, since TZ=UTC
last_day=$(($(date -d "$today" +%s) / 86400))      # days since 1970-01-01
earliest_day=$(($(date -d 2000-01-01 +%s) / 86400)) # stretch's first day
if ((10#$(date +%H%M) > 2350)); then
  log "warning: it is nearly midnight UTC; a run that crosses it compares other days"
fi

# Shared awk function: days since 1970-01-01 -> "YYYY", "MM", "DD" in y, m, d
# (Howard Hinnant's civil_from_days), so that mawk, gawk and busybox awk all
# work without strftime.
civil_awk='
function civil(z,   era, doe, yoe, doy, mp) {
  z += 719468
  era = int((z >= 0 ? z : z - 146096) / 146097)
  doe = z - era * 146097
  yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
  doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
  mp = int((5 * doy + 2) / 153)
  d = sprintf("%02d", doy - int((153 * mp + 2) / 5) + 1)
  m = mp < 10 ? mp + 3 : mp - 9
  y = sprintf("%04d", yoe + era * 400 + (m <= 2))
  m = sprintf("%02d", m)
}'

# Writes stretch's CSV for days $1..$2 (days since the epoch) to stdout: per
# day the ten exercises, then one pain score. No ids: import derives them.
make_csv() {
  awk -v first="$1" -v last="$2" -v exercises="$exercises" "$civil_awk"'
    BEGIN {
      n = split(exercises, ex, " ")
      print "day,kind,exercise,routine,reps,pain"
      for (z = first; z <= last; z++) {
        civil(z); day = y "-" m "-" d
        for (i = 1; i <= n; i++) printf "%s,stretch,%s,lower-back,8,\n", day, ex[i]
        printf "%s,pain,,,,%d\n", day, z % 7
      }
    }'
}

# Writes the peers' histories for days $1..$2, a record per stretch entry as
# issue 10 measured them (its `timew summary :all` of ten years took 2.5 s,
# which one interval a day, a tenth of the data, does not come near): ten
# timewarrior intervals per day, the i-th exercise from 07:(2i-2) to
# 07:(2i-1) UTC tagged with its name and "stretch", in $3/data/YYYY-MM.data
# (plus tags.data); ten completed taskwarrior tasks per day (one per
# exercise, done a minute apart from 07:01) in $4/completed.data,
# taskwarrior 2.6's format.
make_peer_data() {
  awk -v first="$1" -v last="$2" -v timewdb="$3" -v taskdata="$4" \
      -v exercises="$exercises" "$civil_awk"'
    BEGIN {
      n = split(exercises, ex, " ")
      done = taskdata "/completed.data"
      for (z = first; z <= last; z++) {
        civil(z); day = y m d
        file = timewdb "/data/" y "-" m ".data"
        if (file != open) { if (open != "") close(open); open = file }
        t = z * 86400 + 7 * 3600
        for (i = 1; i <= n; i++) {
          printf "inc %sT07%02d00Z - %sT07%02d00Z # %s stretch\n",
                 day, 2 * i - 2, day, 2 * i - 1, ex[i] > open
          printf "[description:\"%s\" end:\"%d\" entry:\"%d\" modified:\"%d\"" \
                 " status:\"completed\" uuid:\"%08x-0000-4000-8000-%012x\"]\n",
                 ex[i], t + 60 * i, t, t + 60 * i, z, i > done
        }
      }
      tags = timewdb "/data/tags.data"
      printf "{\n" > tags
      for (i = 1; i <= n; i++) printf "  \"%s\":{\"count\":%d},\n", ex[i], last - first + 1 > tags
      printf "  \"stretch\":{\"count\":%d}\n}", (last - first + 1) * n > tags
    }'
}

# --- Measuring ----------------------------------------------------------------

# Human-readable forms of seconds, kilobytes and bytes.
fmt_time() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.1f ms", s * 1000; else printf "%.2f s", s }'; }
fmt_kb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }
fmt_bytes() {
  awk -v b="$1" 'BEGIN { if (b < 1048576) printf "%.0f kB", b / 1024; else printf "%.1f MB", b / 1048576 }'
}

# check NAME MAYFAIL CMD: runs CMD (shell words, run without a shell) once
# under /usr/bin/time -v, which gives its peak RSS (rss[NAME], kB) and checks
# that it works (else fail[NAME]); one that takes over a second is marked
# slow[NAME], for fewer timed runs. MAYFAIL=1 accepts exit status 1 as well
# as 0 (status, bare timew).
declare -A median=() rss=() fail=() slow=()
check() {
  local name=$1 mayfail=$2 cmd=$3 out="$work/check" rc=0 secs
  log "  $cmd"
  /usr/bin/time -v -o "$out.time" bash -c "exec $cmd" >"$out.stdout" 2>"$out.stderr" || rc=$?
  if ((rc != 0 && !(mayfail && rc == 1))); then
    fail[$name]="failed (exit $rc)"
    log "  FAILED with exit status $rc:"; tail -n 5 "$out.stderr" >&2
    return 1
  fi
  rss[$name]=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out.time")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0
           for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out.time")
  awk -v s="$secs" 'BEGIN { exit !(s > 1) }' && slow[$name]=1
  return 0
}

# The run times (seconds, one per line) in a hyperfine JSON export.
times_of() {
  if command -v jq >/dev/null; then
    jq -r '.results[0].times[]' "$1"
  else
    python3 -c 'import json, sys; print(*json.load(open(sys.argv[1]))["results"][0]["times"], sep="\n")' "$1"
  fi
}

# The median of the numbers in a file, one per line.
median_in() { sort -g "$1" | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The median of NAME as text; "-" when it was not timed (its peer failed).
timed() { if [[ -v "median[$1]" ]]; then fmt_time "${median[$1]}"; else echo -; fi; }

# Rounds of timing that alternate between the commands compared, so that
# the machine's drift (a slower minute, a neighbour's load) falls on both
# alike rather than on whichever was timed second. Six short rounds rather
# than three long ones: a slow spell of a few seconds then falls on both.
rounds=6

# interleave MAYFAIL NAME CMD [NAME CMD...]: times each CMD in $rounds
# rounds, taking turns, and sets median[NAME] over all of its runs; a
# command that fails under hyperfine gets fail[NAME] instead.
interleave() {
  local mayfail=$1 round i name cmd runs ignore=() out="$work/round.json"
  shift
  ((mayfail)) && ignore=(--ignore-failure)
  local -a names=() cmds=()
  while (($#)); do names+=("$1"); cmds+=("$2"); shift 2; done
  for i in "${!names[@]}"; do : >"$work/times.$i"; done
  for ((round = 1; round <= rounds; round++)); do
    for i in "${!names[@]}"; do
      name=${names[i]} cmd=${cmds[i]}
      [[ -v "fail[$name]" ]] && continue
      runs=(--warmup 3 --min-runs 10 --max-runs 150)
      [[ -v "slow[$name]" ]] && runs=(--warmup 1 --min-runs 3 --max-runs 3)
      if hyperfine -N "${runs[@]}" "${ignore[@]}" --export-json "$out" "$cmd" >&2; then
        times_of "$out" >>"$work/times.$i"
      else
        fail[$name]="failed under hyperfine"
      fi
    done
  done
  for i in "${!names[@]}"; do
    [[ -v "fail[${names[i]}]" ]] || median[${names[i]}]=$(median_in "$work/times.$i")
  done
}

# The comparisons: stretch's arguments | peer command | may exit 1 (0/1) |
# target (issue 10): "ratio<=X" against the peer, "ms<X" absolute (checked
# only at the largest size), and every command's peak RSS under 8 MiB.
comparisons=(
  "report --week|timew summary :week|0|ratio<=1.0"
  "report --year|timew summary :year|0|ratio<=0.25"
  "report --all|timew summary :all|0|ms<50"
  "plan today|timew|1|ratio<=0.8"
  "status --quiet|timew|1|ratio<=0.8"
  "log bridge --reps 10 --quiet|task rc.verbose=nothing add bench|0|ratio<=0.7"
  "history --all --format json|task export|0|-"
  "export|task export|0|-"
)
rss_target_kb=8192
largest=$(printf '%s\n' "${years[@]}" | sort -n | tail -1)

# "met", "missed" or "-" for a target, given our median, the ratio and the size.
verdict() {
  local target=$1 secs=$2 ratio=$3 yr=$4 kb=$5 ok=1
  case $target in
    ratio\<=*) [[ $ratio == - ]] && { echo -; return; }
               awk -v r="$ratio" -v t="${target#ratio<=}" 'BEGIN { exit !(r <= t) }' || ok=0 ;;
    ms\<*) ((yr == largest)) || { echo -; return; }
           awk -v s="$secs" -v t="${target#ms<}" 'BEGIN { exit !(s * 1000 < t) }' || ok=0 ;;
  esac
  [[ -n $kb ]] && ((kb >= rss_target_kb)) && ok=0
  ((ok)) && echo met || echo missed
}
# Measured in this order: those that change their database (log, task add)
# last, so that they do not grow the data the others read.
order=(0 1 2 3 4 6 7 5)

declare -A label=() db_of=()
q_bin=$(printf '%q' "$bin")

for yr in "${years[@]}"; do
  first_day=$(($(date -d "$today - $yr years + 1 day" +%s) / 86400))
  unit=years; ((yr == 1)) && unit=year
  label[$yr]="$yr $unit"
  if ((first_day < earliest_day)); then
    first_day=$earliest_day
    label[$yr]="$yr $unit requested, cut to 2000-01-01..$today"
    log "$yr $unit reaches before 2000-01-01, which stretch refuses; starting there"
  fi
  days=$((last_day - first_day + 1))
  log "== ${label[$yr]}: $days days, $((days * 11)) stretch entries, $((days * 10)) tasks, $((days * 10)) intervals"

  # A fresh HOME and peer databases for this size.
  dir="$work/$yr"
  export HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share"
  export TIMEWARRIORDB="$dir/timew" TASKDATA="$dir/task" TASKRC="$dir/taskrc"
  mkdir -p "$HOME" "$TIMEWARRIORDB/data" "$TASKDATA"
  printf 'verbose = off\nconfirmation = off\n' >"$TIMEWARRIORDB/timewarrior.cfg"
  printf '%s\n' "data.location=$TASKDATA" confirmation=off verbose=nothing hooks=off \
    recurrence=off gc=off >"$TASKRC"

  # stretch's history, through its own import.
  make_csv "$first_day" "$last_day" >"$dir/history.csv"
  log "importing $(($(wc -l <"$dir/history.csv") - 1)) CSV rows"
  start=$EPOCHREALTIME
  /usr/bin/time -v -o "$dir/import.time" "$bin" import "$dir/history.csv" >&2 ||
    die "stretch import failed"
  import_secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
  import_rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/import.time")
  db="$XDG_DATA_HOME/stretch/stretch.db"
  db_bytes=$(stat -c %s "$db")
  [[ -e $db-wal ]] && db_bytes=$((db_bytes + $(stat -c %s "$db-wal")))

  # The peers' histories, checked to load.
  make_peer_data "$first_day" "$last_day" "$TIMEWARRIORDB" "$TASKDATA"
  tasks=$(task count)
  ((tasks == days * 10)) || die "taskwarrior loads $tasks tasks, not $((days * 10))"
  intervals=$(timew export :day | grep -c '"tags":\[".*","stretch"\]' || true)
  ((intervals == 10)) || die "timewarrior loads $intervals of today's intervals, not 10"
  timew_bytes=$(cat "$TIMEWARRIORDB"/data/*-*.data | wc -c)

  for i in "${order[@]}"; do
    IFS='|' read -r ours peer mayfail _ <<<"${comparisons[i]}"
    check "$yr $ours" "$mayfail" "$q_bin $ours" || continue
    # A peer compared twice (bare timew, task export) is checked once, but
    # timed with each command it is compared with.
    [[ -v "rss[$yr $peer]" ]] || check "$yr $peer" "$mayfail" "$peer" || continue
    [[ -v "slow[$yr $peer]" ]] && slow["$yr $ours|$peer"]=1
    interleave "$mayfail" "$yr $ours" "$q_bin $ours" "$yr $ours|$peer" "$peer"
  done
  if [[ -n $floor && -v "rss[$yr timew]" ]]; then
    floor_q=$(printf '%q %q' "$floor" "$db")
    check "$yr floor" 0 "$floor_q" && interleave 1 "$yr floor" "$floor_q" "$yr floor|timew" timew
  fi
  db_of[$yr]=$db

  # The table for this size.
  {
    echo
    echo "### ${label[$yr]} ($days days, $today last)"
    echo
    echo "stretch import of $((days * 11)) entries: $(fmt_time "$import_secs"), peak RSS" \
         "$(fmt_kb "$import_rss"); database $(fmt_bytes "$db_bytes")." \
         "Peers: timewarrior data $(fmt_bytes "$timew_bytes")," \
         "taskwarrior completed.data $(fmt_bytes "$(wc -c <"$TASKDATA/completed.data")")."
    echo
    echo "| command | stretch median | peer | peer median | ratio | stretch peak RSS | peer peak RSS | target | |"
    echo "|---|---:|---|---:|---:|---:|---:|---|---|"
    for entry in "${comparisons[@]}"; do
      IFS='|' read -r ours peer _ target <<<"$entry"
      a="$yr $ours" b="$yr $ours|$peer"
      ours_t=${fail[$a]:-$(timed "$a")}
      peer_t=${fail["$yr $peer"]:-${fail[$b]:-$(timed "$b")}}
      ratio=-
      if [[ -v "median[$a]" && -v "median[$b]" ]]; then
        ratio=$(awk -v a="${median[$a]}" -v b="${median[$b]}" 'BEGIN { printf "%.2f", a / b }')
      fi
      ours_m=-; [[ -v "rss[$a]" ]] && ours_m=$(fmt_kb "${rss[$a]}")
      peer_m=-; [[ -v "rss[$yr $peer]" ]] && peer_m=$(fmt_kb "${rss[$yr $peer]}")
      met=$(verdict "$target" "${median[$a]:-0}" "$ratio" "$yr" "${rss[$a]:-}")
      [[ $target == - ]] && target="RSS < 8 MiB"
      echo "| \`$ours\` | $ours_t | \`$peer\` | $peer_t | $ratio | $ours_m | $peer_m | $target | $met |"
    done
    if [[ -v "median[$yr floor]" && -v "median[$yr floor|timew]" ]]; then
      echo
      echo "Floor (bench/floor.c: open this log, load its schema, exit; no stretch code):" \
           "$(fmt_time "${median[$yr floor]}"), $(awk -v a="${median[$yr floor]}" -v b="${median[$yr floor|timew]}" \
           'BEGIN { printf "%.2f", a / b }')x bare \`timew\` (timed in turn with it)."
    fi
  }
done

# How report --week and log scale: each size against the next smaller one
# (targets: report --week within 20%, log flat), the two sizes timed in
# turns on their own logs (--db), so that the minutes between one size's
# table and the next do not count as growth. They run after every table,
# so each log holds the entries the tables' `log` runs added to today, the
# same number at every size.
scaling() {
  local name=$1 args=$2 target=$3 prev= yr ratio a b
  for yr in $(printf '%s\n' "${!db_of[@]}" | sort -n); do
    if [[ -n $prev ]]; then
      a="scale $yr $name" b="scale $prev $name"
      interleave 0 "$a" "$q_bin --db $(printf %q "${db_of[$yr]}") $args" \
                   "$b" "$q_bin --db $(printf %q "${db_of[$prev]}") $args"
      if [[ -v "median[$a]" && -v "median[$b]" ]]; then
        ratio=$(awk -v a="${median[$a]}" -v b="${median[$b]}" 'BEGIN { printf "%.2f", a / b }')
        echo "\`$name\` at ${label[$yr]} vs ${label[$prev]}, timed in turns: $(fmt_time "${median[$a]}")" \
             "vs $(fmt_time "${median[$b]}"), ratio $ratio (target: at most $target)"
      else
        echo "\`$name\` at ${label[$yr]} vs ${label[$prev]}: ${fail[$a]:-${fail[$b]:-not timed}}"
      fi
    fi
    prev=$yr
  done
}
log "== scaling: each size against the next smaller one, in turns"
echo
scaling "report --week" "report --week" 1.20
scaling "log bridge --reps 10" "log bridge --reps 10 --quiet" 1.20
