/*
 * mman.c - mmap, munmap and mprotect.
 *
 * Where mappings go is libc's business alone: an anonymous private
 * mapping is pages of the process's own, which the kernel gives any
 * process for itself (SYS_MEMMAP on SELF: MM_ALLOC zeroed pages, MM_FREE,
 * MM_PROTECT), just as brk grows the heap.  No server needs to know:
 * fork copies the pages with the rest of memory (and this file's table
 * of them with its data), exec starts from nothing, exit frees it all.
 * The range mmap hands out is [MMAP_BASE, MMAP_TOP) (minix/config.h),
 * one bit per page in `used`, first fit.  A file mapped MAP_PRIVATE is
 * read into fresh pages: a copy, which is what MAP_PRIVATE promises
 * until someone else writes the file.  MAP_SHARED would need pages
 * shared across fork, which the kernel does not do: ENOTSUP.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <minix/config.h>
#include "syscall.h"

#define PAGE		4096u
#define NPAGES		((MMAP_TOP - MMAP_BASE) / PAGE)

static uint32_t used[NPAGES / 32];

static int page_used(uint32_t i)
{
	return (used[i / 32] >> (i % 32)) & 1;
}

static void mark(uint32_t first, uint32_t n, int on)
{
	for (uint32_t i = first; i < first + n; i++) {
		if (on)
			used[i / 32] |= 1u << (i % 32);
		else
			used[i / 32] &= ~(1u << (i % 32));
	}
}

/* n free pages in a row, from page `from` on; NPAGES if there are none. */
static uint32_t find_free(uint32_t from, uint32_t n)
{
	uint32_t run = 0;

	for (uint32_t i = from; i < NPAGES; i++) {
		run = page_used(i) ? 0 : run + 1;
		if (run == n)
			return i + 1 - n;
	}
	return NPAGES;
}

static int memmap(int op, uintptr_t addr, size_t len, int flags)
{
	message m;

	msg_clear(&m);
	m.m_sys_memmap.op = op;
	m.m_sys_memmap.ep = SELF;
	m.m_sys_memmap.addr = addr;
	m.m_sys_memmap.len = len;
	m.m_sys_memmap.flags = flags;
	return _syscall(SYSTEM, SYS_MEMMAP, &m);
}

static int access_flags(int prot)
{
	if (prot == PROT_NONE)
		return MM_FLAG_NONE;
	return (prot & PROT_WRITE) ? MM_FLAG_WRITE : 0;
}

static int in_range(uintptr_t a, size_t len)
{
	return a >= MMAP_BASE && a <= MMAP_TOP && len <= MMAP_TOP - a;
}

/* Where a new mapping of n pages goes: addr itself for MAP_FIXED (what
 * was there goes), else the hint if it is free, else the first room.
 * 0 with errno set when there is none. */
static uintptr_t place(uintptr_t addr, uint32_t n, int fixed)
{
	uint32_t first;

	if (fixed) {
		if ((addr & (PAGE - 1)) || !in_range(addr, n * PAGE)) {
			errno = (addr & (PAGE - 1)) ? EINVAL : ENOMEM;
			return 0;
		}
		first = (addr - MMAP_BASE) / PAGE;
		(void) memmap(MM_FREE, addr, n * PAGE, 0);
		mark(first, n, 0);
		return addr;
	}
	addr &= ~(uintptr_t) (PAGE - 1);
	if (in_range(addr, n * PAGE) &&
	    find_free((addr - MMAP_BASE) / PAGE, n) == (addr - MMAP_BASE) / PAGE)
		return addr;
	if ((first = find_free(0, n)) == NPAGES) {
		errno = ENOMEM;
		return 0;
	}
	return MMAP_BASE + first * PAGE;
}

/* Copies len bytes of fd from off into the new pages at a, leaving the
 * file's offset where it was. */
static int read_file(int fd, uintptr_t a, size_t len, off_t off)
{
	off_t was = lseek(fd, 0, SEEK_CUR);
	ssize_t r = 0;
	size_t got = 0;

	if (was < 0 || lseek(fd, off, SEEK_SET) < 0)
		return -1;
	while (got < len && (r = read(fd, (char *) a + got, len - got)) > 0)
		got += (size_t) r;
	lseek(fd, was, SEEK_SET);
	return r < 0 ? -1 : 0;
}

/* The checks on a file to be mapped: open for reading, a regular file. */
static int check_file(int fd, off_t off)
{
	struct stat st;
	int fl;

	if ((fl = fcntl(fd, F_GETFL)) < 0)
		return -1;			/* EBADF */
	if ((fl & O_ACCMODE) == O_WRONLY) {
		errno = EACCES;
		return -1;
	}
	if (fstat(fd, &st) < 0)
		return -1;
	if (!S_ISREG(st.st_mode)) {
		errno = ENODEV;
		return -1;
	}
	if (off < 0 || (off & (PAGE - 1))) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int anon = (flags & MAP_ANONYMOUS) != 0;
	uint32_t n = (uint32_t) ((len + PAGE - 1) / PAGE);
	uintptr_t a;

	if (len == 0 || (flags & (MAP_SHARED | MAP_PRIVATE)) == 0 ||
	    (flags & MAP_SHARED && flags & MAP_PRIVATE) ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) ||
	    (flags & ~(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS))) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (flags & MAP_SHARED) {
		errno = ENOTSUP;
		return MAP_FAILED;
	}
	if (len > MMAP_TOP - MMAP_BASE) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	if (!anon && check_file(fd, off) < 0)
		return MAP_FAILED;
	if ((a = place((uintptr_t) addr, n, flags & MAP_FIXED)) == 0)
		return MAP_FAILED;
	if (memmap(MM_ALLOC, a, n * PAGE, MM_FLAG_WRITE) < 0) {
		memmap(MM_FREE, a, n * PAGE, 0);	/* what did come */
		errno = ENOMEM;
		return MAP_FAILED;
	}
	mark((a - MMAP_BASE) / PAGE, n, 1);
	if ((!anon && read_file(fd, a, len, off) < 0) || (prot != (PROT_READ
	    | PROT_WRITE) && memmap(MM_PROTECT, a, n * PAGE,
	    access_flags(prot)) < 0)) {
		int e = errno;
		munmap((void *) a, n * PAGE);
		errno = e;
		return MAP_FAILED;
	}
	return (void *) a;
}

int munmap(void *addr, size_t len)
{
	uintptr_t a = (uintptr_t) addr;
	uint32_t n = (uint32_t) ((len + PAGE - 1) / PAGE);

	if (len == 0 || (a & (PAGE - 1)) || !in_range(a, n * PAGE)) {
		errno = EINVAL;
		return -1;
	}
	if (memmap(MM_FREE, a, n * PAGE, 0) < 0)
		return -1;
	mark((a - MMAP_BASE) / PAGE, n, 0);
	return 0;
}

/* Any of the process's pages, mmap's or not; every page in the range
 * must be there (ENOMEM). */
int mprotect(void *addr, size_t len, int prot)
{
	uintptr_t a = (uintptr_t) addr;

	if ((a & (PAGE - 1)) || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))) {
		errno = EINVAL;
		return -1;
	}
	if (len == 0)
		return 0;
	return memmap(MM_PROTECT, a, len, access_flags(prot)) < 0 ? -1 : 0;
}
