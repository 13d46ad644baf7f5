/* fuzz-mode.c: libFuzzer harness for xmode (--mode, octal or
   symbolic).
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

#include <sys/stat.h>

#include "ipcutils.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  char *volatile arg = fuzz_string (data, size);
  /* Both with the usual umask and with none.  */
  umask (size & 1 ? 0 : 022);
  if (setjmp (fuzz_refused) == 0)
    {
      mode_t mode = xmode (arg);
      if (mode & ~(mode_t) (S_IRWXU | S_IRWXG | S_IRWXO))
        fuzz_fail ("xmode (\"%s\") = %#o: not only permission bits",
                   arg, (unsigned int) mode);
      /* An octal mode is taken exactly.  */
      if (*arg && strspn (arg, "01234567") == strlen (arg)
          && strlen (arg) <= 4 && strtol (arg, NULL, 8) <= 0777
          && mode != (mode_t) strtol (arg, NULL, 8))
        fuzz_fail ("xmode (\"%s\") = %#o", arg, (unsigned int) mode);
    }
  else if (fuzz_status != EXIT_FAILURE)
    fuzz_fail ("xmode exited with status %d", fuzz_status);
  free (arg);
  return 0;
}
