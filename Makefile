# Resurgo - the top of the build (BSD make; GNUmakefile forwards here).
#
#	make		build everything and build/resurgo.iso
#	make run	boot the ISO in QEMU, console in this terminal
#	make test	host unit tests and QEMU tests; ends "N passed, N failed"
#	make bench	figures under QEMU -icount (guest instructions)
#	make debug	QEMU halted with its gdb stub

SUBDIR=	lib kernel test

.include <resurgo.subdir.mk>

ISO=		${BUILD}/resurgo.iso
# Every file of the image tree: a changed program remakes the ISOs.
IMAGE_FILES!=	find ${DESTDIR} -type f 2>/dev/null || true
ISO_DEPS=	${BUILD}/kernel ${TOP}/tools/mkiso ${IMAGE_FILES}

all: .WAIT iso

iso: ${ISO} ${BUILD}/ktest.iso ${BUILD}/kbench.iso

${ISO}: ${ISO_DEPS} ${TOP}/etc/boot.list
	@echo "  ISO     ${.TARGET:S,^${BUILD}/,,}"
	@${TOP}/tools/mkiso ${.TARGET} ${TOP}/etc/boot.list

${BUILD}/ktest.iso: ${ISO_DEPS} ${TOP}/test/kernel/boot.list
	@echo "  ISO     ${.TARGET:S,^${BUILD}/,,}"
	@${TOP}/tools/mkiso ${.TARGET} ${TOP}/test/kernel/boot.list

${BUILD}/kbench.iso: ${ISO_DEPS} ${TOP}/test/kernel/bench.list
	@echo "  ISO     ${.TARGET:S,^${BUILD}/,,}"
	@${TOP}/tools/mkiso ${.TARGET} ${TOP}/test/kernel/bench.list

run: all
	@${TOP}/tools/run

debug: all
	@${TOP}/tools/run --debug

test: all
	@${TOP}/tools/testrun

bench: all
	@${TOP}/tools/bench

clean:
	rm -rf ${BUILD}

.PHONY: all iso run debug test bench clean
