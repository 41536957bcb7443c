# resurgo.prog.mk - a static ELF32 program for the guest.
#
#	PROG=	name		SRCS=	files
#	LDADD=	-lsys -lc	BINDIR=	/bin (where it lands in the image)
#
# Links with crt0 and the named libraries, then installs a stripped copy
# into ${DESTDIR}${BINDIR}; the unstripped one stays in OBJDIR for gdb.

.include <resurgo.own.mk>

BINDIR?=	/bin
LDADD?=		-lc
LIBDIR=		${BUILD}/lib
CRT0=		${LIBDIR}/crt0.o
_PROGFILE=	${OBJDIR}/${PROG}
_INSTFILE=	${DESTDIR}${BINDIR}/${PROG}
# Libraries named in LDADD are dependencies, so a changed library relinks.
_LIBDEPS=	${LDADD:M-l*:S,^-l,${LIBDIR}/lib,:S,$,.a,}

all: ${_INSTFILE}

${_PROGFILE}: ${OBJS} ${CRT0} ${_LIBDEPS} ${TOP}/mk/user.ld
	@echo "  LD      ${.TARGET:S,^${BUILD}/,,}"
	@${CC} ${LDFLAGS} -T ${TOP}/mk/user.ld -o ${.TARGET} ${CRT0} ${OBJS} \
	    -L${LIBDIR} -Wl,--start-group ${LDADD} -Wl,--end-group ${LIBGCC}

${_INSTFILE}: ${_PROGFILE}
	@mkdir -p ${.TARGET:H}
	@${STRIP} -o ${.TARGET} ${_PROGFILE}
