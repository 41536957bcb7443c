/*
 * memory.c - physical page frames.
 *
 * Free frames form a doubly linked list threaded through the frames
 * themselves (the kernel can reach every frame below DIRECTMAP_LIMIT),
 * so taking any one of them out is cheap; a bitmap says which frames are
 * free, so that a run of them in a row can be found for a device that
 * reaches memory by DMA (alloc_contig).  Frames come from the firmware's
 * memory map less what boot left there: the kernel image, the boot
 * modules and the multiboot information.
 *
 * Frames are handed out from the head of the list.  A frame a device
 * may still be writing into (the DMA buffers of a driver that died: its
 * card runs until the driver's next instance resets it) first waits in
 * a quarantine, outside the list and the bitmap: a packet the card
 * writes there must not land on the list's links (which live in the
 * frame) nor be handed to alloc_contig, which searches the bitmap from
 * the bottom and would give the same frames straight back to the
 * driver's next instance.  It joins the tail of the list when the
 * quarantine is full, or when memory runs out.
 *
 * The last 1/MEM_ROOT_SHARE of the frames are root's: an ordinary
 * user's process may not take them (mem_room_for()), so that a user who
 * allocates all he can still leaves root room to log in, run ps and kill
 * him.  System processes and root's (PM says which: FORK_ROOT,
 * EXEC_ROOT) may.
 *
 * Frames above the direct map (a machine with more than 896 MiB) form a
 * second pool, a bitmap alone: the kernel reaches them only through
 * kmap()'s temporary mappings, so they hold only what the kernel need not
 * keep pointers into - the pages of user memory (alloc_user_page).  Page
 * tables, directories and DMA buffers always come from the direct map.
 *
 * Entry points: mem_init(), alloc_page(), alloc_user_page(),
 * alloc_contig(), free_page(), free_page_last(), mem_free_bytes(),
 * mem_room_for().
 */
#include "kernel.h"

#define NR_FRAMES	(DIRECTMAP_LIMIT / PAGE_SIZE)
#define MEM_ROOT_SHARE	32	/* 1/32 of the frames: root's reserve */
#define FRAME_NR(f)	((f) / PAGE_SIZE)

struct free_frame {		/* the first bytes of every free frame */
	phys_bytes ff_next;	/* 0: the end (frame 0 is never free) */
	phys_bytes ff_prev;	/* 0: this is the head */
};

static phys_bytes free_head;	/* 0: no free frame */
static phys_bytes free_tail;
static bitchunk_t free_map[BITMAP_CHUNKS(NR_FRAMES)];
static uint32_t free_count, total_count;

static bool release_oldest(void);
static int q_count;		/* frames in quarantine (below) */

/* The high pool: frames from DIRECTMAP_LIMIT to 4 GiB. */
#define NR_HIGH		((uint32_t) ((0x100000000ULL - DIRECTMAP_LIMIT) / PAGE_SIZE))
#define HIGH_NR(f)	(((f) - DIRECTMAP_LIMIT) / PAGE_SIZE)
static bitchunk_t high_map[BITMAP_CHUNKS(NR_HIGH)];
static uint32_t high_free, high_next;	/* where the search starts */

static struct free_frame *ff(phys_bytes f)
{
	return phys_to_vir(f);
}

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

/* Take free frame f out of the list, zeroed. */
static void take(phys_bytes f)
{
	struct free_frame *x = ff(f);

	KASSERT(GET_BIT(free_map, FRAME_NR(f)));
	if (x->ff_prev != 0)
		ff(x->ff_prev)->ff_next = x->ff_next;
	else
		free_head = x->ff_next;
	if (x->ff_next != 0)
		ff(x->ff_next)->ff_prev = x->ff_prev;
	else
		free_tail = x->ff_prev;
	UNSET_BIT(free_map, FRAME_NR(f));
	free_count--;
	memset(phys_to_vir(f), 0, PAGE_SIZE);
}

/* A zeroed frame for user memory: from the high pool while it lasts, so
 * that the direct map is kept for what only it can hold. */
phys_bytes alloc_user_page(void)
{
	uint32_t n;

	if (high_free == 0)
		return alloc_page();
	n = (uint32_t) next_set_bit(high_map, (int) high_next, (int) NR_HIGH);
	if (n >= NR_HIGH)
		n = (uint32_t) next_set_bit(high_map, 0, (int) NR_HIGH);
	KASSERT(n < NR_HIGH);
	UNSET_BIT(high_map, n);
	high_free--;
	high_next = n + 1;
	memset(kmap(DIRECTMAP_LIMIT + (phys_bytes) n * PAGE_SIZE), 0,
		PAGE_SIZE);
	return DIRECTMAP_LIMIT + (phys_bytes) n * PAGE_SIZE;
}

