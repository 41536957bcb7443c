/*
 * do_setgrant.c - SYS_SETGRANT: where the caller keeps its grant table.
 *
 * The table stays in the caller's memory; the kernel reads an entry each
 * time a grantee uses it, so revoking a grant is a store by its owner.
 */
#include "kernel.h"
#include "system.h"

#define MAX_GRANT_ENTRIES	65536

int do_setgrant(struct proc *caller, message *m)
{
	int n = m->m_sys_setgrant.size;

	if (!(caller->p_priv->s_flags & PRIV_SYS_PROC))
		return -EPERM;
	if (n < 0 || n > MAX_GRANT_ENTRIES)
		return -EINVAL;
	caller->p_priv->s_grant_table = m->m_sys_setgrant.addr;
	caller->p_priv->s_grant_entries = n;
	return OK;
}
