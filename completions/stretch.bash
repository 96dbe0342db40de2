# bash completion for stretch(1)                           -*- shell-script -*-

# The ids that `stretch list` prints under "Exercises:", "Routines:" or
# "Paused:" ($1); the rest of the arguments go before `list`.
_stretch_ids()
{
    stretch "${@:2}" list 2>/dev/null |
        awk -v want="$1:" '/^[^ ]/ { section = $0 } section == want && /^  [^ ]/ { print $1 }'
}

_stretch()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
    fi

    local commands="plan log pain undo pause resume skip unskip status remind history report list show check"
    local globals="--db --routines --color --no-color -q --quiet -h --help"
    local when="today yesterday tomorrow mon tue wed thu fri sat sun"
    # skip and unskip look forward only: a past day keeps the plan it had.
    local ahead="today tomorrow mon tue wed thu fri sat sun"
    local scores="0 1 2 3 4 5 6 7 8 9 10"
    local range="--week --last-week --month --year --days --since --until --all"

    # The command is the first word that is neither an option nor its value.
    local cmd="" routines=() db=() i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --routines)
                routines=(--routines "${words[i + 1]/#\~/$HOME}")
                ((i++))
                ;;
            --db)
                db=(--db "${words[i + 1]/#\~/$HOME}")
                ((i++))
                ;;
            -r | --routine | -f | --format | --reps | --hold | --side | \
                --pain | --note | --date | --days | --since | --until | --reason | --color)
                ((i++))
                ;;
            -*) ;;
            *) [[ $cmd ]] || cmd=${words[i]} ;;
        esac
    done

    case $prev in
        --db)
            _stretch_files
            return
            ;;
        --routines)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -d -- "$cur"))
            return
            ;;
        -r | --routine)
            COMPREPLY=($(compgen -W "$(_stretch_ids Routines "${routines[@]}")" -- "$cur"))
            return
            ;;
        -f | --format)
            local formats
            case $cmd in
                plan) formats="text json" ;;
                history) formats="text json csv" ;;
                report) formats="text json csv markdown" ;;
            esac
            COMPREPLY=($(compgen -W "$formats" -- "$cur"))
            return
            ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
            return
            ;;
        --side)
            COMPREPLY=($(compgen -W "left right both" -- "$cur"))
            return
            ;;
        --until)
            case $cmd in
                skip | unskip) COMPREPLY=($(compgen -W "$ahead" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "$when" -- "$cur")) ;;
            esac
            return
            ;;
        --date | --since)
            COMPREPLY=($(compgen -W "$when" -- "$cur"))
            return
            ;;
        --pain)
            COMPREPLY=($(compgen -W "$scores" -- "$cur"))
            return
            ;;
        --reps | --hold | --note | --reason | --days)
            return
            ;;
    esac

    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$globals --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        local opts=""
        case $cmd in
            plan) opts="-r --routine -f --format" ;;
            log) opts="--reps --hold --side --pain --note --date -r --routine --all" ;;
            pain) opts="--note --date" ;;
            pause) opts="--reason" ;;
            skip) opts="--until --reason -r --routine" ;;
            unskip) opts="--until" ;;
            history) opts="$range -f --format" ;;
            report) opts="$range -r --routine -f --format" ;;
            status) opts="--json -r --routine" ;;
            remind) opts="-r --routine" ;;
        esac
        COMPREPLY=($(compgen -W "$opts $globals" -- "$cur"))
        return
    fi

    case $cmd in
        plan) COMPREPLY=($(compgen -W "$when" -- "$cur")) ;;
        log | show | pause)
            COMPREPLY=($(compgen -W "$(_stretch_ids Exercises "${routines[@]}")" -- "$cur"))
            ;;
        resume)
            # The paused stretches; every exercise when none is paused.
            local paused
            paused=$(_stretch_ids Paused "${routines[@]}" "${db[@]}")
            [[ $paused ]] || paused=$(_stretch_ids Exercises "${routines[@]}")
            COMPREPLY=($(compgen -W "$paused" -- "$cur"))
            ;;
        skip | unskip) COMPREPLY=($(compgen -W "$ahead" -- "$cur")) ;;
        pain) COMPREPLY=($(compgen -W "$scores" -- "$cur")) ;;
        check) _stretch_files ;;
    esac
}

_stretch_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir
    else
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

complete -F _stretch stretch

# ex: filetype=sh
