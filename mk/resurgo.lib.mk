# resurgo.lib.mk - a static library for the guest: LIB=name SRCS=...
# builds build/lib/lib<name>.a for programs to link with -l<name>.

.include <resurgo.own.mk>

LIBDIR=		${BUILD}/lib
_LIBFILE=	${LIBDIR}/lib${LIB}.a

all: ${_LIBFILE} ${EXTRA_TARGETS}

${_LIBFILE}: ${OBJS}
	@mkdir -p ${.TARGET:H}
	@echo "  AR      ${.TARGET:S,^${BUILD}/,,}"
	@rm -f ${.TARGET}
	@${AR} rcs ${.TARGET} ${OBJS}
