# resurgo.hosttest.mk - a folder of host unit tests.
#
#	HOSTTESTS=	names of programs that run on the build machine
#	HOSTTESTS.i386=	names of i386 programs (code that exists only as
#			i386); the test runner starts them under qemu-i386
#
# The folder's Makefile has the rules that build each program into
# ${TESTDIR}; this fragment makes `all` build them and answers
# `hosttest-list` with one "NAME KIND" line per program, from which
# test/unit/Makefile writes build/tests/host.list, the list that
# tools/testrun runs.

TESTDIR=	${BUILD}/tests/host

all: ${HOSTTESTS:S,^,${TESTDIR}/,} ${HOSTTESTS.i386:S,^,${TESTDIR}/,}

hosttest-list: .PHONY
.for _t in ${HOSTTESTS}
	@echo "${_t} native"
.endfor
.for _t in ${HOSTTESTS.i386}
	@echo "${_t} i386"
.endfor

clean: clean-hosttests
clean-hosttests: .PHONY
	rm -f ${HOSTTESTS:S,^,${TESTDIR}/,} ${HOSTTESTS.i386:S,^,${TESTDIR}/,}
