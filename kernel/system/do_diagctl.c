/*
 * do_diagctl.c - SYS_DIAGCTL: system processes write to the kernel
 * console (before, and besides, the tty driver).
 */
#include "kernel.h"
#include "system.h"

#define DIAG_MAX	4096

int do_diagctl(struct proc *caller, message *m)
{
	char buf[256];
	vir_bytes addr = m->m_sys_diagctl.buf;
	uint32_t len = m->m_sys_diagctl.len, chunk, i;
	int r;

	if (m->m_sys_diagctl.code == DIAG_CONSOLE_TAKEN) {
		console_taken(caller->p_endpoint);
		return OK;
	}
	if (m->m_sys_diagctl.code != DIAG_PRINT)
		return -EINVAL;
	if (len > DIAG_MAX)
		return -EINVAL;
	while (len > 0) {
		chunk = MIN(len, sizeof(buf));
		if ((r = copy_vir(caller, addr, NULL, (vir_bytes) buf, chunk)))
			return r;
		for (i = 0; i < chunk; i++)
			kputc(buf[i]);
		addr += chunk;
		len -= chunk;
	}
	return OK;
}
