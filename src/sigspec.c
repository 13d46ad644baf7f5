/* sigspec.c: signal names and numbers, shared by sigsend and sigwait.
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

/* The names are gnulib's sig2str and str2sig, which spell the
   real-time signals as the shells' "kill -l" does: RTMIN, RTMIN+1...
   up to the middle of the range, then ...RTMAX-1, RTMAX.  This file
   adds what the tools accept on top: any case, an optional "SIG"
   prefix, and a strict check of numbers.  */

#include <config.h>

#include <signal.h>

#include "system.h"
#include "c-ctype.h"
#include "sigspec.h"

int
sigspec_max (void)
{
#ifdef SIGRTMAX
  if (SIGNUM_BOUND < SIGRTMAX)
    return SIGRTMAX;
#endif
  return SIGNUM_BOUND;
}

int
sigspec_parse (char const *spec)
{
  /* Longer than any name or number: refuse rather than truncate.  */
  char buf[SIG2STR_MAX + sizeof "SIG"];
  size_t len = strlen (spec);
  if (len == 0 || sizeof buf <= len)
    return -1;

  /* Numbers are plain decimal digits: no sign, no space.  */
  if (c_isdigit (spec[0]))
    {
      int sig = 0;
      for (char const *p = spec; *p; p++)
        {
          if (! c_isdigit (*p))
            return -1;
          sig = 10 * sig + (*p - '0');
          if (sigspec_max () < sig)
            return -1;
        }
      return sig;
    }

  /* Names: upper-case a copy, then drop the "SIG" prefix.  Names have
     no spaces; str2sig's strtol would skip some ("RTMIN+ 1").  */
  for (size_t i = 0; i <= len; i++)
    {
      if (c_isspace (spec[i]))
        return -1;
      buf[i] = c_toupper (spec[i]);
    }
  char const *name = buf;
  if (strncmp (name, "SIG", 3) == 0)
    name += 3;

  /* A number is not a name: "SIG10" is invalid, as in the shells.
     str2sig knows "EXIT" for 0, a trap condition and not a signal.  */
  if (! *name || c_isdigit (*name) || strcmp (name, "EXIT") == 0)
    return -1;

  int sig;
  if (str2sig (name, &sig) != 0 || sig <= 0)
    return -1;
  return sig;
}

int
xsigspec (char const *spec)
{
  int sig = sigspec_parse (spec);
  if (sig < 0)
    error (EXIT_FAILURE, 0, _("unknown signal %s"), quote (spec));
  return sig;
}

bool
sigspec_named (int sig)
{
  char buf[SIG2STR_MAX];
  return 0 < sig && sig2str (sig, buf) == 0;
}

char *
sigspec_name (int sig, char buf[SIGSPEC_NAME_SIZE])
{
  if (! sigspec_named (sig))
    snprintf (buf, SIGSPEC_NAME_SIZE, "%d", sig);
  else
    sig2str (sig, buf);
  return buf;
}
