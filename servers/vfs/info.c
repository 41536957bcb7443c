/*
 * info.c - VFS_SYSINFO: how much of each of VFS's tables is in use.
 *
 * A leak of a descriptor, a vnode or a lock shows from outside as a
 * count that does not come back (test/programs/sysfuzz compares them
 * before and after a fuzzing run).  Entry point: do_sysinfo.
 */
#include <string.h>
#include "vfs.h"

static uint32_t procs_in_use(void)
{
	uint32_t n = 0;
	int i;

	for (i = 0; i < NR_PROCS; i++)
		n += fproc[i].fp_in_use;
	return n;
}

int do_sysinfo(void)
{
	struct vfs_sysinfo vi;
	uint32_t len = m_in.m_vfs_getmounts.len;
	int i;

	memset(&vi, 0, sizeof(vi));
	vi.vi_procs = procs_in_use();
	for (i = 0; i < NR_FILPS; i++)
		vi.vi_filps += filp[i].f_count > 0;
	for (i = 0; i < NR_VNODES; i++) {
		vi.vi_vnodes += vnode[i].v_ref > 0;
		vi.vi_pipes += vnode[i].v_ref > 0 && vnode[i].v_pipe != NULL;
	}
	vi.vi_locks = lock_count();
	vi.vi_selects = select_count();
	if (sys_vircopy(SELF, (vir_bytes) &vi, fp->fp_endpoint,
	    m_in.m_vfs_getmounts.buf, len < sizeof(vi) ? len : sizeof(vi))
	    != OK)
		return -EFAULT;
	return OK;
}
