/* parse.c: parsing of numbers, sizes, durations and modes.
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

#include <math.h>
#include <sys/stat.h>

#include "ipcutils.h"

#include "c-ctype.h"
#include "c-strtod.h"
#include "modechange.h"
#include "timespec.h"
#include "xstrtod.h"
#include "xstrtol.h"

/* Check the result E of an xstrto* call that set VALUE from ARG:
   return VALUE if it is a number in MIN..MAX, or diagnose and exit.  */
static intmax_t
checked (strtol_error e, intmax_t value, char const *arg,
         intmax_t min, intmax_t max, char const *what)
{
  if (e == LONGINT_OK && min <= value && value <= max)
    return value;
  if (e == LONGINT_OK || e == LONGINT_OVERFLOW)
    error (EXIT_FAILURE, 0, _("%s %s is out of range (%jd to %jd)"),
           what, quote (arg), min, max);
  else
    error (EXIT_FAILURE, 0, _("invalid %s: %s"), what, quote (arg));
  abort ();
}

/* Whether ARG begins with white space.  strtol and strtod skip it, so
   " 5" would be a number but "5 " not (as in coreutils, where sleep
   and timeout take " 1" and refuse "1 ").  The suite refuses both: a
   number, size, duration or key is the whole argument, and a space in
   it is a quoting mistake that should not pass silently.  */
static bool
leading_space (char const *arg)
{
  return c_isspace (*arg);
}

intmax_t
xnumber (char const *arg, intmax_t min, intmax_t max, char const *what)
{
  intmax_t value = 0;
  char *end;
  strtol_error e = (leading_space (arg) ? LONGINT_INVALID
                    : xstrtoimax (arg, &end, 0, &value, ""));
  return checked (e, value, arg, min, max, what);
}

intmax_t
xsize (char const *arg, intmax_t min, intmax_t max, char const *what)
{
  intmax_t value = 0;
  char *end;
  /* Sizes are decimal: "010" is ten bytes, not eight.  */
  strtol_error e = (leading_space (arg) ? LONGINT_INVALID
                    : xstrtoimax (arg, &end, 10, &value, "EGKMPTk0"));
  return checked (e, value, arg, min, max, what);
}

bool
parse_duration (char const *arg, struct timespec *result)
{
  double duration;
  char const *end;

  if (leading_space (arg))
    return false;
  if (! xstrtod (arg, &end, &duration, c_strtod))
    {
      /* A duration too large to represent is as good as forever.  */
      if (! (errno == ERANGE && duration == HUGE_VAL))
        return false;
    }
  if (! (0 <= duration))
    return false;

  int multiplier = 1;
  if (*end)
    {
      if (end[1])
        return false;
      switch (*end)
        {
        case 's': multiplier = 1; break;
        case 'm': multiplier = 60; break;
        case 'h': multiplier = 60 * 60; break;
        case 'd': multiplier = 60 * 60 * 24; break;
        default: return false;
        }
    }
  *result = dtotimespec (duration * multiplier);
  return true;
}

struct timespec
xduration (char const *arg, char const *what)
{
  struct timespec result;
  if (! parse_duration (arg, &result))
    error (EXIT_FAILURE, 0, _("invalid %s: %s"), what, quote (arg));
  return result;
}

mode_t
xmode (char const *arg)
{
  struct mode_change *change = mode_compile (arg);
  if (!change)
    error (EXIT_FAILURE, 0, _("invalid mode: %s"), quote (arg));
  mode_t umask_value = umask (0);
  umask (umask_value);
  mode_t mode = mode_adjust (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP
                             | S_IROTH | S_IWOTH,
                             false, umask_value, change, NULL);
  free (change);
  if (mode & ~(S_IRWXU | S_IRWXG | S_IRWXO))
    error (EXIT_FAILURE, 0,
           _("mode %s must specify only file permission bits"), quote (arg));
  return mode;
}
