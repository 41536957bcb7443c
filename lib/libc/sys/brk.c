/*
 * brk.c - the heap.
 *
 * The break starts at the end of the program's data (_end) and grows by
 * whole pages that the kernel maps for us (SYS_MEMMAP on ourselves, which
 * every process may do).  Nobody else needs to know where it is: fork
 * copies it with the rest of memory and exec starts afresh.
 */
#include <unistd.h>
#include <stdint.h>
#include <minix/config.h>
#include "syscall.h"

#define PAGE	4096u

extern char _end[];
static uintptr_t cur_brk;	/* the break */
static uintptr_t mapped;	/* pages are mapped up to here */

static int map_pages(uintptr_t from, uintptr_t to)
{
	message m;

	msg_clear(&m);
	m.m_sys_memmap.op = MM_ALLOC;
	m.m_sys_memmap.ep = SELF;
	m.m_sys_memmap.addr = from;
	m.m_sys_memmap.len = to - from;
	m.m_sys_memmap.flags = MM_FLAG_WRITE;
	return _syscall(SYSTEM, SYS_MEMMAP, &m);
}

int brk(void *addr)
{
	uintptr_t a = (uintptr_t) addr, want;

	if (cur_brk == 0)
		cur_brk = mapped = ((uintptr_t) _end + PAGE - 1) & ~(PAGE - 1);
	if (a > HEAP_LIMIT || a < (uintptr_t) _end) {
		errno = ENOMEM;
		return -1;
	}
	want = (a + PAGE - 1) & ~(PAGE - 1);
	if (want > mapped) {
		if (map_pages(mapped, want) < 0) {
			errno = ENOMEM;
			return -1;
		}
		mapped = want;
	}
	cur_brk = a;
	return 0;
}

void *sbrk(intptr_t incr)
{
	uintptr_t old;

	if (cur_brk == 0 && brk(_end) < 0)
		return (void *) -1;
	old = cur_brk;
	if (incr != 0 && brk((void *) (old + incr)) < 0)
		return (void *) -1;
	return (void *) old;
}
