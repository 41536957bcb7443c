/*
 * devmem.c - device memory in a driver's address space.
 *
 * A driver reaches its device through memory-mapped registers (a PCI
 * memory BAR, which the pci driver added to its privileges when it
 * reserved the device) and hands the device buffers it reads and writes
 * by DMA.  Both are placed one after the other in the window
 * [DEVMEM_BASE, DEVMEM_TOP) of <minix/config.h>, which the heap never
 * grows into.  Nothing is unmapped: a driver keeps its device for life,
 * and its end frees its DMA pages.
 *
 * Entry points: map_phys(), alloc_dma().
 */
#include <minix/syslib.h>

#define PAGE		4096u
#define ROUND(n)	(((n) + PAGE - 1) & ~(PAGE - 1))

static vir_bytes next = DEVMEM_BASE;	/* the window is free from here */

/* Room for len bytes (whole pages) in the window, or 0. */
static vir_bytes room(size_t len)
{
	if (len == 0 || ROUND(len) < len || ROUND(len) > DEVMEM_TOP - next)
		return 0;
	return next;
}

/* Map the device memory [phys, phys+len), writable; *ptr points at
 * phys. */
int map_phys(phys_bytes phys, size_t len, void **ptr)
{
	phys_bytes base = phys & ~(PAGE - 1);
	size_t span = ROUND(phys - base + len);
	vir_bytes at;
	int r;

	if (len == 0 || phys + len < phys || (at = room(span)) == 0)
		return -ENOMEM;
	r = sys_memmap(MM_MAP_PHYS, SELF, at, span, base, MM_FLAG_WRITE);
	if (r != OK)
		return r;
	next += span;
	*ptr = (void *) (at + (phys - base));
	return OK;
}

/* len bytes of zeroed memory for DMA, physically contiguous: where we
 * see it (*ptr) and where the device does (*phys). */
int alloc_dma(size_t len, void **ptr, phys_bytes *phys)
{
	vir_bytes at;
	int r;

	if ((at = room(len)) == 0)
		return -ENOMEM;
	if ((r = sys_dmaalloc(at, ROUND(len), phys)) != OK)
		return r;
	next += ROUND(len);
	*ptr = (void *) at;
	return OK;
}
