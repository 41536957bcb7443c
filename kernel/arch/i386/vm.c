/*
 * vm.c - address spaces.
 *
 * Every process has its own page directory.  Its top quarter (from
 * KERNBASE) is the kernel's: the same 4 MiB supervisor-only pages in every
 * directory, mapping physical memory at KERNBASE.  The rest is the
 * process's, in 4 KiB pages.  A page the process owns is freed with it; a
 * page marked PG_SHARED (device memory, a boot module) is only unmapped.
 *
 * A DMA page (PG_DMA) is owned, but a device may go on writing into it
 * after its owner's end, so it is freed to be handed out last.
 *
 * The kernel reaches a process's memory by translating its addresses
 * through its page tables, never by touching user addresses directly, so
 * a bad user pointer is an EFAULT for the caller and never a kernel fault.
 *
 * Physical memory above the direct map is reached through temporary
 * mappings: kmap() maps one frame at a time into a ring of KMAP_SLOTS
 * pages of a page table every address space shares (the user pages that
 * live up there: a pointer it gives stays good for the next KMAP_SLOTS-1
 * calls, far more than any copy holds at once), and at boot the firmware
 * tables at the top of a large RAM are read through a window of two
 * 4 MiB pages (vm_window), closed before any process exists.
 *
 * Entry points: vm_init(), kmap(), vm_window(), vm_window_close(),
 * pt_create(), pt_destroy(), pt_map(),
 * pt_alloc_range(), pt_range_unmapped(), umap(), copy_vir()
 * (vm_switch() is in switch.h).
 */
#include "kernel.h"

static uint32_t kernel_pgdir[1024] __attribute__((aligned(PAGE_SIZE)));
phys_bytes kernel_cr3;

/* Grows whenever a user mapping is taken away or loses access anywhere,
 * and when an address space is made: a kernel pointer into a process's
 * memory remembered at epoch E (umap()'s last page, the IPC fast path's
 * receive buffers) is still good while pt_epoch == E. */
uint32_t pt_epoch = 1;		/* never 0: a slot never used has 0 */

#define PDE_INDEX(va)	((va) >> PDE_SHIFT)
#define PTE_INDEX(va)	(((va) >> PAGE_SHIFT) & 0x3FF)
#define FRAME(e)	((e) & ~(PAGE_SIZE - 1))

#define KMAP_SLOTS	1024
static uint32_t kmap_pt[KMAP_SLOTS] __attribute__((aligned(PAGE_SIZE)));
static uint32_t kmap_next;

/* A kernel pointer to the frame holding physical address pa. */
void *kmap(phys_bytes pa)
{
	vir_bytes va;

	if (pa < DIRECTMAP_LIMIT)
		return phys_to_vir(pa);
	va = KMAP_BASE + (vir_bytes) kmap_next * PAGE_SIZE;
	kmap_pt[kmap_next] = FRAME(pa) | PG_P | PG_RW;
	kmap_next = (kmap_next + 1) % KMAP_SLOTS;
	invlpg(va);
	return (void *) (va + (pa & (PAGE_SIZE - 1)));
}

/* Map physical memory at KERNBASE with global 4 MiB pages and drop the
 * identity map that booting needed. */
void vm_init(void)
{
	uint32_t i, n = DIRECTMAP_LIMIT / BIGPAGE_SIZE;

	kernel_pgdir[KMAP_PDE] = vir_to_phys(kmap_pt) | PG_P | PG_RW;
	for (i = 0; i < n; i++)
		kernel_pgdir[KERNEL_PDE + i] =
			(i * BIGPAGE_SIZE) | PG_P | PG_RW | PG_PS | PG_G;
	write_cr4(read_cr4() | CR4_PSE | (cpu_has_pge() ? CR4_PGE : 0));
	kernel_cr3 = vir_to_phys(kernel_pgdir);
	write_cr3(kernel_cr3);
}

#define WINDOW_PDE	1022		/* the window: PDEs 1022 and 1023 */
#define WINDOW_BASE	((vir_bytes) WINDOW_PDE << PDE_SHIFT)

/* A kernel pointer to physical address pa, good for at least 4 MiB from
 * it, until the next call.  Boot only: processes do not see the window. */
void *vm_window(phys_bytes pa)
{
	phys_bytes big = pa & ~(phys_bytes) (BIGPAGE_SIZE - 1);

	if (pa < DIRECTMAP_LIMIT - BIGPAGE_SIZE)
		return phys_to_vir(pa);
	kernel_pgdir[WINDOW_PDE] = big | PG_P | PG_PS;
	kernel_pgdir[WINDOW_PDE + 1] = (big + BIGPAGE_SIZE) | PG_P | PG_PS;
	write_cr3(kernel_cr3);		/* not global: this flushes them */
	return (void *) (WINDOW_BASE + (pa - big));
}

