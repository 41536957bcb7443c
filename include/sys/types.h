/*
 * sys/types.h - the system's basic data types.
 *
 * Sizes that depend on the machine come from the compiler's own macros
 * (__SIZE_TYPE__, __PTRDIFF_TYPE__), so the same header serves the i386
 * guest and the 64-bit host that runs the library's unit tests.
 */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

typedef __PTRDIFF_TYPE__	ssize_t;	/* size_t, or -1 for failure */
typedef long long		off_t;		/* file offsets: 64 bits */
typedef int			pid_t;
typedef unsigned int		uid_t;
typedef unsigned int		gid_t;
typedef unsigned int		id_t;		/* a pid, uid or gid */
typedef unsigned int		mode_t;
typedef unsigned int		dev_t;
typedef unsigned long long	ino_t;
typedef unsigned int		nlink_t;
typedef int			blksize_t;
typedef long long		blkcnt_t;
typedef unsigned long		clock_t;	/* ticks: 32 bits on the guest */
typedef long long		time_t;		/* seconds since 1970, UTC */

#endif
