/*
 * do_statectl.c - SYS_STATECTL: state management for restarted services.
 *
 * SYS_STATE_CLEAR_IPC_REFS: every process still blocked sending to the
 * caller or receiving from it - callers that were waiting on an earlier
 * instance whose identity this one has taken over - gets EDEADSRCDST, so
 * that it retries with the new instance instead of waiting forever.
 */
#include "kernel.h"
#include "system.h"

int do_statectl(struct proc *caller, message *m)
{
	switch (m->m_sys_statectl.request) {
	case SYS_STATE_CLEAR_IPC_REFS:
		clear_ipc_refs(caller, -EDEADSRCDST);
		return OK;
	default:
		return -EINVAL;
	}
}
