/*
 * umap.h - the kernel address of a user address, checked for user
 * access (reading, or writing too): umap().  The page found last for
 * each process is remembered (vm.c says when it stays good); looking
 * there is inline, since every IPC message asks, and the page-table
 * walk is umap_miss() in vm.c.  NULL if p's user mode may not.
 */
#ifndef _UMAP_H
#define _UMAP_H

/* kmap()'s ring of temporary mappings (vm.c): the last page directory
 * entry but two.  Everything below it is the direct map. */
#define KMAP_PDE	1021
#define KMAP_BASE	((vir_bytes) KMAP_PDE << PDE_SHIFT)

/* Whether kernel pointer k (from kmap or umap) may be kept: one into the
 * direct map may (while pt_epoch holds); a kmap() slot is reused
 * KMAP_SLOTS calls later, for another frame, so it may not. */
static inline bool kptr_lasts(const void *k)
{
	return (uintptr_t) k < KMAP_BASE;
}

static inline void *umap(struct proc *p, vir_bytes va, bool write)
{
	if ((va & ~(PAGE_SIZE - 1)) == p->p_umap_va
	    && p->p_umap_epoch == pt_epoch && (p->p_umap_rw || !write))
		return p->p_umap_k + (va & (PAGE_SIZE - 1));
	return umap_miss(p, va, write);
}

#endif
