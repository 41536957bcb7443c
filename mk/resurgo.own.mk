# resurgo.own.mk - compiling SRCS into OBJDIR, shared by every fragment.
#
# A folder's Makefile names SRCS (C or assembler files, relative paths); this
# file turns each into ${OBJDIR}/<path>.o with a dependency file beside it,
# so that a second make with nothing changed does nothing, and one after
# the compiler's flags changed (mk/sys.mk) builds everything anew.

.if !defined(_RESURGO_OWN_MK_)
_RESURGO_OWN_MK_=1

OBJS=	${SRCS:R:S,^,${OBJDIR}/,:S,$,.o,}
CPPFLAGS+=	${CPPFLAGS.local}

.for _s in ${SRCS}
${OBJDIR}/${_s:R}.o: ${.CURDIR}/${_s} ${TOP}/mk/sys.mk
	@mkdir -p ${.TARGET:H}
	@echo "  CC      ${.TARGET:S,^${BUILD}/,,}"
	@${CC} ${CPPFLAGS} ${CFLAGS} ${CFLAGS.${_s:T}} -MD -MP -c ${.CURDIR}/${_s} -o ${.TARGET}
.-include "${OBJDIR}/${_s:R}.d"
.endfor

clean:
	rm -rf ${OBJDIR}

.endif
