/* sigspec.h: signal names and numbers, shared by sigsend and sigwait.
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

#ifndef SIGSPEC_H
#define SIGSPEC_H

#include <stdbool.h>

#include "sig2str.h"

/* The size of a buffer for sigspec_name: a name such as "RTMAX-14",
   or a number.  */
enum { SIGSPEC_NAME_SIZE = SIG2STR_MAX };

/* The highest signal number of the system.  */
int sigspec_max (void);

/* Return the number of the signal SPEC, or -1 if SPEC is invalid.
   SPEC is a name with or without "SIG", in any case ("USR1",
   "SIGUSR1", "usr1", "RTMIN+2", "sigrtmax-1"), or a decimal number
   from 0 (the null signal, which only checks that a process exists)
   to sigspec_max ().  */
int sigspec_parse (char const *spec);

/* Like sigspec_parse, but diagnose an invalid SPEC and exit with
   status 1.  */
int xsigspec (char const *spec);

/* Store in BUF the name of signal SIG as "kill -l" prints it ("USR1",
   "RTMIN+2", "RTMAX-1"), or its number in decimal if it has no name
   (as 0, or the real-time signals the C library keeps for itself).
   Return BUF.  */
char *sigspec_name (int sig, char buf[SIGSPEC_NAME_SIZE]);

/* Whether SIG is a signal with a name.  */
bool sigspec_named (int sig);

#endif
