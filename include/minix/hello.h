/*
 * hello.h - the hello driver's test controls.
 *
 * /dev/hello reads "Hello, World!\n".  /dev/hellotest (root only) takes
 * ioctls that make the driver fail on purpose, so that recovery can be
 * tested without outside tools.
 */
#ifndef _MINIX_HELLO_H
#define _MINIX_HELLO_H

#define HELLO_MSG	"Hello, World!\n"

#define HIOCCRASH	0x6801	/* dereference NULL */
#define HIOCHANG	0x6802	/* loop forever: only the heartbeat sees it */
#define HIOCEXIT	0x6803	/* exit(1) */
#define HIOCFAILINIT	0x6804	/* crash now, and fail every init to come */

#endif
