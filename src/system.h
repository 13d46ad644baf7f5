/* system.h: system-dependent declarations and the macros every ipcutils
   program uses.  Modelled on GNU coreutils' src/system.h.
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

#ifndef IPCUTILS_SYSTEM_H
#define IPCUTILS_SYSTEM_H

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "closeout.h"
#include "configmake.h"
#include "error.h"
#include "gettext.h"
#include "idx.h"
#include "progname.h"
#include "quote.h"
#include "quotearg.h"
#include "version-etc.h"
#include "xalloc.h"

/* Quote a file name for a diagnostic, as a shell would need it.  */
#define quoteaf(arg) quotearg_style (shell_escape_always_quoting_style, arg)
#define quoteaf_n(n, arg) \
  quotearg_n_style (n, shell_escape_always_quoting_style, arg)

#define _(msgid) gettext (msgid)
#define N_(msgid) msgid

/* Return a value that pluralizes the same way that N does, in all
   languages we know of, for the count argument of ngettext, which is
   an unsigned long int: "1 byte", "2 bytes" (as coreutils does).  */
static inline unsigned long int
select_plural (uintmax_t n)
{
  /* Reduce by a power of ten, but keep it away from zero.  The
     gettext manual says 1000000 should be safe.  */
  enum { PLURAL_REDUCER = 1000000 };
  return (n <= ULONG_MAX ? n : n % PLURAL_REDUCER + PLURAL_REDUCER);
}

/* Exit statuses shared by the whole suite.  EXIT_SUCCESS and
   EXIT_FAILURE come from <stdlib.h>.  */
enum
{
  /* A --timeout expired, or a non-blocking operation (--timeout=0)
     found nothing to do: the same status as timeout(1).  */
  EXIT_TIMEOUT = 124,
  /* A COMMAND was found but could not be run, or was not found: the
     statuses of env(1), nohup(1) and xargs(1).  */
  EXIT_CANNOT_INVOKE = 126,
  EXIT_ENOENT = 127
};

/* Every program defines its own usage: full help on standard output
   for --help, a hint on standard error otherwise, then exit.  */
_Noreturn void usage (int status);

/* Long-option values for --help and --version, out of the range of
   any short option.  */
enum
{
  GETOPT_HELP_CHAR = (CHAR_MIN - 2),
  GETOPT_VERSION_CHAR = (CHAR_MIN - 3)
};

#define GETOPT_HELP_OPTION_DECL \
  "help", no_argument, NULL, GETOPT_HELP_CHAR
#define GETOPT_VERSION_OPTION_DECL \
  "version", no_argument, NULL, GETOPT_VERSION_CHAR

#define case_GETOPT_HELP_CHAR                   \
  case GETOPT_HELP_CHAR:                        \
    usage (EXIT_SUCCESS);                       \
    break;

#define case_GETOPT_VERSION_CHAR(Program_name, Authors)                 \
  case GETOPT_VERSION_CHAR:                                             \
    version_etc (stdout, Program_name, PACKAGE_NAME, PACKAGE_VERSION,   \
                 Authors, (char *) NULL);                               \
    exit (EXIT_SUCCESS);                                                \
    break;

/* The sentence of every --help whose long options take mandatory
   arguments, once, so that translators see one msgid (coreutils'
   emit_mandatory_arg_note).  The caller separates it from the text
   before with a blank line.  */
static inline void
emit_mandatory_arg_note (void)
{
  fputs (_("\
Mandatory arguments to long options are mandatory for short options too.\n\
"), stdout);
}

#define HELP_OPTION_DESCRIPTION \
  _("      --help            display this help and exit\n")
#define VERSION_OPTION_DESCRIPTION \
  _("      --version         output version information and exit\n")

/* The directory of the message catalogs: LOCALEDIR, unless the test
   suite names the catalogs of the build tree in IPCUTILS_LOCALEDIR to
   try translations before installation.  */
static inline char const *
locale_directory (void)
{
  char const *dir = getenv ("IPCUTILS_LOCALEDIR");
  return dir && *dir ? dir : LOCALEDIR;
}

/* The authors named by every program's --version: AUTHORS says who
   they are.  */
#define AUTHORS "the ipcutils authors"

/* The first long-option value a program may use for its own long-only
   options; the support library's options sit below it.  */
enum { PROGRAM_OPTION_BASE = CHAR_MAX + 64 };

#endif
