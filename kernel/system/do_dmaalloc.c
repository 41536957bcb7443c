/*
 * do_dmaalloc.c - SYS_DMAALLOC: memory a device can reach by DMA.
 *
 * A driver of a bus-mastering device (a network card's rings and
 * buffers) needs memory that is physically contiguous and whose physical
 * address it knows.  The call maps fresh, zeroed, contiguous frames at
 * the address the caller names in its own space and says where they are.
 * They are the caller's own pages, like those of its heap: MM_FREE or the
 * caller's end frees them, so a driver that dies and is restarted leaves
 * nothing behind.  Its card may go on writing into them until the next
 * instance resets it, so they are freed to be handed out last (PG_DMA);
 * and a driver resets its card before it asks for DMA memory.
 *
 * Only processes whose privileges name the call (system DMAALLOC in
 * etc/system.conf) may make it: a plain MEMMAP, which every program has,
 * tells nobody a physical address.
 */
#include "kernel.h"
#include "system.h"

#define PAGE_ALIGNED(a)	(((a) & (PAGE_SIZE - 1)) == 0)

static int check(struct proc *p, const struct m_sys_dmaalloc *d)
{
	if (d->len == 0 || d->len > DMA_ALLOC_MAX || !PAGE_ALIGNED(d->addr)
	    || d->addr + d->len < d->addr || d->addr + d->len > USER_TOP)
		return -EINVAL;
	if (!pt_range_unmapped(p, d->addr, d->len))
		return -EEXIST;
	return OK;
}

int do_dmaalloc(struct proc *caller, message *m)
{
	vir_bytes addr = m->m_sys_dmaalloc.addr, off;
	uint32_t n = (m->m_sys_dmaalloc.len + PAGE_SIZE - 1) / PAGE_SIZE, i;
	phys_bytes base;
	int r;

	if ((r = check(caller, &m->m_sys_dmaalloc)) != OK)
		return r;
	if ((base = alloc_contig(n)) == 0)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		off = (vir_bytes) i * PAGE_SIZE;
		r = pt_map(caller, addr + off, base + off, PG_RW | PG_DMA);
		if (r != OK)
			break;
	}
	if (r != OK) {			/* no page table: undo it all */
		pt_unmap_range(caller, addr, (vir_bytes) i * PAGE_SIZE);
		for (; i < n; i++)
			free_page(base + (phys_bytes) i * PAGE_SIZE);
		return r;
	}
	m->m_sys_dmaalloc_reply.phys = base;
	return OK;
}
