/* mqworker.h: mqrecv's COMMAND mode, which runs a command per message.
   Copyright (C) 2026 the ipcutils authors

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#ifndef MQWORKER_H
#define MQWORKER_H

#include "mq.h"

/* Exit statuses of the COMMAND mode, as xargs(1) and env(1) use them.  */
enum
{
  /* A COMMAND failed, and its message was put back and not handled
     since.  */
  MQWORKER_EXIT_FAILED = 123
  /* COMMAND could not be run or was not found: EXIT_CANNOT_INVOKE,
     EXIT_ENOENT (system.h).  */
};

struct mqworker_options
{
  intmax_t jobs;                /* -j: COMMANDs at once, 0 if not given */
  char const *dead_letter;      /* --dead-letter: a key or a name */
  intmax_t max_attempts;        /* --max-attempts, 0 for no limit */
};

/* Long-option values of the COMMAND options, above mqrecv's own.  */
enum
{
  MQWORKER_DEAD_LETTER_OPTION = PROGRAM_OPTION_BASE + 32,
  MQWORKER_MAX_ATTEMPTS_OPTION
};

#define MQWORKER_SHORTOPTS "j:"
#define MQWORKER_LONGOPTS                                               \
  {"jobs", required_argument, NULL, 'j'},                               \
  {"dead-letter", required_argument, NULL, MQWORKER_DEAD_LETTER_OPTION}, \
  {"max-attempts", required_argument, NULL, MQWORKER_MAX_ATTEMPTS_OPTION}

/* If C is one of the COMMAND options, record it with its argument ARG
   in O and return true; otherwise return false.  */
bool mqworker_option (struct mqworker_options *o, int c, char const *arg);

/* Check the COMMAND options after parsing: COMMAND is null when none
   was given.  Diagnose a conflict and exit.  */
void mqworker_check (struct mqworker_options const *o, char **command);

/* Print the help text of the COMMAND options, then (after the common
   exit statuses) that of COMMAND's input, environment and statuses.  */
void mqworker_emit_options (void);
void mqworker_emit_command (void);

/* Take messages chosen by SEL from Q and run COMMAND for each, up to
   O->jobs at once, until COUNT messages were taken, one equal to UNTIL
   (if not null) came, TIMEOUT (if not null) expired with no message,
   or a signal arrived.  Return the exit status.  */
int mqworker_run (struct queue *q, struct queue_select const *sel,
                  intmax_t count, char const *until,
                  struct timespec const *timeout,
                  struct mqworker_options const *o, char **command);

#endif
