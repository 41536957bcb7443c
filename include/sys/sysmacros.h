/*
 * sys/sysmacros.h - a device number's parts: major (the driver, as in
 * minix/dmap.h) and minor, dev_t being major << 8 | minor.  The names
 * are glibc's and the BSDs'.
 */
#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H

#include <sys/types.h>

#define major(dev)		((unsigned) ((dev) >> 8) & 0xff)
#define minor(dev)		((unsigned) (dev) & 0xff)
#define makedev(maj, min)	((dev_t) (((maj) & 0xff) << 8 | ((min) & 0xff)))

#endif
