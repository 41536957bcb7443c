# host.mk - the MFS core built for the build machine, for mkfs.mfs and
# the host unit tests.
#
# The core is compiled against the tree's own headers, as on the guest
# (Resurgo's errno values, struct dirent, struct statvfs), and linked with
# the host's C library for memcpy, malloc and the like.  A Makefile sets
# MFS_HOST_CFLAGS (extra flags, e.g. sanitizers) and includes this; it
# gets MFS_HOST_OBJS, built into ${OBJDIR}/mfs/, and MFS_SYS_CFLAGS for
# its own files that must see the system's numbers too.

.include "${.PARSEDIR}/Makefile.inc"

MFS_DIR:=	${.PARSEDIR}
MFS_WARN=	-Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
		-Wno-unused-parameter -Wno-missing-field-initializers
MFS_HOST_BASE=	-std=gnu11 -O2 -g ${MFS_WARN} ${MFS_HOST_CFLAGS} -I${MFS_DIR}
MFS_SYS_CFLAGS=	${MFS_HOST_BASE} -ffreestanding -nostdinc -I${TOP}/include \
		-isystem ${:!${HOSTCC} -print-file-name=include!}

MFS_HOST_OBJS=
.for _s in ${MFS_CORE_SRCS}
MFS_HOST_OBJS+=	${OBJDIR}/mfs/${_s:R}.o
${OBJDIR}/mfs/${_s:R}.o: ${MFS_DIR}/${_s}
	@mkdir -p ${.TARGET:H}
	@echo "  HOSTCC  ${.TARGET:S,^${BUILD}/,,}"
	@${HOSTCC} ${MFS_SYS_CFLAGS} -MD -MP -c ${MFS_DIR}/${_s} -o ${.TARGET}
.-include "${OBJDIR}/mfs/${_s:R}.d"
.endfor
