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
#
# The links and the names that the file completes are the installed
# names of the programs: configure's --program-prefix, --program-suffix
# and --program-transform-name apply to them (completion/rename).
# A program that configure left out (BUILD_* in configure.ac) gets no
# link: the links are those of bin_PROGRAMS.

EXTRA_DIST += completion/ipcutils completion/rename

if INSTALL_BASH_COMPLETION
ipcutils_completion_programs = mqsend mqrecv fifocat udscat sigsend sigwait \
  shmcat mmapcat
# A shell command that prints the programs built, one a line.
ipcutils_completion_links = `for p in $(bin_PROGRAMS); do \
  basename "$$p" '$(EXEEXT)'; done`

install-data-local: install-bash-completion
uninstall-local: uninstall-bash-completion

# The filtered file is made under a name of its own (the shell's PID),
# since two installs may run at once in one build directory (the
# tests of completion/ do).
install-bash-completion:
	@$(NORMAL_INSTALL)
	$(MKDIR_P) '$(DESTDIR)$(bashcompletiondir)'
	tmp=ipcutils-completion.tmp$$$$ &&				\
	$(SHELL) $(srcdir)/completion/rename '$(transform)'		\
	  $(ipcutils_completion_programs) < $(srcdir)/completion/ipcutils \
	  > $$tmp &&							\
	$(INSTALL_DATA) $$tmp '$(DESTDIR)$(bashcompletiondir)/ipcutils' && \
	rm -f $$tmp
	cd '$(DESTDIR)$(bashcompletiondir)' &&			\
	for p in $(ipcutils_completion_links); do			\
	  n=`echo $$p | sed '$(transform)'` &&				\
	  rm -f "$$n" && $(LN_S) ipcutils "$$n" || exit 1;		\
	done

uninstall-bash-completion:
	@$(NORMAL_UNINSTALL)
	cd '$(DESTDIR)$(bashcompletiondir)' 2>/dev/null &&		\
	for p in $(ipcutils_completion_links); do			\
	  n=`echo $$p | sed '$(transform)'` && rm -f "$$n";		\
	done;								\
	rm -f ipcutils || :

endif
MOSTLYCLEANFILES += ipcutils-completion.tmp*
.PHONY: install-bash-completion uninstall-bash-completion
