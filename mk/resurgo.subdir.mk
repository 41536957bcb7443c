# resurgo.subdir.mk - recurse into SUBDIR, in order, for the target asked.

.for _t in all clean
${_t}: ${_t}-subdirs
${_t}-subdirs: .PHONY
.for _d in ${SUBDIR}
	@echo "===> ${.CURDIR:S,^${TOP},,:S,^/,,:S,$,/,:S,^/$,,}${_d}"
	@cd ${.CURDIR}/${_d} && ${MAKE} ${_t}
.endfor
.endfor
