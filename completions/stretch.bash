# bash completion for stretch(1)                           -*- shell-script -*-

# The ids of one kind ($1: exercise, routine or paused) that
# `stretch list --format tsv` prints, one a line as KIND TAB ID TAB NAME; the
# rest of the arguments go before `list`.
_stretch_ids()
{
    stretch "${@:2}" list --format tsv 2>/dev/null |
        awk -F '\t' -v kind="$1" '$1 == kind { print $2 }'
}

# The log's entries, as the first 8 characters of each id (what `edit` and
# `delete` take), from `stretch history --all --format csv`: the records
# that start with a full id. A line inside a quoted note that runs over
# several lines is not a record: an odd number of quotes opens or closes one.
# The arguments go before `history` (--routines, --db).
_stretch_entry_ids()
{
    stretch "$@" history --all --format csv 2>/dev/null | awk -F , '
        !quoted && length($1) == 36 && $1 ~ /^[0-9a-fA-F-]+$/ { print substr($1, 1, 8) }
        gsub(/"/, "\"") % 2 { quoted = !quoted }'
}

# What the shell makes of a word as typed, in REPLY: quotes and backslashes
# taken away and, unless $2 is "literal", a leading ~ or ~user and $NAME or
# ${NAME} expanded. Nothing is run.
_stretch_dequote()
{
    local word=$1 c next name quote="" i=0
    local tilde='^~([[:alnum:]._-]*)(/|$)'
    # shellcheck disable=SC2016 # a regular expression: $NAME or ${NAME}
    local variable='^\$(\{([[:alpha:]_][[:alnum:]_]*)\}|([[:alpha:]_][[:alnum:]_]*))'
    REPLY=""
    if [[ $2 != literal && $word =~ $tilde ]]; then
        name=${BASH_REMATCH[1]}
        if [[ -z $name ]]; then
            REPLY=$HOME
        else
            # Safe: the name is letters, digits, dots, dashes and underscores.
            eval "REPLY=~$name"
        fi
        i=$((${#name} + 1))
    fi
    while ((i < ${#word})); do
        c=${word:i:1} next=${word:i+1:1}
        i=$((i + 1))
        if [[ $quote == "'" ]]; then
            if [[ $c == "'" ]]; then quote=""; else REPLY+=$c; fi
        elif [[ $c == "\\" ]]; then
            # In double quotes a backslash escapes only $ ` " and itself.
            if [[ $quote && $next != [\$\`\"\\] ]]; then
                REPLY+=$c
            else
                REPLY+=$next
                i=$((i + 1))
            fi
        elif [[ $c == '"' ]]; then
            if [[ $quote ]]; then quote=""; else quote='"'; fi
        elif [[ $c == "'" ]]; then
            quote="'"
        elif [[ $c == '$' && $2 != literal && ${word:i-1} =~ $variable ]]; then
            name=${BASH_REMATCH[2]}${BASH_REMATCH[3]}
            REPLY+=${!name-}
            i=$((i - 1 + ${#BASH_REMATCH[0]}))
        else
            REPLY+=$c
        fi
    done
}

# Without the bash-completion package: cur, prev, words and cword from
# COMP_WORDS, with the words that COMP_WORDBREAKS cut at "=" joined again
# ("--format" "=" "json" is "--format=json"), as `_init_completion -s` does.
_stretch_words()
{
    local i word line=$COMP_LINE rest
    words=() cword=0
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        rest=${line#"${line%%[![:blank:]]*}"}
        # Typed with no blank between it and the word before, one of them "=".
        if ((i > 0)) && [[ $rest == "$line" ]] && [[ $word == =* || ${COMP_WORDS[i - 1]} == =* ]]; then
            words[${#words[@]} - 1]+=$word
        else
            words+=("$word")
        fi
        ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
        line=${rest#"$word"}
    done
    cur=${words[cword]} prev=${words[cword - 1]}
}

_stretch()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null; then
        _init_completion -s || return
    else
        _stretch_words
        # --opt=value: complete value as the value of --opt.
        if [[ $cur == --?*=* ]]; then
            prev=${cur%%=*} cur=${cur#*=} split=true
        fi
    fi

    local commands="plan go log pain edit delete undo pause resume skip unskip status remind history report list show check export import backup help"
    local globals="--db --routines --color --no-color -q --quiet -h --help"
    local when="today yesterday tomorrow mon tue wed thu fri sat sun"
    # --date and --since take no day after today, which they refuse.
    local past="today yesterday mon tue wed thu fri sat sun"
    # skip and unskip look forward only: a past day keeps the plan it had.
    local ahead="today tomorrow mon tue wed thu fri sat sun"
    local scores="0 1 2 3 4 5 6 7 8 9 10"
    local range="--week --last-week --month --year --days --since --until --all"

    # The command is the first word that is neither an option nor its value;
    # nargs counts such words after it. The values of --routines and --db are
    # read as the shell will read them.
    local cmd="" nargs=0 routines=() db=() i REPLY
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --routines | --db)
                _stretch_dequote "${words[i + 1]}"
                if [[ ${words[i]} == --db ]]; then db=(--db "$REPLY"); else routines=(--routines "$REPLY"); fi
                ((i++))
                ;;
            --routines=* | --db=*)
                # No ~ here: the shell expands it only at the start of a word.
                _stretch_dequote "${words[i]}"
                if [[ ${words[i]} == --db=* ]]; then db=(--db "${REPLY#*=}"); else routines=(--routines "${REPLY#*=}"); fi
                ;;
            -r | --routine | -f | --format | --reps | --hold | --side | \
                --pain | --note | --date | --days | --since | --until | --reason | --color)
                ((i++))
                ;;
            -*) ;;
            *) if [[ $cmd ]]; then ((nargs++)); else cmd=${words[i]}; fi ;;
        esac
    done

    _stretch_values "$prev"
    local status=$?
    # Where COMP_WORDBREAKS has no "=", readline replaces all of --opt=value.
    if $split && [[ $COMP_WORDBREAKS != *=* ]] && ((${#COMPREPLY[@]})); then
        COMPREPLY=("${COMPREPLY[@]/#/$prev=}")
    fi
    ((status == 0)) && return

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
            plan) opts="-w --week -r --routine -f --format -o --output" ;;
            go) opts="-r --routine --speed" ;;
            log) opts="--reps --hold --side --pain --note --date -r --routine --all" ;;
            edit) opts="--reps --hold --side --pain --note --date" ;;
            pain) opts="--note --date" ;;
            undo) opts="--list" ;;
            pause) opts="--reason" ;;
            skip) opts="--until --reason -r --routine" ;;
            unskip) opts="--until" ;;
            history) opts="$range -f --format" ;;
            report) opts="$range -r --routine -f --format -o --output" ;;
            status) opts="-f --format --json -r --routine" ;;
            remind) opts="-r --routine" ;;
            list | show) opts="-f --format" ;;
            export) opts="$range -f --format" ;;
            # - is standard input.
            import) ((nargs)) || opts="-" ;;
            backup) opts="--force" ;;
        esac
        COMPREPLY=($(compgen -W "$opts $globals" -- "$cur"))
        return
    fi

    case $cmd in
        plan) COMPREPLY=($(compgen -W "$when" -- "$cur")) ;;
        log | show | pause)
            COMPREPLY=($(compgen -W "$(_stretch_ids exercise "${routines[@]}")" -- "$cur"))
            ;;
        resume)
            # The paused stretches; every exercise when none is paused.
            local paused
            paused=$(_stretch_ids paused "${routines[@]}" "${db[@]}")
            [[ $paused ]] || paused=$(_stretch_ids exercise "${routines[@]}")
            COMPREPLY=($(compgen -W "$paused" -- "$cur"))
            ;;
        skip | unskip) COMPREPLY=($(compgen -W "$ahead" -- "$cur")) ;;
        pain) COMPREPLY=($(compgen -W "$scores" -- "$cur")) ;;
        edit | delete)
            # edit takes one entry, delete any number.
            [[ $cmd == edit ]] && ((nargs)) && return
            COMPREPLY=($(compgen -W "$(_stretch_entry_ids "${routines[@]}" "${db[@]}")" -- "$cur"))
            ;;
        import | backup)
            ((nargs)) && return
            _stretch_files
            [[ $cmd == import && -z $cur ]] && COMPREPLY+=(-)
            ;;
        check) _stretch_files ;;
        help) ((nargs)) || COMPREPLY=($(compgen -W "$commands" -- "$cur")) ;;
    esac
}

# The values of option $1, in COMPREPLY; fails when $1 takes no value.
# Uses cur, cmd and routines from _stretch.
_stretch_values()
{
    case $1 in
        --db | -o | --output)
            _stretch_files
            ;;
        --routines)
            _stretch_files -d
            ;;
        -r | --routine)
            COMPREPLY=($(compgen -W "$(_stretch_ids routine "${routines[@]}")" -- "$cur"))
            ;;
        -f | --format)
            local formats
            case $cmd in
                plan) formats="text json markdown html" ;;
                status | show) formats="text json" ;;
                history) formats="text json csv" ;;
                export) formats="json csv" ;;
                report) formats="text json csv markdown html" ;;
                list) formats="text json tsv" ;;
            esac
            COMPREPLY=($(compgen -W "$formats" -- "$cur"))
            ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
            ;;
        --side)
            COMPREPLY=($(compgen -W "left right both" -- "$cur"))
            ;;
        --until)
            case $cmd in
                skip | unskip) COMPREPLY=($(compgen -W "$ahead" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "$when" -- "$cur")) ;;
            esac
            ;;
        --date | --since)
            COMPREPLY=($(compgen -W "$past" -- "$cur"))
            ;;
        --pain)
            COMPREPLY=($(compgen -W "$scores" -- "$cur"))
            ;;
        --reps | --hold | --note | --reason | --days) ;;
        *) return 1 ;;
    esac
}

# Files, or directories with -d, for cur: the bash-completion package's
# _filedir when it is loaded, else compgen on cur with its quotes taken away.
_stretch_files()
{
    if declare -F _filedir >/dev/null; then
        _filedir "$@"
    else
        local REPLY
        _stretch_dequote "$cur" literal
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen "${1:--f}" -- "$REPLY")
    fi
}

complete -F _stretch stretch

# ex: filetype=sh
