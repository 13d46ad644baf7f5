/* fuzz-duration.c: libFuzzer harness for parse_duration (--timeout,
   intervals).
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

#include <config.h>

#include "ipcutils.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  char *arg = fuzz_string (data, size);
  struct timespec t = { -1, -1 };
  bool ok = parse_duration (arg, &t);
  if (ok && ! (0 <= t.tv_sec && 0 <= t.tv_nsec && t.tv_nsec < 1000000000))
    fuzz_fail ("parse_duration (\"%s\") = { %jd, %ld }",
               arg, (intmax_t) t.tv_sec, (long) t.tv_nsec);
  if (ok && *arg == '-' && (t.tv_sec || t.tv_nsec))
    fuzz_fail ("parse_duration took the negative \"%s\"", arg);
  /* The same answer twice: no hidden state.  */
  struct timespec u;
  if (parse_duration (arg, &u) != ok
      || (ok && (u.tv_sec != t.tv_sec || u.tv_nsec != t.tv_nsec)))
    fuzz_fail ("parse_duration (\"%s\") changed its mind", arg);
  free (arg);
  return 0;
}
