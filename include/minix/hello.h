/*
 * hello.h - the hello driver's interface (drivers/hello).
 *
 * /dev/hello reads HELLO_MSG.  The driver counts the reads it has
 * answered with it; HIOCGETREADS asks for the count.
 *
 * The count outlives a crash of the driver: hello keeps it in DS as a
 * struct hello_state under the key "<label>.state", and the instance RS
 * starts after a failure takes it up from there.  The record carries a
 * version so that a later hello can tell which layout it is reading and
 * carry the count on.
 */
#ifndef _MINIX_HELLO_H
#define _MINIX_HELLO_H

#include <minix/types.h>

#define HELLO_MSG	"Hello, World!\n"

/* ioctl requests ('h' group). */
#define HIOCGETREADS	0x6801	/* uint32_t: reads answered so far */

/* The record hello keeps in DS. */
#define HELLO_STATE_SUFFIX	".state"	/* the key: label + suffix */
#define HELLO_STATE_VERSION	1

struct hello_state {
	uint32_t hs_version;	/* HELLO_STATE_VERSION */
	uint32_t hs_reads;	/* reads answered with HELLO_MSG */
};
_Static_assert(sizeof(struct hello_state) == 8,
	"struct hello_state is stored as it is: its layout is fixed");

#endif