void vm_window_close(void)
{
	kernel_pgdir[WINDOW_PDE] = kernel_pgdir[WINDOW_PDE + 1] = 0;
	write_cr3(kernel_cr3);
}

/* Give p an empty address space that shares the kernel's mappings. */
int pt_create(struct proc *p)
{
	phys_bytes pd = alloc_page();

	if (pd == 0)
		return -ENOMEM;
	pt_epoch++;		/* p's remembered translations are another's */
	p->p_cr3 = pd;
	p->p_pgdir = phys_to_vir(pd);
	memcpy(&p->p_pgdir[KERNEL_PDE], &kernel_pgdir[KERNEL_PDE],
		(1024 - KERNEL_PDE) * sizeof(uint32_t));
	p->p_mem = 0;
	return OK;
}

/* Free the frame a page-table entry owns: a device may still write into
 * a DMA frame (its driver died), so that one is handed out last. */
static void free_frame(uint32_t pte)
{
	if (pte & PG_DMA)
		free_page_last(FRAME(pte));
	else
		free_page(FRAME(pte));
}

/* Free all of p's user memory, its page tables and its directory. */
void pt_destroy(struct proc *p)
{
	uint32_t *pt;
	int i, j;

	if (p->p_pgdir == NULL)
		return;
	pt_epoch++;
	for (i = 0; i < KERNEL_PDE; i++) {
		if (!(p->p_pgdir[i] & PG_P))
			continue;
		pt = phys_to_vir(FRAME(p->p_pgdir[i]));
		for (j = 0; j < 1024; j++)
			if ((pt[j] & PG_P) && !(pt[j] & PG_SHARED))
				free_frame(pt[j]);
		free_page(FRAME(p->p_pgdir[i]));
	}
	if (read_cr3() == p->p_cr3)
		write_cr3(kernel_cr3);
	free_page(p->p_cr3);
	p->p_pgdir = NULL;
	p->p_cr3 = 0;
	p->p_mem = 0;
}

/* The page-table entry for va in p, allocating its table if asked. */
static uint32_t *pte_of(struct proc *p, vir_bytes va, bool alloc)
{
	uint32_t *pde = &p->p_pgdir[PDE_INDEX(va)];
	phys_bytes pt;

	if (!(*pde & PG_P)) {
		if (!alloc || (pt = alloc_page()) == 0)
			return NULL;
		*pde = pt | PG_P | PG_RW | PG_U;
	}
	return (uint32_t *) phys_to_vir(FRAME(*pde)) + PTE_INDEX(va);
}

/* Map one page of p at va to frame pa.  flags: PG_RW, PG_SHARED, PG_DMA. */
int pt_map(struct proc *p, vir_bytes va, phys_bytes pa, uint32_t flags)
{
	uint32_t *pte;

	if (va >= USER_TOP)
		return -EFAULT;
	if ((pte = pte_of(p, va, true)) == NULL)
		return -ENOMEM;
	if ((*pte & PG_P) && !(*pte & PG_SHARED))
		return -EEXIST;
	if (*pte & PG_P)
		pt_epoch++;		/* a shared page is replaced */
	*pte = FRAME(pa) | PG_P | PG_U | (flags & (PG_RW | PG_SHARED | PG_DMA));
	if (!(flags & PG_SHARED))
		p->p_mem += PAGE_SIZE;
	if (read_cr3() == p->p_cr3)
		invlpg(va);
	return OK;
}

/* Give p fresh zeroed pages over [va, va+len). */
int pt_alloc_range(struct proc *p, vir_bytes va, vir_bytes len, bool writable)
{
	vir_bytes a, end = va + len;
	phys_bytes f;
	int r;

	if (end < va || end > USER_TOP)
		return -EFAULT;
	for (a = va & ~(PAGE_SIZE - 1); a < end; a += PAGE_SIZE) {
		uint32_t *pte = pte_of(p, a, false);
		if (pte != NULL && (*pte & PG_P))
			continue;		/* already there (shared boundary) */
		if (!mem_room_for(p, 1) || (f = alloc_user_page()) == 0)
			return -ENOMEM;
		if ((r = pt_map(p, a, f, writable ? PG_RW : 0)) != OK) {
			free_page(f);
			return r;
		}
	}
	return OK;
}

