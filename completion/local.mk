## completion/ fragment of the top-level Makefile.am.       -*-Makefile-*-
# Copyright (C) 2026 the ipcutils authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

# The bash completions.  One file serves the eight programs; it is
# installed as $(bashcompletiondir)/ipcutils with a symbolic link to it
# for each program, since bash-completion loads the completion of a
# command from the file of that command's name.  configure sets
# bashcompletiondir (--with-bash-completion-dir), from pkg-config's
# bash-completion module when there is one under the prefix, else to
# $(datadir)/bash-completion/completions; --without-bash-completion-dir
# installs nothing.

EXTRA_DIST += completion/ipcutils

if INSTALL_BASH_COMPLETION
bashcompletion_DATA = completion/ipcutils
ipcutils_completion_links = mqsend mqrecv fifocat udscat sigsend sigwait \
  shmcat mmapcat

install-data-local: install-bash-completion-links
uninstall-local: uninstall-bash-completion-links

install-bash-completion-links:
	@$(NORMAL_INSTALL)
	$(MKDIR_P) '$(DESTDIR)$(bashcompletiondir)'
	cd '$(DESTDIR)$(bashcompletiondir)' &&			\
	for p in $(ipcutils_completion_links); do			\
	  rm -f $$p && $(LN_S) ipcutils $$p || exit 1;			\
	done

uninstall-bash-completion-links:
	@$(NORMAL_UNINSTALL)
	cd '$(DESTDIR)$(bashcompletiondir)' 2>/dev/null &&		\
	rm -f $(ipcutils_completion_links) || :

endif
.PHONY: install-bash-completion-links uninstall-bash-completion-links
