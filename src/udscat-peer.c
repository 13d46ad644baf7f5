/* udscat-peer.c: the credentials of udscat's peers, and its allow lists.
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

/* Who is on the other end of a connection, and whether udscat serves
   it.  The kernel tells the peer's process, user and group when it
   connected or listened (SO_PEERCRED), and its supplementary groups
   (SO_PEERGROUPS); a peer cannot lie about them.  --allow-uid and
   --allow-gid keep the peers whose user, or one of whose groups, is
   listed; a peer whose credentials are unknown is refused.  The
   checks run before any data is relayed, on both sides: a server
   checks its clients, a client its server.

   Where SO_PEERCRED is missing (the BSDs, macOS), getpeereid gives the
   user and group, not the process.  A system with neither cannot tell
   who the peer is: --allow-uid and --allow-gid are refused at once,
   and a COMMAND gets no UNIXREMOTEPID, UNIXREMOTEEUID or
   UNIXREMOTEEGID.  */

#include <config.h>

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>

#include "system.h"
#include "udscat.h"

#include "c-ctype.h"

/* Whether S is a nonempty string of decimal digits.  */
_GL_ATTRIBUTE_PURE static bool
all_digits (char const *s)
{
  if (!*s)
    return false;
  for (; *s; s++)
    if (!c_isdigit (*s))
      return false;
  return true;
}

void
allow_parse (struct allow_lists *a, char const *arg, bool group)
{
  if (!PEER_CREDENTIALS)
    error (EXIT_FAILURE, 0, _("%s is not supported on this system: it"
                              " cannot tell the user of a peer"),
           group ? "--allow-gid" : "--allow-uid");
  struct id_list *list = group ? &a->gid : &a->uid;
  /* strtok_r would skip empty elements: refuse them.  */
  size_t len = strlen (arg);
  if (len && (arg[0] == ',' || arg[len - 1] == ',' || strstr (arg, ",,")))
    error (EXIT_FAILURE, 0,
           group ? _("invalid group list: %s") : _("invalid user list: %s"),
           quote (arg));
  char *copy = xstrdup (arg);
  char *save = NULL;
  bool any = false;
  for (char *tok = strtok_r (copy, ",", &save); tok;
       tok = strtok_r (NULL, ",", &save))
    {
      uintmax_t id;
      if (all_digits (tok))
        /* (uid_t) -1 and (gid_t) -1 mean "no ID".  */
        id = xnumber (tok, 0, (intmax_t) (uid_t) -2,
                      group ? _("group ID") : _("user ID"));
      else if (group)
        {
          struct group *gr = getgrnam (tok);
          if (!gr)
            error (EXIT_FAILURE, 0, _("invalid group: %s"), quote (tok));
          id = gr->gr_gid;
        }
      else
        {
          struct passwd *pw = getpwnam (tok);
          if (!pw)
            error (EXIT_FAILURE, 0, _("invalid user: %s"), quote (tok));
          id = pw->pw_uid;
        }
      list->ids = xreallocarray (list->ids, list->count + 1,
                                 sizeof *list->ids);
      list->ids[list->count++] = id;
      any = true;
    }
  free (copy);
  if (!any)
    error (EXIT_FAILURE, 0, _("empty %s list: %s"),
           group ? _("group") : _("user"), quote (arg));
  a->given = true;
}

void
allow_free (struct allow_lists *a)
{
  free (a->uid.ids);
  free (a->gid.ids);
  *a = (struct allow_lists) { 0 };
}

struct peer
peer_get (int fd)
{
  struct peer p = { false, false, 0, 0, 0 };
#if HAVE_DECL_SO_PEERCRED && HAVE_STRUCT_UCRED
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt (fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0
      && len == sizeof cred)
    {
      p.known = p.pid_known = true;
      p.pid = cred.pid;
      p.uid = cred.uid;
      p.gid = cred.gid;
    }
#elif HAVE_GETPEEREID
  if (getpeereid (fd, &p.uid, &p.gid) == 0)
    p.known = true;
#else
  (void) fd;
#endif
  return p;
}

static bool
id_listed (struct id_list const *list, uintmax_t id)
{
  for (idx_t i = 0; i < list->count; i++)
    if (list->ids[i] == id)
      return true;
  return false;
}

bool
peer_allowed (struct allow_lists const *a, int fd, struct peer const *p)
{
  if (!a->given)
    return true;
  if (!p->known)
    return false;
  if (id_listed (&a->uid, p->uid) || id_listed (&a->gid, p->gid))
    return true;
#ifdef SO_PEERGROUPS
  if (a->gid.count)
    {
      gid_t small[64];
      gid_t *groups = small;
      socklen_t len = sizeof small;
      int r = getsockopt (fd, SOL_SOCKET, SO_PEERGROUPS, groups, &len);
      if (r != 0 && errno == ERANGE)
        {
          groups = xmalloc (len);
          r = getsockopt (fd, SOL_SOCKET, SO_PEERGROUPS, groups, &len);
        }
      bool found = false;
      if (r == 0)
        for (size_t i = 0; i < len / sizeof *groups && !found; i++)
          found = id_listed (&a->gid, groups[i]);
      if (groups != small)
        free (groups);
      if (found)
        return true;
    }
#else
  (void) fd;
#endif
  return false;
}

void
peer_report (char const *what, struct peer const *p)
{
  if (p->pid_known)
    error (0, 0, _("%s: pid %jd, uid %ju, gid %ju"), what,
           (intmax_t) p->pid, (uintmax_t) p->uid, (uintmax_t) p->gid);
  else if (p->known)
    error (0, 0, _("%s: uid %ju, gid %ju"), what,
           (uintmax_t) p->uid, (uintmax_t) p->gid);
  else
    error (0, 0, _("%s: credentials unknown"), what);
}
