# Resurgo - the top of the build (BSD make; GNUmakefile forwards here).
#
#	make		build everything and build/resurgo.iso
#	make run	boot the ISO in QEMU, console in this terminal
#	make test	host unit tests and QEMU tests; ends "N passed, N failed"
#	make test-hw	boot the hardware matrix (machines, CPUs, memory
#			sizes, displays); prints a table of the results
#	make bench	figures under QEMU -icount (guest instructions)
#	make debug	QEMU halted with its gdb stub
#	make faults	a fault injection campaign (N=faults SEED=seed), then
#			the system call fuzzer (FUZZ=calls)

SUBDIR=	tools lib kernel servers drivers commands test

.include <resurgo.subdir.mk>

ISO=		${BUILD}/resurgo.iso
# Every file of the image tree: a changed program remakes the ISOs.
IMAGE_FILES!=	find ${DESTDIR} -type f 2>/dev/null || true
ISO_DEPS=	${BUILD}/kernel ${TOP}/tools/mkiso ${IMAGE_FILES}

# The images are made by a second make, which lists the image tree only
# after the first has built everything into it.
all: .WAIT images
images: .PHONY
	@cd ${TOP} && ${MAKE} iso

iso: ${ISO} ${BUILD}/ktest.iso ${BUILD}/kbench.iso

ROOTFS=		${BUILD}/rootfs.img
ETC_FILES!=	find ${TOP}/etc -type f

${ROOTFS}: ${IMAGE_FILES} ${ETC_FILES} ${TOP}/tools/mkroot ${BUILD}/host/mkfs.mfs
	@echo "  MKFS    ${.TARGET:S,^${BUILD}/,,}"
	@${TOP}/tools/mkroot ${.TARGET}

${ISO}: ${ISO_DEPS} ${ROOTFS} ${TOP}/etc/boot.list
	@echo "  ISO     ${.TARGET:S,^${BUILD}/,,}"
	@STRIP=${STRIP} ${TOP}/tools/mkiso ${.TARGET} ${TOP}/etc/boot.list

${BUILD}/ktest.iso: ${ISO_DEPS} ${TOP}/test/kernel/boot.list
	@echo "  ISO     ${.TARGET:S,^${BUILD}/,,}"
	@STRIP=${STRIP} ${TOP}/tools/mkiso ${.TARGET} ${TOP}/test/kernel/boot.list

${BUILD}/kbench.iso: ${ISO_DEPS} ${TOP}/test/kernel/bench.list
	@echo "  ISO     ${.TARGET:S,^${BUILD}/,,}"
	@STRIP=${STRIP} ${TOP}/tools/mkiso ${.TARGET} ${TOP}/test/kernel/bench.list

run: all
	@${TOP}/tools/run

debug: all
	@${TOP}/tools/run --debug

test: all
	@${TOP}/tools/testrun

bench: all
	@${TOP}/tools/bench

test-hw: all
	@${TOP}/tools/hwmatrix

faults: all
	@${TOP}/tools/faults ${N:D-n ${N}} ${SEED:D-s ${SEED}} \
	    ${FUZZ:D--fuzz ${FUZZ}}

clean:
	rm -rf ${BUILD}

.PHONY: all iso run debug test test-hw bench faults clean
