# resurgo.host.mk - a program for the build machine (tools, unit tests).
#
#	HOSTPROG= name	SRCS= files	HOSTCFLAGS+= extra flags
#
# Built with the host compiler into ${BUILD}/host/.

HOSTBINDIR=	${BUILD}/host
HOSTCFLAGS+=	-std=gnu11 -O2 -g -Wall -Wextra -Werror
_HOSTPROG=	${HOSTBINDIR}/${HOSTPROG}

all: ${_HOSTPROG}

${_HOSTPROG}: ${SRCS:S,^,${.CURDIR}/,}
	@mkdir -p ${.TARGET:H}
	@echo "  HOSTCC  ${.TARGET:S,^${BUILD}/,,}"
	@${HOSTCC} ${HOSTCFLAGS} -MD -MP -MF ${.TARGET}.d -o ${.TARGET} ${.ALLSRC:M*.c}
.-include "${_HOSTPROG}.d"

clean:
	rm -f ${_HOSTPROG} ${_HOSTPROG}.d
