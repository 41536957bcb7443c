/*
 * faulty.h - the faulty driver's controls (test/drivers/faulty).
 *
 * faulty exists for the recovery tests: reading /dev/faulty gives
 * FAULTY_MSG, so that a test can see the driver work after a restart,
 * and these ioctls make it fail on purpose.  Only root may open it.
 */
#ifndef _MINIX_FAULTY_H
#define _MINIX_FAULTY_H

#define FAULTY_MSG	"Faulty, but working.\n"

/* ioctl requests ('F' group), all without an argument but the last. */
#define FAULTY_CRASH	0x4601	/* dereference NULL */
#define FAULTY_HANG	0x4602	/* loop forever: only the heartbeat sees it */
#define FAULTY_EXIT	0x4603	/* exit(1) */
#define FAULTY_FAILINIT	0x4604	/* crash now, and fail every restart after */
#define FAULTY_SELECTS	0x4605	/* uint32_t: selects waiting at this instance */
#define FAULTY_ASSERT	0x4606	/* fail an assert(): libsys's, a panic */

#endif
