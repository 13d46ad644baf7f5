/* fuzz-key.c: libFuzzer harness for object selection: -k KEY, -i ID,
   -p NAME and --proj-id, through object_option and object_finish.
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

#include <errno.h>
#include <inttypes.h>
#include <sys/ipc.h>

#include "ipcutils.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  static int const options[] = { 'k', 'i', 'p', PROJ_ID_OPTION };
  if (size < 1)
    return 0;
  int c = options[data[0] % 4];
  char *volatile arg = fuzz_string (data + 1, size - 1);
  static struct ipc_object obj;

  object_init (&obj);
  if (setjmp (fuzz_refused) == 0)
    {
      if (c == PROJ_ID_OPTION)
        {
          object_option (&obj, c, arg);
          if (! (1 <= obj.proj_id && obj.proj_id <= 255))
            fuzz_fail ("--proj-id=\"%s\" gave %d", arg, obj.proj_id);
        }
      else
        {
          object_option (&obj, c, arg);
          object_finish (&obj, OBJECT_SYSV | OBJECT_POSIX);
          switch (obj.kind)
            {
            case OBJ_KEY:
              {
                if (obj.key == IPC_PRIVATE)
                  fuzz_fail ("-k \"%s\" gave IPC_PRIVATE", arg);
                char *end;
                errno = 0;
                intmax_t v = strtoimax (arg, &end, 0);
                if (!obj.key_file
                    && ! (end != arg && !*end && !errno
                          && INT32_MIN <= v && v <= UINT32_MAX
                          && obj.key == (key_t) (uint32_t) v))
                  fuzz_fail ("-k \"%s\" gave key %#x", arg,
                             (unsigned int) obj.key);
              }
              break;
            case OBJ_ID:
              if (obj.id < 0)
                fuzz_fail ("-i \"%s\" gave id %d", arg, obj.id);
              break;
            case OBJ_POSIX:
              if (obj.name[0] != '/' || !obj.name[1]
                  || strchr (obj.name + 1, '/')
                  || NAME_MAX < strlen (obj.name + 1))
                fuzz_fail ("-p \"%s\" gave name \"%s\"", arg, obj.name);
              break;
            default:
              fuzz_fail ("option %d gave object kind %d", c, (int) obj.kind);
            }
          /* The description must not overflow its static buffer.  */
          if (! object_describe (&obj))
            fuzz_fail ("no description");
        }
    }
  else if (fuzz_status != EXIT_FAILURE)
    fuzz_fail ("exit status %d", fuzz_status);
  free (obj.name);
  free (arg);
  return 0;
}
