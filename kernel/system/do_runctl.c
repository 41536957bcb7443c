/*
 * do_runctl.c - SYS_RUNCTL: stop a process or let it run again.
 *
 * A stopped process keeps its IPC state: if it was blocked it stays
 * blocked, and a message sent to it is delivered; it only does not get
 * the CPU until resumed.
 */
#include "kernel.h"
#include "system.h"

int do_runctl(struct proc *caller, message *m)
{
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_runctl.ep, &p)) != OK)
		return r;
	switch (m->m_sys_runctl.action) {
	case RC_STOP:
		if (p == caller)
			return -EINVAL;
		rts_set(p, RTS_PROC_STOP);
		return OK;
	case RC_RESUME:
		rts_unset(p, RTS_PROC_STOP);
		return OK;
	default:
		return -EINVAL;
	}
}
