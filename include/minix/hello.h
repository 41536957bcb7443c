/*
 * hello.h - the hello driver's interface (drivers/hello, and its second
 * version drivers/hello.v2).
 *
 * /dev/hello reads the version's greeting.  The driver counts the reads
 * it has answered with it; HIOCGETREADS asks for the count.
 *
 * The count outlives a crash of the driver: hello keeps it in DS as a
 * struct hello_state under the key "<label>.state", and the instance RS
 * starts after a failure takes it up from there.  A live update carries
 * the same record to the new version directly (docs/liveupdate.md).
 * The record says its version: a later layout only adds fields at the
 * end, so every version reads every record for the fields it knows.
 */
#ifndef _MINIX_HELLO_H
#define _MINIX_HELLO_H

#include <minix/types.h>

#define HELLO_MSG	"Hello, World!\n"		/* version 1 */
#define HELLO_MSG_V2	"Hello, World! (v2)\n"		/* version 2 */

/* ioctl requests ('h' group). */
#define HIOCGETREADS	0x6801	/* uint32_t: reads answered so far */

/* The record hello keeps in DS and hands to a new version. */
#define HELLO_STATE_SUFFIX	".state"	/* the key: label + suffix */
#define HELLO_STATE_V1		1		/* hs_version, hs_reads */
#define HELLO_STATE_V2		2		/* ... and hs_updates */

struct hello_state {
	uint32_t hs_version;	/* the layout: HELLO_STATE_V* */
	uint32_t hs_reads;	/* reads answered with the greeting */
	uint32_t hs_updates;	/* V2: live updates the count went through */
};
#define HELLO_STATE_V1_SIZE	8		/* the first two fields */
_Static_assert(sizeof(struct hello_state) == 12
	&& HELLO_STATE_V1_SIZE == 2 * sizeof(uint32_t),
	"struct hello_state is stored as it is: its layout is fixed");

#endif
