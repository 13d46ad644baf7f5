/* timeout.c: the --timeout option that every program which waits
   shares: its parsing, its help text, and what it says on expiry.
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

#include <stdarg.h>

#include "ipcutils.h"

#include "intprops.h"
#include "timespec.h"

bool
timeout_option (struct timeout_option *t, int c, char const *arg)
{
  if (c != TIMEOUT_OPTION)
    return false;
  t->duration = xduration (arg, _("timeout"));
  t->given = true;
  return true;
}

struct timespec const *
timeout_duration (struct timeout_option const *t)
{
  return t->given ? &t->duration : NULL;
}

bool
timeout_is_zero (struct timeout_option const *t)
{
  return t->given && timespec_sign (t->duration) == 0;
}

void
emit_timeout_option (void)
{
  fputs (_("\
      --timeout=DURATION  give up after DURATION: a floating number of\n\
                          seconds with an optional suffix s, m, h or d;\n\
                          0 means do not wait\n\
"), stdout);
}

/* Write into BUF the duration T in seconds, as the rule says it:
   "0s", "0.2s", "120s" (the decimals that are not zero).  */
static char *
format_duration (char buf[INT_BUFSIZE_BOUND (time_t) + sizeof ".123456789s"],
                 struct timespec t)
{
  int n = sprintf (buf, "%jd", (intmax_t) t.tv_sec);
  if (t.tv_nsec)
    {
      n += sprintf (buf + n, ".%09ld", t.tv_nsec);
      while (buf[n - 1] == '0')
        n--;
    }
  strcpy (buf + n, "s");
  return buf;
}

int
timeout_diagnose (struct timeout_option const *t, char const *format, ...)
{
  va_list args, copy;
  va_start (args, format);
  va_copy (copy, args);
  char small[256];
  int len = vsnprintf (small, sizeof small, format, args);
  va_end (args);
  char *what = small;
  if (len < 0)
    what = (char *) format;
  else if (sizeof small <= (size_t) len)
    {
      what = xcharalloc (len + 1);
      vsnprintf (what, len + 1, format, copy);
    }
  va_end (copy);

  char duration[INT_BUFSIZE_BOUND (time_t) + sizeof ".123456789s"];
  error (0, 0, _("timed out after %s waiting for %s"),
         format_duration (duration, t->duration), what);
  if (what != small && what != format)
    free (what);
  return EXIT_TIMEOUT;
}
