/*
 * exec.c - exec: VFS loads the new image; PM starts it.
 *
 * VFS reads the file, checks it, replaces the caller's memory and sets up
 * its stack from the argument frame libc built.  We then reset the
 * signal handlers (a new program knows nothing of the old one's code),
 * apply set-user-id bits, and start it at its entry point.  On success
 * the caller gets no reply: it is a new program.  If VFS fails after the
 * old image is gone, the process cannot go on and is killed.
 */
#include <string.h>
#include <limits.h>
#include "pm.h"


/* do_exec() cuts the name VFS sends at PROC_NAME_LEN - 1. */
_Static_assert(PROC_NAME_LEN
    <= sizeof(((struct m_pm_vfs_exec_reply *) 0)->name),
    "a program's name from VFS is cut within the reply");

static void reset_handlers(struct mproc *rmp)
{
	int sig;

	for (sig = 1; sig < _NSIG; sig++) {
		if (rmp->mp_sigact[sig].handler != (vir_bytes) SIG_IGN)
			rmp->mp_sigact[sig].handler = (vir_bytes) SIG_DFL;
		rmp->mp_sigact[sig].mask = 0;
		rmp->mp_sigact[sig].flags = 0;
	}
}

int do_exec(void)
{
	const struct m_pm_exec *e = &m_in.m_pm_exec;
	message m;
	int r;

	if (e->path_len > PATH_MAX || e->frame_len < 12
	    || e->frame_len > ARG_MAX)
		return e->frame_len > ARG_MAX ? -E2BIG : -EINVAL;
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_exec.ep = mp->mp_endpoint;
	m.m_pm_vfs_exec.path = e->path;
	m.m_pm_vfs_exec.path_len = e->path_len;
	m.m_pm_vfs_exec.frame = e->frame;
	m.m_pm_vfs_exec.frame_len = e->frame_len;
	m.m_pm_vfs_exec.uid = mp->mp_euid;
	m.m_pm_vfs_exec.gid = mp->mp_egid;
	r = tell_vfs(PM_VFS_EXEC, &m);
	if (r != OK && (m.m_pm_vfs_exec_reply.flags & EXEC_DEAD)) {
		pm_exit(mp, W_EXITCODE(0, SIGKILL));
		return -EDONTREPLY;
	}
	if (r != OK)
		return r;
	reset_handlers(mp);
	if (m.m_pm_vfs_exec_reply.flags & EXEC_SETUID)
		mp->mp_euid = m.m_pm_vfs_exec_reply.setuid;
	if (m.m_pm_vfs_exec_reply.flags & EXEC_SETGID)
		mp->mp_egid = m.m_pm_vfs_exec_reply.setgid;
	m.m_pm_vfs_exec_reply.name[PROC_NAME_LEN - 1] = '\0';
	strcpy(mp->mp_name, m.m_pm_vfs_exec_reply.name);
	r = sys_exec(mp->mp_endpoint, m.m_pm_vfs_exec_reply.sp,
		m.m_pm_vfs_exec_reply.pc, mp->mp_name,
		mp->mp_euid == 0 ? EXEC_ROOT : 0);
	if (r != OK) {
		pm_exit(mp, W_EXITCODE(0, SIGKILL));
		return -EDONTREPLY;
	}
	return -EDONTREPLY;
}
