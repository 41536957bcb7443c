/*
 * do_vircopy.c - SYS_VIRCOPY: copy between two address spaces.
 *
 * Only PM and VFS have this call: they read and write their clients'
 * buffers (paths, stat results) named by raw addresses in the calls.
 */
#include "kernel.h"
#include "system.h"

int do_vircopy(struct proc *caller, message *m)
{
	const struct m_sys_vircopy *vc = &m->m_sys_vircopy;
	struct proc *src, *dst;
	int r;

	if ((r = call_target(caller, vc->src_ep, &src)) != OK
	    || (r = call_target(caller, vc->dst_ep, &dst)) != OK)
		return r;
	return copy_vir(src, vc->src_addr, dst, vc->dst_addr, vc->bytes);
}
