## tests/misc fragment: checks that apply to every program.  -*-Makefile-*-

TESTS += \
  tests/misc/help-version.sh \
  tests/misc/readme-bench.sh \
  tests/misc/identity.sh \
  tests/misc/help-translation.sh \
  tests/misc/po-complete.sh \
  tests/misc/man-lint.sh \
  tests/misc/man-render.sh \
  tests/misc/run-test.sh \
  tests/misc/number-spaces.sh \
  tests/misc/examples-fifocat.sh \
  tests/misc/examples-signals.sh \
  tests/misc/examples-mqrecv-help.sh \
  tests/misc/plural-forms.sh \
  tests/misc/timeout-rule.sh \
  tests/misc/mq-except-wait.sh \
  tests/misc/examples-fifocat-more.sh \
  tests/misc/examples-udscat.sh \
  tests/misc/examples-sig.sh \
  tests/misc/examples-mq.sh \
  tests/misc/examples-mem.sh \
  tests/misc/examples-readme.sh \
  tests/misc/examples-limits.sh \
  tests/misc/examples-inventory.sh
