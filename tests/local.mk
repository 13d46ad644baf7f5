## tests/ fragment of the top-level Makefile.am.           -*-Makefile-*-
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

# Every test is a shell script that sources gnulib's tests/init.sh,
# which in turn sources our helpers in init.cfg.  Each runs under a
# time limit, so that a hang is a failure, not a stuck "make check",
# and fails if it leaves behind an IPC object it made (tests/run-test).
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL) $(srcdir)/tests/run-test $(SHELL)
AM_TESTS_ENVIRONMENT =					\
  LC_ALL=C; export LC_ALL;				\
  LANGUAGE=; export LANGUAGE;				\
  srcdir='$(srcdir)'; export srcdir;			\
  abs_top_srcdir='$(abs_top_srcdir)'; export abs_top_srcdir; \
  abs_top_builddir='$(abs_top_builddir)'; export abs_top_builddir; \
  abs_srcdir='$(abs_srcdir)'; export abs_srcdir;	\
  VERSION='$(VERSION)'; export VERSION;			\
  PACKAGE_VERSION='$(PACKAGE_VERSION)'; export PACKAGE_VERSION; \
  built_programs='$(bin_PROGRAMS)'; export built_programs; \
  localedir='$(localedir)'; export localedir;		\
  prefix='$(prefix)'; export prefix;			\
  SHELL='$(SHELL)'; export SHELL;			\
  USE_NLS='$(USE_NLS)'; export USE_NLS;

EXTRA_DIST += init.cfg tests/init.sh tests/run-test

# One fragment per group of tools; each adds its scripts to TESTS
# and any helper files to EXTRA_DIST.
include tests/misc/local.mk
include tests/mq/local.mk
include tests/fifo/local.mk
include tests/uds/local.mk
include tests/sig/local.mk
include tests/mem/local.mk
include tests/pkg/local.mk
include tests/stress/local.mk
include tests/fault/local.mk
include tests/bridge/local.mk
include tests/fuzz/local.mk

EXTRA_DIST += $(TESTS)

# Whole-suite checks that build the package again, in their own
# directory, from a copy of the distributed sources (configure refuses
# a second build of a source tree configured in place):
#   make check-sanitize   the suite with -fsanitize=address,undefined
#   make check-valgrind   every program under valgrind memcheck
#   make fuzz             the libFuzzer harnesses, FUZZ_TIME s each
#   make check-fallbacks  the code for systems without some of Linux's
#                         calls (FALLBACKS: the scenarios, default all)
# Each leaves its build in NAME.d and ends with its own verdict.
EXTRA_DIST += tests/check-sanitize tests/check-valgrind tests/slow-timeout \
  tests/check-fallbacks
whole_suite_src = $@.d/$(PACKAGE)-$(VERSION)
whole_suite_copy = \
  rm -rf $@.d && mkdir $@.d \
  && $(MAKE) $(AM_MAKEFLAGS) distdir distdir=$(whole_suite_src) > /dev/null
check-sanitize:
	$(whole_suite_copy)
	$(SHELL) $(whole_suite_src)/tests/check-sanitize $(abs_builddir)/$@.d/build
check-valgrind:
	$(whole_suite_copy)
	$(SHELL) $(whole_suite_src)/tests/check-valgrind $(abs_builddir)/$@.d/build
FALLBACKS =
check-fallbacks:
	$(whole_suite_copy)
	$(SHELL) $(whole_suite_src)/tests/check-fallbacks \
	  $(abs_builddir)/$@.d/build $(FALLBACKS)
FUZZ_TIME = 20
fuzz:
	$(whole_suite_copy)
	$(SHELL) $(whole_suite_src)/tests/fuzz/run-fuzzers -t $(FUZZ_TIME) \
	  -b $(abs_builddir)/$@.d/build
.PHONY: check-sanitize check-valgrind check-fallbacks fuzz
clean-local: clean-whole-suite
clean-whole-suite:
	rm -rf check-sanitize.d check-valgrind.d check-fallbacks.d fuzz.d
.PHONY: clean-whole-suite

# After "make install" ("make distcheck" runs this on its installation):
# each installed program, with the installed catalogue and nothing
# pointing elsewhere, prints its --help in Chinese under
# LANGUAGE=zh_CN LC_ALL=C.UTF-8.  The check looks for the translated
# "Usage" (\347\224\250\346\263\225).  With DESTDIR the programs would
# not find the catalogue where they were built to look, so the check
# is left out then.
installcheck-local: installcheck-translation
installcheck-translation:
	@if test '$(USE_NLS)' != yes || test -n '$(DESTDIR)'; then \
	  echo "installcheck-translation: skipped (NLS off or DESTDIR set)"; \
	elif ! locale -a | grep -i -x -e C.utf8 -e C.UTF-8 > /dev/null; then \
	  echo "installcheck-translation: skipped (no C.UTF-8 locale)"; \
	else \
	  usage=`printf '\347\224\250\346\263\225'`; fail=0; \
	  for p in $(bin_PROGRAMS); do \
	    p=`echo "$${p#src/}" | sed '$(transform)'`; \
	    env -u IPCUTILS_LOCALEDIR LANGUAGE=zh_CN LC_ALL=C.UTF-8 \
	      '$(bindir)'/$$p --help > installcheck.out 2>&1 || fail=1; \
	    if grep "$$usage" installcheck.out > /dev/null; then \
	      echo "installcheck-translation: $$p --help is in Chinese"; \
	    else \
	      echo "installcheck-translation: $$p --help is NOT translated"; \
	      fail=1; \
	    fi; \
	  done; \
	  rm -f installcheck.out; \
	  test $$fail -eq 0; \
	fi
.PHONY: installcheck-translation
