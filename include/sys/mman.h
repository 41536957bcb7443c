/*
 * sys/mman.h - mapping memory: mmap, munmap, mprotect.
 *
 * Anonymous private mappings are pages of the process's own; a file
 * mapped MAP_PRIVATE is a private copy of its bytes, made at mmap time.
 * MAP_SHARED is not supported (ENOTSUP): a fork copies every page.
 */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>

#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4	/* the i386 executes what it may read */

#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_ANON	MAP_ANONYMOUS

#define MAP_FAILED	((void *) -1)

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);

#endif
