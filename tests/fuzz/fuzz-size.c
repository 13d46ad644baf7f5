/* fuzz-size.c: libFuzzer harness for xsize (byte counts with
   suffixes: --max-size, --buffer-size, sizes of segments and maps).
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

#include "ipcutils.h"
#include "fuzz.h"

static struct { intmax_t min, max; } const ranges[] =
{
  { 1, LONG_MAX },              /* mqsend --max-size */
  { 1, INT_MAX },
  { 0, IDX_MAX },               /* segment and map sizes */
  { 0, 0 },
  { 1, 65536 },
};

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  if (size < 1)
    return 0;
  intmax_t min = ranges[data[0] % (sizeof ranges / sizeof *ranges)].min;
  intmax_t max = ranges[data[0] % (sizeof ranges / sizeof *ranges)].max;
  char *volatile arg = fuzz_string (data + 1, size - 1);

  /* A plain decimal number, with no sign, space or suffix, must be
     taken in base 10 ("010" is ten).  */
  bool plain = *arg != '\0' && strspn (arg, "0123456789") == strlen (arg);
  errno = 0;
  intmax_t expected = strtoimax (arg, NULL, 10);
  bool plain_valid = plain && errno == 0 && min <= expected && expected <= max;

  if (setjmp (fuzz_refused) == 0)
    {
      intmax_t value = xsize (arg, min, max, "size");
      if (! (min <= value && value <= max))
        fuzz_fail ("xsize (\"%s\") = %jd, outside %jd..%jd",
                   arg, value, min, max);
      if (plain && value != expected)
        fuzz_fail ("xsize (\"%s\") = %jd, not %jd", arg, value, expected);
      if (plain && ! plain_valid)
        fuzz_fail ("xsize accepted \"%s\"", arg);
      /* A value with a suffix is a multiple of its unit.  */
      char const *p = arg + strlen (arg);
      if (p != arg && p[-1] == 'B' && 2 <= p - arg && p[-2] != 'i')
        {
          /* "KB": powers of 1000.  */
          if (value % 1000 != 0 && strchr ("kKMGTPE", p[-2]))
            fuzz_fail ("xsize (\"%s\") = %jd, not a multiple of 1000",
                       arg, value);
        }
      else if (p != arg && strchr ("KMGTPE", p[-1]) && value % 1024 != 0)
        fuzz_fail ("xsize (\"%s\") = %jd, not a multiple of 1024",
                   arg, value);
    }
  else
    {
      if (fuzz_status != EXIT_FAILURE)
        fuzz_fail ("xsize exited with status %d", fuzz_status);
      if (plain_valid)
        fuzz_fail ("xsize refused \"%s\", a valid %jd", arg, expected);
    }
  free (arg);
  return 0;
}
