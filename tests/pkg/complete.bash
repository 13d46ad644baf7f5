# Helpers for the completion tests, sourced by bash.   -*- shell-script -*-
# Copyright (C) 2026 the ipcutils authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

# Usage: bash complete.bash COMPLETION-FILE BASH-COMPLETION-FILE LINE...
# Load bash-completion and our completion file, then for each LINE
# (the command line up to the cursor) print "> LINE" and the
# completions that bash would offer, sorted, each once, one a line.

# Split LINE into COMP_WORDS as readline does with the default
# COMP_WORDBREAKS: at blanks, and "=" and ":" as words of their own.
complete_line_ ()
{
  local line=$1 w
  local -a blank
  COMP_WORDS=()
  read -r -a blank <<< "$line"
  for w in "${blank[@]}"; do
    while [[ $w == *[=:]* ]]; do
      local head=${w%%[=:]*}
      [[ $head ]] && COMP_WORDS+=("$head")
      w=${w#"$head"}
      COMP_WORDS+=("${w:0:1}")
      w=${w:1}
    done
    [[ $w ]] && COMP_WORDS+=("$w")
  done
  # A line ending in a blank completes a new, empty word.
  [[ $line == *' ' ]] && COMP_WORDS+=('')
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  local cmd=${COMP_WORDS[0]}
  local spec
  spec=$(complete -p "${cmd##*/}" 2>/dev/null) || {
    echo "no completion for ${cmd##*/}" >&2
    return 1
  }
  local func=${spec#*-F }
  func=${func%% *}
  # Bash ignores the status of a completion function.
  "$func" "$cmd" "${COMP_WORDS[COMP_CWORD]}" \
    "${COMP_WORDS[COMP_CWORD - 1]}" || :
}

ours=$1
system=$2
shift 2
# bash-completion refuses to load in a non-interactive shell unless
# told it is wanted; it needs extglob, which it sets itself.
BASH_COMPLETION_VERSINFO=${BASH_COMPLETION_VERSINFO-}
. "$system" || exit 99
. "$ours" || exit 99
# compopt works only while bash runs a completion for readline; note
# what it was asked instead.
compopt () { printf 'compopt %s\n' "$*" >> compopt.log; }
status=0
for line in "$@"; do
  printf '> %s\n' "$line"
  if complete_line_ "$line"; then
    if ((${#COMPREPLY[@]})); then
      printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort -u
    fi
  else
    status=1
  fi
done
exit $status
