/* fuzz.h: what the libFuzzer harnesses of ipcutils share.
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

/* The parsers of the support library diagnose bad input with
   error (EXIT_FAILURE, ...), which would end the fuzzing run.  Each
   harness that includes this file (once) defines its own 'error',
   which takes the place of the C library's when the harness is linked:
   a diagnostic with a nonzero status jumps back to the harness, which
   counts the input as refused.  A call with status 0 is a warning and
   returns.  A harness that finds a broken property calls
   fuzz_fail, which aborts: libFuzzer then saves the input.  */

#ifndef IPCUTILS_FUZZ_H
#define IPCUTILS_FUZZ_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (uint8_t const *data, size_t size);

/* Where 'error' with a nonzero status jumps, and the status.  */
static jmp_buf fuzz_refused;
static int fuzz_status;

void error (int status, int errnum, char const *format, ...);
void
error (int status, int errnum, char const *format, ...)
{
  /* Format the message, so that the sanitizers check its arguments.  */
  char msg[1024];
  va_list ap;
  va_start (ap, format);
  vsnprintf (msg, sizeof msg, format, ap);
  va_end (ap);
  (void) errnum;
  if (status)
    {
      fuzz_status = status;
      longjmp (fuzz_refused, 1);
    }
}

/* A broken property: say which, and abort so that libFuzzer keeps
   the input.  */
#define fuzz_fail(...)                                          \
  do                                                            \
    {                                                           \
      fprintf (stderr, "%s:%d: ", __FILE__, __LINE__);          \
      fprintf (stderr, __VA_ARGS__);                            \
      fputc ('\n', stderr);                                     \
      abort ();                                                 \
    }                                                           \
  while (0)

/* A NUL-terminated copy of the input, to free.  */
static char *
fuzz_string (uint8_t const *data, size_t size)
{
  char *s = malloc (size + 1);
  if (!s)
    abort ();
  memcpy (s, data, size);
  s[size] = '\0';
  return s;
}

#endif