/* The walk under umap.  Every IPC message passes through here, so it is
 * written out. */
static void *umap_walk(struct proc *p, vir_bytes va, bool write)
{
	uint32_t need = PG_P | PG_U | (write ? PG_RW : 0);
	uint32_t pde, pte;
	phys_bytes pa;

	if (va >= USER_TOP || p->p_pgdir == NULL)
		return NULL;
	pde = p->p_pgdir[PDE_INDEX(va)];
	if (!(pde & PG_P))
		return NULL;
	pte = ((uint32_t *) phys_to_vir(FRAME(pde)))[PTE_INDEX(va)];
	if ((pte & need) != need)
		return NULL;
	pa = FRAME(pte) | (va & (PAGE_SIZE - 1));
	return kmap(pa);
}

/* Translate p's address va to a kernel pointer, checking that user mode
 * may read it (and write it, if asked).  NULL if it may not.  A stack
 * page not touched yet appears, as it would have at the user's own
 * access: a program may hand the kernel a fresh stack buffer.
 *
 * The last page found for each process is remembered (a one-entry TLB
 * in software): a server receives into the same buffer every time and a
 * client sends from the same stack slot, so most messages need no walk.
 * It is good while pt_epoch has not moved, and for writing only if the
 * walk that found it checked writing.  A page above the direct map is
 * not remembered: its kmap() slot will be another frame's.  umap()
 * (umap.h) looks there inline; umap_miss() walks and remembers. */
void *umap_miss(struct proc *p, vir_bytes va, bool write)
{
	vir_bytes page = va & ~(PAGE_SIZE - 1);
	uint8_t *k;

	k = umap_walk(p, va, write);
	if (k == NULL && pt_grow_stack(p, va))
		k = umap_walk(p, va, write);
	if (k != NULL && kptr_lasts(k)) {
		p->p_umap_va = page;
		p->p_umap_k = k - (va & (PAGE_SIZE - 1));
		p->p_umap_rw = write;
		p->p_umap_epoch = pt_epoch;
	}
	return k;
}

/* Copy n bytes from (sp, sa) to (dp, da).  A NULL process means the
 * kernel's own address space.  Fails with EFAULT, copying nothing more,
 * at the first page user mode could not have touched. */
int copy_vir(struct proc *sp, vir_bytes sa, struct proc *dp, vir_bytes da,
	size_t n)
{
	size_t chunk;
	void *s, *d;

	if ((sp != NULL && sa + n < sa) || (dp != NULL && da + n < da))
		return -EFAULT;
	while (n > 0) {
		chunk = n;
		if (sp != NULL)
			chunk = MIN(chunk, PAGE_SIZE - (sa & (PAGE_SIZE - 1)));
		if (dp != NULL)
			chunk = MIN(chunk, PAGE_SIZE - (da & (PAGE_SIZE - 1)));
		s = sp != NULL ? umap(sp, sa, false) : (void *) sa;
		d = dp != NULL ? umap(dp, da, true) : (void *) da;
		if (s == NULL || d == NULL)
			return -EFAULT;
		memmove(d, s, chunk);
		sa += chunk;
		da += chunk;
		n -= chunk;
	}
	return OK;
}

/* Can user mode of p write [va, va+n)? */
bool user_writable(struct proc *p, vir_bytes va, size_t n)
{
	vir_bytes a, end = va + n;

	if (end < va)
		return false;
	for (a = va & ~(PAGE_SIZE - 1); a < end; a += PAGE_SIZE)
		if (umap(p, a < va ? va : a, true) == NULL)
			return false;
	return true;
}

/* Copy from the kernel into p's memory regardless of write protection
 * (loading a program's text).  The pages must be present. */
int copy_to_proc(struct proc *p, vir_bytes va, const void *src, size_t n)
{
	const char *s = src;
	uint32_t *pte;
	size_t chunk;

	while (n > 0) {
		chunk = MIN(n, PAGE_SIZE - (va & (PAGE_SIZE - 1)));
		if (va >= USER_TOP || (pte = pte_of(p, va, false)) == NULL
		    || !(*pte & PG_P))
			return -EFAULT;
		memcpy(kmap(FRAME(*pte) | (va & (PAGE_SIZE - 1))), s, chunk);
		va += chunk;
		s += chunk;
		n -= chunk;
	}
	return OK;
}

