/*
 * sys/utsname.h - the system's name.
 */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#define _UTSNAME_LEN	32

struct utsname {
	char sysname[_UTSNAME_LEN];	/* Resurgo */
	char nodename[_UTSNAME_LEN];
	char release[_UTSNAME_LEN];
	char version[_UTSNAME_LEN];
	char machine[_UTSNAME_LEN];	/* i386 */
};

int uname(struct utsname *name);

#endif
