# fish completion for stretch(1)

# The command: the first word that is neither an option nor the value of
# --db, --routines or --color.
function __stretch_command
    set -l tokens (commandline -opc)
    set -e tokens[1]
    while set -q tokens[1]
        switch $tokens[1]
            case --db --routines --color
                set -e tokens[1]
            case '-*'
            case '*'
                echo $tokens[1]
                return 0
        end
        set -e tokens[1]
    end
    return 1
end

function __stretch_in
    set -l cmd (__stretch_command)
    and contains -- $cmd $argv
end

# True when the command is one of $argv and no argument follows it yet, such
# as the entry of `edit` or the file of `backup`. Options and their values do
# not count.
function __stretch_first_argument
    __stretch_in $argv; or return 1
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l seen 0
    while set -q tokens[1]
        switch $tokens[1]
            case --db --routines --color -r --routine -f --format --reps --hold --side \
                --pain --note --date --days --since --until --reason
                set -e tokens[1]
            case '-*'
            case '*'
                set seen (math $seen + 1)
        end
        set -e tokens[1]
    end
    # The command itself is the first word seen.
    test $seen -le 1
end

# The value of the option $argv[1] (--routines or --db) on the command line,
# the last one given, as `--routines DIR` or `--routines=DIR`. A leading ~ or
# ~user in DIR is expanded, as fish does for a word that starts with it.
function __stretch_option
    set -l tokens (commandline -opc)
    set -l value
    for i in (seq (count $tokens))
        if test "$tokens[$i]" = $argv[1]; and set -q tokens[(math $i + 1)]
            set value $tokens[(math $i + 1)]
            if set -l user (string match -rg '^~([\w.-]*)(?:/|$)' -- $value)
                set -l home $HOME
                # Safe to evaluate: only a user name follows the ~.
                test -n "$user"; and set home (eval echo "~$user")
                set value "$home"(string sub -s (math (string length -- "~$user") + 1) -- $value)
            end
        else if string match -q -- "$argv[1]=*" $tokens[$i]
            set value (string replace -- "$argv[1]=" '' $tokens[$i])
        end
    end
    set -q value[1]; and printf '%s\n' $value
end

# The ids of one kind ($argv[1]: exercise, routine or paused) that
# `stretch list --format tsv` prints, one a line as KIND TAB ID TAB NAME.
function __stretch_ids
    set -l options
    if set -l dir (__stretch_option --routines)
        set options --routines $dir
    end
    # Only pauses live in the log: the other kinds never need it.
    if test "$argv[1]" = paused; and set -l db (__stretch_option --db)
        set -a options --db $db
    end
    stretch $options list --format tsv 2>/dev/null |
        string replace -rf -- '^'$argv[1]'\t([^\t]*).*' '$1'
end

# The log's entries, from `stretch history --all --format csv`, as the first
# 8 characters of each id (what edit and delete take), each described by day
# and stretch. Only records that start with a full id count: a line inside a
# quoted note that runs over several lines does not (an odd number of quotes
# opens or closes one).
function __stretch_entries
    set -l options
    if set -l dir (__stretch_option --routines)
        set options --routines $dir
    end
    if set -l db (__stretch_option --db)
        set -a options --db $db
    end
    stretch $options history --all --format csv 2>/dev/null | awk -F , '
        !quoted && length($1) == 36 && $1 ~ /^[0-9a-fA-F-]+$/ {
            print substr($1, 1, 8) "\t" $3 " " ($4 == "pain" ? "pain " $10 "/10" : $5)
        }
        gsub(/"/, "\"") % 2 { quoted = !quoted }'
end

# The paused stretches, or every exercise when none is paused.
function __stretch_paused
    set -l paused (__stretch_ids paused)
    if not set -q paused[1]
        set paused (__stretch_ids exercise)
    end
    string join \n -- $paused
end

set -l commands plan go log pain edit delete undo pause resume skip unskip status remind history report list show check export import backup help
set -l when today yesterday tomorrow mon tue wed thu fri sat sun
# --date and --since take no day after today, which they refuse.
set -l past today yesterday mon tue wed thu fri sat sun
# skip and unskip look forward only: a past day keeps the plan it had.
set -l ahead today tomorrow mon tue wed thu fri sat sun

complete -c stretch -f

# Global options, allowed before or after the command.
complete -c stretch -l db -r -F -d 'Database file'
complete -c stretch -l routines -x -a '(__fish_complete_directories)' -d 'Routines for this run only'
complete -c stretch -l color -x -a 'auto always never' -d 'When to colour the output'
complete -c stretch -l no-color -d 'Never colour the output'
complete -c stretch -s q -l quiet -d 'Print only what was asked for'
complete -c stretch -s h -l help -d 'Print help and exit'
complete -c stretch -n 'not __stretch_command' -l version -d 'Print the version and exit'