/* A zeroed frame, or 0 when memory is exhausted. */
phys_bytes alloc_page(void)
{
	phys_bytes f;

	if (free_head == 0)
		(void) release_oldest();	/* the last resort */
	f = free_head;
	if (f != 0)
		take(f);
	return f;
}

/* n zeroed frames in a row: the first one's address, or 0 if no run of
 * n free frames is left.  The search starts at the bottom, while single
 * frames are handed out from the top (the list's head is the frame
 * freed last, and boot frees them upwards), so runs last longer. */
static phys_bytes find_contig(uint32_t n)
{
	int first, end, i;

	for (first = next_set_bit(free_map, 0, NR_FRAMES); first < NR_FRAMES;
	     first = next_set_bit(free_map, end, NR_FRAMES)) {
		for (end = first; end < NR_FRAMES && end - first < (int) n
		     && GET_BIT(free_map, end); end++)
			;
		if (end - first == (int) n) {
			for (i = first; i < end; i++)
				take((phys_bytes) i * PAGE_SIZE);
			return (phys_bytes) first * PAGE_SIZE;
		}
	}
	return 0;
}

phys_bytes alloc_contig(uint32_t n)
{
	phys_bytes f;

	KASSERT(n > 0);
	if ((f = find_contig(n)) == 0 && q_count > 0) {
		while (release_oldest())	/* the last resort */
			;
		f = find_contig(n);
	}
	return f;
}

static void check_freed(phys_bytes f)
{
	KASSERT((f & (PAGE_SIZE - 1)) == 0 && f != 0 && f < DIRECTMAP_LIMIT);
	KASSERT(!GET_BIT(free_map, FRAME_NR(f)));	/* freed twice */
	SET_BIT(free_map, FRAME_NR(f));
	free_count++;
}

/* A high frame goes back to its bitmap. */
static void free_high(phys_bytes f)
{
	KASSERT((f & (PAGE_SIZE - 1)) == 0);
	KASSERT(!GET_BIT(high_map, HIGH_NR(f)));	/* freed twice */
	SET_BIT(high_map, HIGH_NR(f));
	high_free++;
}

void free_page(phys_bytes f)
{
	struct free_frame *x;

	if (f >= DIRECTMAP_LIMIT) {
		free_high(f);
		return;
	}
	x = ff(f);
	check_freed(f);
	x->ff_next = free_head;
	x->ff_prev = 0;
	if (free_head != 0)
		ff(free_head)->ff_prev = f;
	else
		free_tail = f;
	free_head = f;
}

/* Put f, freed, at the tail of the list. */
static void link_last(phys_bytes f)
{
	struct free_frame *x;

	if (f >= DIRECTMAP_LIMIT) {
		free_high(f);
		return;
	}
	x = ff(f);
	check_freed(f);
	x->ff_next = 0;
	x->ff_prev = free_tail;
	if (free_tail != 0)
		ff(free_tail)->ff_next = f;
	else
		free_head = f;
	free_tail = f;
}

#define NR_QUARANTINE	256

static phys_bytes quarantine[NR_QUARANTINE];	/* a ring, oldest first */
static int q_first;

/* The oldest frame of the quarantine joins the tail of the list. */
static bool release_oldest(void)
{
	phys_bytes f;

	if (q_count == 0)
		return false;
	f = quarantine[q_first];
	q_first = (q_first + 1) % NR_QUARANTINE;
	q_count--;
	free_count--;		/* counted again by link_last() */
	link_last(f);
	return true;
}

/* Free f to be handed out last (see above). */
void free_page_last(phys_bytes f)
{
	KASSERT((f & (PAGE_SIZE - 1)) == 0 && f != 0 && f < DIRECTMAP_LIMIT);
	KASSERT(!GET_BIT(free_map, FRAME_NR(f)));
	if (q_count == NR_QUARANTINE)
		(void) release_oldest();
	quarantine[(q_first + q_count) % NR_QUARANTINE] = f;
	q_count++;
	free_count++;
}

/* May p take pages more frames (root's share included, if it is root's
 * or a system process's)? */
bool mem_room_for(const struct proc *p, uint32_t pages)
{
	uint32_t keep = total_count / MEM_ROOT_SHARE;
	uint32_t left = free_count + high_free;	/* user pages: either pool */

	if (p->p_root_mem || (p->p_priv->s_flags & PRIV_SYS_PROC))
		keep = 0;
	return left >= keep && left - keep >= pages;
}

uint32_t mem_free_bytes(void)
{
	return (free_count + high_free) * PAGE_SIZE;
}

uint32_t mem_total_bytes(void)
{
	return total_count * PAGE_SIZE;
}
