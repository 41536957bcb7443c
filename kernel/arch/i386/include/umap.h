/*
 * umap.h - the kernel address of a user address, checked for user
 * access (reading, or writing too): umap().  The page found last for
 * each process is remembered (vm.c says when it stays good); looking
 * there is inline, since every IPC message asks, and the page-table
 * walk is umap_miss() in vm.c.  NULL if p's user mode may not.
 */
#ifndef _UMAP_H
#define _UMAP_H

static inline void *umap(struct proc *p, vir_bytes va, bool write)
{
	if ((va & ~(PAGE_SIZE - 1)) == p->p_umap_va
	    && p->p_umap_epoch == pt_epoch && (p->p_umap_rw || !write))
		return p->p_umap_k + (va & (PAGE_SIZE - 1));
	return umap_miss(p, va, write);
}

#endif
