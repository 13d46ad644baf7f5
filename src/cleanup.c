/* cleanup.c: removal of the objects a program created, at exit and
   when a signal ends it.
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

#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/shm.h>
#include <sys/stat.h>

#include "ipcutils.h"

enum cleanup_kind { CLEANUP_PATH, CLEANUP_MSG, CLEANUP_SHM, CLEANUP_NAME };

struct cleanup_entry
{
  enum cleanup_kind kind;
  int id;
  char *name;
  dev_t dev;
  ino_t ino;
  int (*remove) (char const *);
};

/* A program creates at most a few objects.  */
enum { CLEANUP_MAX = 16 };
static struct cleanup_entry entries[CLEANUP_MAX];
static volatile sig_atomic_t n_entries;
static volatile sig_atomic_t done;

static struct cleanup_entry *
new_entry (enum cleanup_kind kind)
{
  static bool registered;
  if (!registered)
    {
      atexit (cleanup_run);
      registered = true;
    }
  if (n_entries == CLEANUP_MAX)
    error (EXIT_FAILURE, 0, _("too many objects to remove at exit"));
  struct cleanup_entry *e = &entries[n_entries];
  memset (e, 0, sizeof *e);
  e->kind = kind;
  return e;
}

/* Publish E only once it is complete, so that a signal handler never
   sees half an entry.  */
static void
publish (void)
{
  done = 0;
  n_entries = n_entries + 1;
}

void
cleanup_add_path (char const *path, struct stat const *st)
{
  struct cleanup_entry *e = new_entry (CLEANUP_PATH);
  e->name = xstrdup (path);
  e->dev = st->st_dev;
  e->ino = st->st_ino;
  publish ();
}

void
cleanup_add_sysv_msg (int id)
{
  new_entry (CLEANUP_MSG)->id = id;
  publish ();
}

void
cleanup_add_sysv_shm (int id)
{
  new_entry (CLEANUP_SHM)->id = id;
  publish ();
}

void
cleanup_add_name (int (*remove) (char const *), char const *name)
{
  struct cleanup_entry *e = new_entry (CLEANUP_NAME);
  e->name = xstrdup (name);
  e->remove = remove;
  publish ();
}

void
cleanup_clear (void)
{
  n_entries = 0;
}

/* Only async-signal-safe calls here: this runs from interrupt_exit
   as well as at exit.  */
void
cleanup_run (void)
{
  int saved_errno = errno;
  if (done)
    return;
  done = 1;
  for (int i = n_entries - 1; 0 <= i; i--)
    {
      struct cleanup_entry const *e = &entries[i];
      struct stat st;
      switch (e->kind)
        {
        case CLEANUP_PATH:
          /* Remove only the file we made, not one put in its place.  */
          if (lstat (e->name, &st) == 0
              && st.st_dev == e->dev && st.st_ino == e->ino)
            unlink (e->name);
          break;
        case CLEANUP_MSG:
          msgctl (e->id, IPC_RMID, NULL);
          break;
        case CLEANUP_SHM:
          shmctl (e->id, IPC_RMID, NULL);
          break;
        case CLEANUP_NAME:
          e->remove (e->name);
          break;
        }
    }
  errno = saved_errno;
}
