/* object.c: selection of IPC objects (-k, -i, -p or a file name) and
   the options for creating them.
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

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/stat.h>

#include "ipcutils.h"

#include "c-ctype.h"
#include "quotearg.h"
#include "xstrtol.h"

void
object_init (struct ipc_object *obj)
{
  memset (obj, 0, sizeof *obj);
  obj->kind = OBJ_NONE;
  obj->proj_id = 1;
  obj->create = true;
  obj->default_mode = OBJECT_PRIVATE_MODE;
}

bool
object_option (struct ipc_object *obj, int c, char const *arg)
{
  switch (c)
    {
    case 'k':
      obj->kind = OBJ_KEY;
      obj->arg = arg;
      obj->selections++;
      return true;

    case 'i':
      obj->kind = OBJ_ID;
      obj->arg = arg;
      obj->id = xnumber (arg, 0, INT_MAX, _("identifier"));
      obj->selections++;
      return true;

    case 'p':
      {
        obj->kind = OBJ_POSIX;
        obj->arg = arg;
        obj->selections++;
        /* Linux takes one leading '/' and then one file name, as in
           a directory of its own: not empty, no other '/', not "."
           or "..", at most NAME_MAX bytes.  Say so here rather than
           pass on what mq_open or shm_open would make of it (EACCES
           for "/.", EINVAL for "/a/b").  */
        char const *base = arg + (*arg == '/');
        if (!*base || strchr (base, '/'))
          error (EXIT_FAILURE, 0,
                 _("invalid POSIX object name %s: it must be one name"
                   " without '/' after the first character"), quote (arg));
        if (strcmp (base, ".") == 0 || strcmp (base, "..") == 0)
          error (EXIT_FAILURE, 0,
                 _("invalid POSIX object name %s: '.' and '..' name"
                   " directories, not objects"), quote (arg));
        if (NAME_MAX < strlen (base))
          error (EXIT_FAILURE, 0,
                 ngettext ("POSIX object name %s is longer than %d byte",
                           "POSIX object name %s is longer than %d bytes",
                           NAME_MAX),
                 quote (arg), NAME_MAX);
        free (obj->name);
        obj->name = xmalloc (strlen (base) + 2);
        obj->name[0] = '/';
        strcpy (obj->name + 1, base);
        return true;
      }

    case PROJ_ID_OPTION:
      obj->proj_id = xnumber (arg, 1, 255, _("project identifier"));
      return true;

    case 'm':
      obj->mode = xmode (arg);
      obj->mode_given = true;
      return true;

    case NO_CREATE_OPTION:
      obj->create = false;
      return true;

    case EXCLUSIVE_OPTION:
      obj->exclusive = true;
      return true;

    default:
      return false;
    }
}

void
object_set_path (struct ipc_object *obj, char const *path)
{
  obj->kind = OBJ_PATH;
  obj->arg = path;
  free (obj->name);
  obj->name = xstrdup (path);
}

/* Turn the argument of -k into a key: a number, or the name of an
   existing file given to ftok.  */
static void
resolve_key (struct ipc_object *obj)
{
  char const *arg = obj->arg;
  intmax_t value;
  char *end;
  struct stat st;

  /* A number, if it reads as one, even one too large for any type:
     "99999999999999999999" is a key out of range, not a file name.
     Like every number of the suite, a key has no leading space.  */
  strtol_error e = (c_isspace (*arg) ? LONGINT_INVALID
                    : xstrtoimax (arg, &end, 0, &value, ""));
  if (e == LONGINT_OK || e == LONGINT_OVERFLOW)
    {
      if (e == LONGINT_OVERFLOW || value < INT32_MIN || UINT32_MAX < value)
        error (EXIT_FAILURE, 0,
               _("key %s is out of range (%jd to %jd): keys are 32-bit"
                 " numbers"), quote (arg), (intmax_t) INT32_MIN,
               (intmax_t) UINT32_MAX);
      obj->key = (key_t) (uint32_t) value;
      if (obj->key == IPC_PRIVATE)
        error (EXIT_FAILURE, 0,
               _("key %s is IPC_PRIVATE, which names no object;"
                 " use --id for a private object"), quote (arg));
      return;
    }

  if (stat (arg, &st) != 0)
    error (EXIT_FAILURE, errno,
           _("invalid key %s: not a number, nor a file for ftok"),
           quote (arg));
  obj->key = ftok (arg, obj->proj_id);
  if (obj->key == (key_t) -1)
    error (EXIT_FAILURE, errno, _("cannot make a key from %s"),
           quoteaf (arg));
  obj->key_file = arg;
}

void
object_finish (struct ipc_object *obj, unsigned int kinds)
{
  if (1 < obj->selections)
    {
      error (0, 0, _("only one of --key, --id and --posix may be given"));
      emit_try_help ();
      exit (EXIT_FAILURE);
    }
  if (obj->kind == OBJ_NONE)
    {
      if ((kinds & (OBJECT_SYSV | OBJECT_POSIX))
          == (OBJECT_SYSV | OBJECT_POSIX))
        error (0, 0, _("no object given: use --key, --id or --posix"));
      else if (kinds & OBJECT_SYSV)
        error (0, 0, _("no object given: use --key or --id"));
      else if (kinds & OBJECT_POSIX)
        error (0, 0, _("no object given: use --posix"));
      else
        error (0, 0, _("missing operand"));
      emit_try_help ();
      exit (EXIT_FAILURE);
    }
  if ((obj->kind == OBJ_KEY || obj->kind == OBJ_ID) && !(kinds & OBJECT_SYSV))
    error (EXIT_FAILURE, 0, _("System V objects (--key, --id) are not"
                              " supported by this program"));
  if (obj->kind == OBJ_POSIX && !(kinds & OBJECT_POSIX))
    error (EXIT_FAILURE, 0, _("POSIX objects (--posix) are not supported"
                              " by this program"));
  if (obj->exclusive && !obj->create)
    error (EXIT_FAILURE, 0,
           _("--exclusive and --no-create cannot be used together"));
  if (obj->exclusive && obj->kind == OBJ_ID)
    error (EXIT_FAILURE, 0,
           _("--exclusive cannot be used with --id: the object exists"));

  if (obj->kind == OBJ_KEY)
    resolve_key (obj);
}

char const *
object_describe (struct ipc_object const *obj)
{
  static char buf[64];
  switch (obj->kind)
    {
    case OBJ_KEY:
      snprintf (buf, sizeof buf, _("key 0x%08x"),
                (unsigned int) (uint32_t) obj->key);
      return buf;
    case OBJ_ID:
      snprintf (buf, sizeof buf, _("id %d"), obj->id);
      return buf;
    case OBJ_POSIX:
      return quote (obj->name);
    case OBJ_PATH:
      return quoteaf (obj->name);
    case OBJ_NONE:
    default:
      return "?";
    }
}

mode_t
object_mode (struct ipc_object const *obj)
{
  if (obj->mode_given)
    return obj->mode;
  mode_t mask = umask (0);
  umask (mask);
  return obj->default_mode & ~mask;
}

int
object_open_flags (struct ipc_object const *obj)
{
  return ((obj->create ? O_CREAT : 0)
          | (obj->exclusive ? O_EXCL : 0));
}

mode_t
object_umask_begin (struct ipc_object const *obj)
{
  return obj->mode_given ? umask (0) : (mode_t) -1;
}

void
object_umask_end (mode_t saved)
{
  if (saved != (mode_t) -1)
    umask (saved);
}