/* Make p's pages over [va, va+len) read-only. */
void pt_protect(struct proc *p, vir_bytes va, vir_bytes len)
{
	vir_bytes a;
	uint32_t *pte;

	pt_epoch++;
	for (a = va & ~(PAGE_SIZE - 1); a < va + len; a += PAGE_SIZE)
		if ((pte = pte_of(p, a, false)) != NULL && (*pte & PG_P))
			*pte &= ~PG_RW;
	if (read_cr3() == p->p_cr3)
		write_cr3(p->p_cr3);
}

/* Set user mode's access to p's pages over [va, va+len): MM_FLAG_WRITE
 * read and write, MM_FLAG_NONE none at all (the page stays, as a
 * supervisor page: a touch faults, a kernel copy fails), neither read
 * only.  -ENOMEM, and nothing changed, if a page there is not mapped. */
int pt_set_access(struct proc *p, vir_bytes va, vir_bytes len, int flags)
{
	vir_bytes a, start = va & ~(PAGE_SIZE - 1);
	uint32_t *pte;

	for (a = start; a < va + len; a += PAGE_SIZE)
		if ((pte = pte_of(p, a, false)) == NULL || !(*pte & PG_P))
			return -ENOMEM;
	pt_epoch++;
	for (a = start; a < va + len; a += PAGE_SIZE) {
		pte = pte_of(p, a, false);
		*pte &= ~(PG_RW | PG_U);
		if (!(flags & MM_FLAG_NONE))
			*pte |= PG_U | ((flags & MM_FLAG_WRITE) ? PG_RW : 0);
	}
	if (read_cr3() == p->p_cr3)
		write_cr3(p->p_cr3);
	return OK;
}

/* Give child a copy of parent's address space: owned pages are copied,
 * shared ones (device memory) are shared, and each keeps its access. */
int pt_copy(struct proc *child, struct proc *parent)
{
	uint32_t *pt;
	phys_bytes f;
	vir_bytes va;
	int i, j;

	for (i = 0; i < KERNEL_PDE; i++) {
		if (!(parent->p_pgdir[i] & PG_P))
			continue;
		pt = phys_to_vir(FRAME(parent->p_pgdir[i]));
		for (j = 0; j < 1024; j++) {
			if (!(pt[j] & PG_P))
				continue;
			va = ((vir_bytes) i << PDE_SHIFT) | ((vir_bytes) j << PAGE_SHIFT);
			if (pt[j] & PG_SHARED) {
				if (pt_map(child, va, FRAME(pt[j]), pt[j]) != OK)
					return -ENOMEM;
				continue;
			}
			if ((f = alloc_user_page()) == 0)
				return -ENOMEM;
			memcpy(kmap(f), kmap(FRAME(pt[j])), PAGE_SIZE);
			if (pt_map(child, va, f, pt[j] & PG_RW) != OK) {
				free_page(f);
				return -ENOMEM;
			}
			if (!(pt[j] & PG_U))		/* mprotect PROT_NONE */
				*pte_of(child, va, false) &= ~PG_U;
		}
	}
	child->p_stack_limit = parent->p_stack_limit;
	return OK;
}

/* Unmap [va, va+len) of p, freeing the pages it owns. */
void pt_unmap_range(struct proc *p, vir_bytes va, vir_bytes len)
{
	vir_bytes a;
	uint32_t *pte;

	pt_epoch++;
	for (a = va & ~(PAGE_SIZE - 1); a < va + len && a < USER_TOP;
	     a += PAGE_SIZE) {
		if ((pte = pte_of(p, a, false)) == NULL || !(*pte & PG_P))
			continue;
		if (!(*pte & PG_SHARED)) {
			free_frame(*pte);
			p->p_mem -= PAGE_SIZE;
		}
		*pte = 0;
		if (read_cr3() == p->p_cr3)
			invlpg(a);
	}
}

/* A page fault at va in p: true if it was a stack page that may appear
 * on demand, and now has. */
bool pt_grow_stack(struct proc *p, vir_bytes va)
{
	vir_bytes page = va & ~(PAGE_SIZE - 1);

	if (p->p_stack_limit == 0 || va < p->p_stack_limit
	    || va >= USER_STACK_TOP)
		return false;
	return pt_alloc_range(p, page, PAGE_SIZE, true) == OK;
}

/* Is nothing of p mapped over [va, va+len)? */
bool pt_range_unmapped(struct proc *p, vir_bytes va, vir_bytes len)
{
	vir_bytes a;
	uint32_t *pte;

	for (a = va & ~(PAGE_SIZE - 1); a < va + len; a += PAGE_SIZE)
		if ((pte = pte_of(p, a, false)) != NULL && (*pte & PG_P))
			return false;
	return true;
}
