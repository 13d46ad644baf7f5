/* fuzz-number.c: libFuzzer harness for xnumber (whole numbers: types,
   counts, identifiers, project identifiers).
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

#include <errno.h>
#include <inttypes.h>

#include "c-ctype.h"
#include "ipcutils.h"
#include "fuzz.h"

/* The ranges the programs pass to xnumber.  */
static struct { intmax_t min, max; } const ranges[] =
{
  { 0, INT_MAX },               /* --id */
  { 1, 255 },                   /* --proj-id */
  { 1, LONG_MAX },              /* System V message type */
  { 0, 32767 },                 /* POSIX priority */
  { LONG_MIN, LONG_MAX },       /* mqrecv --type */
  { 1, INTMAX_MAX },            /* counts */
  { INTMAX_MIN, INTMAX_MAX },
  { 0, 0 },
};

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  if (size < 1)
    return 0;
  intmax_t min = ranges[data[0] % (sizeof ranges / sizeof *ranges)].min;
  intmax_t max = ranges[data[0] % (sizeof ranges / sizeof *ranges)].max;
  char *volatile arg = fuzz_string (data + 1, size - 1);

  /* What the number should be: strtoimax in base 0 takes the whole
     argument, which does not begin with a space (a space is refused
     on either side), without overflow, and the value is in range.  */
  char *end;
  errno = 0;
  intmax_t expected = strtoimax (arg, &end, 0);
  bool valid = (end != arg && *end == '\0' && errno == 0
                && !c_isspace (arg[0])
                && min <= expected && expected <= max);

  if (setjmp (fuzz_refused) == 0)
    {
      intmax_t value = xnumber (arg, min, max, "number");
      if (! (min <= value && value <= max))
        fuzz_fail ("xnumber (\"%s\") = %jd, outside %jd..%jd",
                   arg, value, min, max);
      if (! valid)
        fuzz_fail ("xnumber accepted \"%s\" as %jd", arg, value);
      if (value != expected)
        fuzz_fail ("xnumber (\"%s\") = %jd, not %jd", arg, value, expected);
    }
  else
    {
      if (fuzz_status != EXIT_FAILURE)
        fuzz_fail ("xnumber exited with status %d", fuzz_status);
      if (valid)
        fuzz_fail ("xnumber refused \"%s\", a valid %jd", arg, expected);
    }
  free (arg);
  return 0;
}
