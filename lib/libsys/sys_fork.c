/*
 * sys_fork.c - SYS_FORK: copy a process blocked in a sendrec to us.
 */
#include <string.h>
#include <minix/syslib.h>

/* flags: FORK_ROOT or 0. */
int sys_fork(endpoint_t parent, int flags, endpoint_t *child)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_fork.parent = parent;
	m.m_sys_fork.flags = flags & FORK_ROOT;
	if ((r = _kernel_call(SYS_FORK, &m)) != OK)
		return r;
	*child = m.m_sys_fork_reply.child;
	return OK;
}

/* RS: a new, empty, held process (FORK_EMPTY). */
int sys_fork_empty(endpoint_t *child)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_fork.parent = SELF;
	m.m_sys_fork.flags = FORK_EMPTY;
	if ((r = _kernel_call(SYS_FORK, &m)) != OK)
		return r;
	*child = m.m_sys_fork_reply.child;
	return OK;
}
