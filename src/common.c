/* common.c: help text shared by every ipcutils program.
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

void
emit_try_help (void)
{
  fprintf (stderr, _("Try '%s --help' for more information.\n"),
           program_name);
}

void
emit_object_options (unsigned int kinds, bool creates)
{
  if (kinds & OBJECT_SYSV)
    {
      fputs (_("\
  -k, --key=KEY         the System V object with KEY: a number (decimal,\n\
                          0x hexadecimal, 0 octal) or an existing file\n\
                          turned into a key by ftok(3)\n\
      --proj-id=N       the project identifier for ftok (default 1)\n\
  -i, --id=ID           the existing System V object with identifier ID,\n\
                          as ipcs(1) and ipcmk(1) print it\n\
"), stdout);
    }
  if (kinds & OBJECT_POSIX)
    fputs (_("\
  -p, --posix=NAME      the POSIX object NAME (a leading '/' is added)\n\
"), stdout);
  if (creates && (kinds & OBJECT_FILE))
    fputs (_("\
  -m, --mode=MODE       permissions of a created file, octal or symbolic\n\
                          as in chmod(1) (default 0666 less the umask)\n\
"), stdout);
  else if (creates)
    fputs (_("\
  -m, --mode=MODE       permissions of a created object, octal or symbolic\n\
                          as in chmod(1) (default 0600 less the umask:\n\
                          only its owner may use it)\n\
"), stdout);
  if (creates)
    fputs (_("\
      --no-create       fail if the object does not exist\n\
      --exclusive       fail if the object exists already\n\
"), stdout);
}

void
emit_exit_status (bool timeout)
{
  fputs (_("\
\n\
Exit status:\n\
  0    success\n\
  1    failure, with a diagnostic naming the object and the cause\n\
"), stdout);
  if (timeout)
    fputs (_("\
  124  the timeout expired, or --timeout=0 found nothing to do\n\
"), stdout);
}

/* The copyright line of --version, which gnulib's version_etc prints
   with the "(C)" of the locale and the year.  The authors are named in
   AUTHORS; ipcutils is not a GNU package and the Free Software
   Foundation holds no copyright in it.  A legal notice: not
   translated.  */
const char version_etc_copyright[] =
  "Copyright %s %d the ipcutils authors";

/* The end of every --help: where the full documentation is, and where
   to report bugs if the distributor said so (configure
   --with-packager-bug-reports).  The project itself has no home page
   or bug address, so none is printed.  */
void
emit_ancillary_info (char const *program)
{
  printf (_("\nFull documentation: info '(ipcutils) %s invocation'\n"),
          program);
#ifdef PACKAGE_PACKAGER_BUG_REPORTS
  putchar ('\n');
  printf (_("Report %s bugs to: %s\n"), PACKAGE_PACKAGER,
          PACKAGE_PACKAGER_BUG_REPORTS);
#endif
}
