/*
 * memory.c - physical page frames.
 *
 * Free frames form a list threaded through the frames themselves (the
 * kernel can reach every frame below DIRECTMAP_LIMIT).  Frames come from
 * the firmware's memory map less what boot left there: the kernel image,
 * the boot modules and the multiboot information.
 *
 * Entry points: mem_init(), alloc_page(), free_page(), mem_free_bytes().
 */
#include "kernel.h"

static phys_bytes free_head;	/* 0: no free frame (frame 0 is never free) */
static uint32_t free_count, total_count;

static bool reserved(phys_bytes frame, const struct mem_range *res, int nres)
{
	int i;

	for (i = 0; i < nres; i++)
		if (frame + PAGE_SIZE - 1 >= res[i].mr_base
		    && frame <= res[i].mr_limit)
			return true;
	return false;
}

/* Add the whole frames of [base, limit] that nothing else holds. */
void mem_init(const struct mem_range *avail, int navail,
	const struct mem_range *res, int nres)
{
	phys_bytes f, first, last;
	int i;

	for (i = 0; i < navail; i++) {
		first = (avail[i].mr_base + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
		last = avail[i].mr_limit;
		if (last >= DIRECTMAP_LIMIT)
			last = DIRECTMAP_LIMIT - 1;
		if (first < 0x100000)
			first = 0x100000;	/* BIOS and VGA live below */
		for (f = first; f + PAGE_SIZE - 1 <= last && f >= first;
		     f += PAGE_SIZE) {
			if (reserved(f, res, nres))
				continue;
			free_page(f);
			total_count++;
		}
	}
}

/* A zeroed frame, or 0 when memory is exhausted. */
phys_bytes alloc_page(void)
{
	phys_bytes f = free_head;

	if (f == 0)
		return 0;
	free_head = *(phys_bytes *) phys_to_vir(f);
	free_count--;
	memset(phys_to_vir(f), 0, PAGE_SIZE);
	return f;
}

void free_page(phys_bytes f)
{
	KASSERT((f & (PAGE_SIZE - 1)) == 0 && f != 0);
	*(phys_bytes *) phys_to_vir(f) = free_head;
	free_head = f;
	free_count++;
}

uint32_t mem_free_bytes(void)
{
	return free_count * PAGE_SIZE;
}

uint32_t mem_total_bytes(void)
{
	return total_count * PAGE_SIZE;
}