complete -c stretch -n 'not __stretch_command' -a plan -d 'Print the stretches planned for a day'
complete -c stretch -n 'not __stretch_command' -a go -d 'A guided session, each stretch with a timer'
complete -c stretch -n 'not __stretch_command' -a log -d 'Record stretches you did'
complete -c stretch -n 'not __stretch_command' -a pain -d 'Record how much your back hurts'
complete -c stretch -n 'not __stretch_command' -a edit -d 'Change one entry of the log'
complete -c stretch -n 'not __stretch_command' -a delete -d 'Remove entries from the log'
complete -c stretch -n 'not __stretch_command' -a undo -d 'Take back the last command that changed the log'
complete -c stretch -n 'not __stretch_command' -a pause -d 'Take a stretch out of the plan from today'
complete -c stretch -n 'not __stretch_command' -a resume -d 'Put a paused stretch back on the plan'
complete -c stretch -n 'not __stretch_command' -a skip -d 'Set a day aside: not missed, streak kept'
complete -c stretch -n 'not __stretch_command' -a unskip -d 'Take back a skip of today or a later day'
complete -c stretch -n 'not __stretch_command' -a status -d "Whether today's stretches are done"
complete -c stretch -n 'not __stretch_command' -a remind -d 'For cron: one line when stretches are left'
complete -c stretch -n 'not __stretch_command' -a history -d 'List logged entries'
complete -c stretch -n 'not __stretch_command' -a report -d 'Consistency, streaks and pain trend'
complete -c stretch -n 'not __stretch_command' -a list -d 'List the exercises and routines'
complete -c stretch -n 'not __stretch_command' -a show -d "Show one exercise's instructions"
complete -c stretch -n 'not __stretch_command' -a check -d 'Validate routine files'
complete -c stretch -n 'not __stretch_command' -a export -d 'Write the whole log as JSON or CSV'
complete -c stretch -n 'not __stretch_command' -a import -d 'Merge an export into the log'
complete -c stretch -n 'not __stretch_command' -a backup -d 'Write a safe copy of the log'
complete -c stretch -n 'not __stretch_command' -a help -d "Print a command's help"

complete -c stretch -n '__stretch_in plan report' -s o -l output -r -F -d 'Write to a file, replaced whole'
complete -c stretch -n '__stretch_in go' -l speed -x -d 'Run the clock N times faster (1-1000)'
complete -c stretch -n '__stretch_in plan go log report status remind skip' -s r -l routine -x -a '(__stretch_ids routine)' -d 'Routine id'
complete -c stretch -n '__stretch_in plan' -s f -l format -x -a 'text json markdown html' -d 'Output format'
complete -c stretch -n '__stretch_in plan' -s w -l week -d 'Seven days from the day, as a sheet to tick'
complete -c stretch -n '__stretch_in status show' -s f -l format -x -a 'text json' -d 'Output format'
complete -c stretch -n '__stretch_in history' -s f -l format -x -a 'text json csv' -d 'Output format'
complete -c stretch -n '__stretch_in report' -s f -l format -x -a 'text json csv markdown html' -d 'Output format'
complete -c stretch -n '__stretch_in list' -s f -l format -x -a 'text json tsv' -d 'Output format'
complete -c stretch -n '__stretch_in export' -s f -l format -x -a 'json csv' -d 'Output format'

complete -c stretch -n '__stretch_in plan' -a "$when"
complete -c stretch -n '__stretch_in log show pause' -a '(__stretch_ids exercise)'
complete -c stretch -n '__stretch_in log edit' -l reps -x -d 'Repetitions done'
complete -c stretch -n '__stretch_in log edit' -l hold -x -d 'Seconds each hold lasted'
complete -c stretch -n '__stretch_in log edit' -l side -x -a 'left right both' -d 'Side worked'
complete -c stretch -n '__stretch_in log edit' -l pain -x -a '(seq 0 10)' -d 'Pain during the stretch, 0-10'
complete -c stretch -n '__stretch_in log' -l all -d "Log the rest of the day's plan"
complete -c stretch -n '__stretch_in log pain edit' -l note -x -d 'A note to keep'
complete -c stretch -n '__stretch_in log pain edit' -l date -x -a "$past" -d 'The day it counts for'
complete -c stretch -n '__stretch_in pain' -a '(seq 0 10)'

complete -c stretch -n '__stretch_in resume' -a '(__stretch_paused)'
complete -c stretch -n '__stretch_in pause skip' -l reason -x -d 'Why, shown on the plan'
complete -c stretch -n '__stretch_in skip unskip' -a "$ahead"
complete -c stretch -n '__stretch_in skip unskip' -l until -x -a "$ahead" -d 'Up to this day too'

complete -c stretch -n '__stretch_in history report export' -l week -d 'This calendar week'
complete -c stretch -n '__stretch_in history report export' -l last-week -d 'Last calendar week'
complete -c stretch -n '__stretch_in history report export' -l month -d 'This calendar month'
complete -c stretch -n '__stretch_in history report export' -l year -d 'This calendar year'
complete -c stretch -n '__stretch_in history report export' -l days -x -d 'Today and the N-1 days before'
complete -c stretch -n '__stretch_in history report export' -l since -x -a "$past" -d 'From this day'
complete -c stretch -n '__stretch_in history report export' -l until -x -a "$when" -d 'Up to this day, with --since'
complete -c stretch -n '__stretch_in history report export' -l all -d 'Everything logged'

complete -c stretch -n '__stretch_in status' -l json -d 'Print JSON (as --format json)'
complete -c stretch -n '__stretch_in check' -F

# edit takes one entry, delete any number.
complete -c stretch -n '__stretch_first_argument edit' -a '(__stretch_entries)'
complete -c stretch -n '__stretch_in delete' -a '(__stretch_entries)'
complete -c stretch -n '__stretch_in undo' -l list -d 'Show what the next undos would take back'
complete -c stretch -n '__stretch_first_argument import backup' -F
complete -c stretch -n '__stretch_first_argument import' -a - -d 'Standard input'
complete -c stretch -n '__stretch_in backup' -l force -d 'Replace the file if it exists'
complete -c stretch -n '__stretch_first_argument help' -a "$commands"
