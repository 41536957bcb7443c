/*
 * minix/layout.h - a program's address space, as exec lays it out and
 * libc fills it: the stack at the top (the kernel's USER_STACK_TOP),
 * growing on demand down to STACK_MAX below it; the heap from the end
 * of the program's data up to HEAP_LIMIT; mmap()'s pages between
 * HEAP_LIMIT and MMAP_TOP, a gap short of the lowest stack page.
 */
#ifndef _MINIX_LAYOUT_H
#define _MINIX_LAYOUT_H

#define STACK_TOP	0xBFFFF000u	/* the kernel's USER_STACK_TOP */
#define STACK_MAX	(8u << 20)
#define HEAP_LIMIT	0xA0000000u
#define MMAP_BASE	HEAP_LIMIT
#define MMAP_TOP	0xBF000000u	/* below STACK_TOP - STACK_MAX */

#endif
