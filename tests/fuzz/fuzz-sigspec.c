/* fuzz-sigspec.c: libFuzzer harness for the signal-spec parser of
   sigsend and sigwait (sigspec_parse, sigspec_name).
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

#include "system.h"
#include "sigspec.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  char *arg = fuzz_string (data, size);
  int sig = sigspec_parse (arg);
  if (! (sig == -1 || (0 <= sig && sig <= sigspec_max ())))
    fuzz_fail ("sigspec_parse (\"%s\") = %d", arg, sig);
  if (0 < sig)
    {
      /* The name of a parsed signal parses back to it.  */
      char buf[SIGSPEC_NAME_SIZE];
      char *name = sigspec_name (sig, buf);
      if (strlen (name) >= SIGSPEC_NAME_SIZE)
        fuzz_fail ("sigspec_name (%d) too long", sig);
      if (sigspec_parse (name) != sig)
        fuzz_fail ("\"%s\" = %d, named \"%s\" = %d", arg, sig, name,
                   sigspec_parse (name));
    }
  /* Every signal number has a name or a number that parses back.  */
  if (size == 1)
    {
      int n = data[0] % (sigspec_max () + 1);
      char buf[SIGSPEC_NAME_SIZE];
      if (0 < n && sigspec_parse (sigspec_name (n, buf)) != n)
        fuzz_fail ("signal %d named \"%s\" does not parse back", n, buf);
    }
  free (arg);
  return 0;
}
