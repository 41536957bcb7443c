/*
 * sys/resource.h - scheduling priorities: nice values (PM keeps them).
 *
 * A nice value runs from -20 (most favoured) to 19; 0 is the default
 * (NZERO in limits.h is the offset POSIX speaks of).  Only root may
 * lower one.  Resource limits (getrlimit) are not kept.
 */
#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <sys/types.h>

#define PRIO_PROCESS	0	/* who is a pid */
#define PRIO_PGRP	1	/* a process group */
#define PRIO_USER	2	/* a real user id */

int getpriority(int which, id_t who);
int setpriority(int which, id_t who, int value);

#endif
