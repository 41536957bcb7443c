/*
 * do_memmap.c - SYS_MEMMAP: change an address space.
 *
 * PM and VFS (PRIV_VM) shape other processes' memory: a clean space for
 * exec, pages for segments and the heap, read-only text, the demand-grown
 * stack.  Every process shapes its own: the heap (brk) and mmap's pages,
 * and their access (mprotect).  A driver may map physical memory its
 * privileges list (device memory, a boot module, with PRIV_FRAMEBUFFER
 * the boot loader's framebuffer wherever it is) into its own space.
 */
#include "kernel.h"
#include "system.h"

#define PAGE_ALIGNED(a)	(((a) & (PAGE_SIZE - 1)) == 0)

static bool phys_allowed(const struct priv *pr, phys_bytes base,
	vir_bytes len)
{
	int i;

	phys_bytes fb_base = boot_fb.fb_phys & ~(PAGE_SIZE - 1);
	phys_bytes fb_end = boot_fb.fb_phys + boot_fb.fb_pitch
		* boot_fb.fb_height;	/* bootinfo.c: within 4 GiB */

	if ((pr->s_flags & PRIV_FRAMEBUFFER) && boot_fb.fb_type == FB_RGB
	    && base >= fb_base && base + len - 1 <= ((fb_end - 1)
	    | (PAGE_SIZE - 1)))
		return true;
	for (i = 0; i < pr->s_nr_mem; i++)
		if (base >= pr->s_mem[i].mr_base
		    && base + len - 1 <= pr->s_mem[i].mr_limit)
			return true;
	return false;
}

static int map_phys(struct proc *p, const struct m_sys_memmap *mm)
{
	vir_bytes off;
	int r;

	if (!PAGE_ALIGNED(mm->phys) || mm->phys + mm->len < mm->phys
	    || !phys_allowed(p->p_priv, mm->phys, mm->len))
		return -EPERM;
	for (off = 0; off < mm->len; off += PAGE_SIZE) {
		r = pt_map(p, mm->addr + off, mm->phys + off, PG_SHARED
			| ((mm->flags & MM_FLAG_WRITE) ? PG_RW : 0));
		if (r != OK)
			return r;
	}
	return OK;
}

int do_memmap(struct proc *caller, message *m)
{
	const struct m_sys_memmap *mm = &m->m_sys_memmap;
	struct proc *p;
	int r;

	if ((r = call_target(caller, mm->ep, &p)) != OK)
		return r;
	if (p != caller && !(caller->p_priv->s_flags & PRIV_VM))
		return -EPERM;
	if (mm->op != MM_CLEAR && mm->op != MM_STACK
	    && (!PAGE_ALIGNED(mm->addr) || mm->addr + mm->len < mm->addr
		|| mm->addr + mm->len > USER_TOP))
		return -EINVAL;
	switch (mm->op) {
	case MM_CLEAR:
		if (p == caller)
			return -EINVAL;
		pt_destroy(p);
		p->p_stack_limit = 0;
		return pt_create(p);
	case MM_ALLOC:
		return pt_alloc_range(p, mm->addr, mm->len,
			(mm->flags & MM_FLAG_WRITE) != 0);
	case MM_FREE:
		pt_unmap_range(p, mm->addr, mm->len);
		return OK;
	case MM_PROTECT:
		return pt_set_access(p, mm->addr, mm->len, mm->flags);
	case MM_MAP_PHYS:
		if (p != caller)
			return -EPERM;
		return map_phys(p, mm);
	case MM_STACK:
		if (mm->addr >= USER_STACK_TOP)
			return -EINVAL;
		p->p_stack_limit = mm->addr & ~(PAGE_SIZE - 1);
		return OK;
	default:
		return -EINVAL;
	}
}
