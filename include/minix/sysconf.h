/*
 * minix/sysconf.h - reading etc/system.conf (lib/libsys/sysconf.c), for
 * the service command and for RS (the boot services' entries).
 */
#ifndef _MINIX_SYSCONF_H
#define _MINIX_SYSCONF_H

#include <stddef.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/priv.h>

/* The name system.conf gives kernel call nr (0: the first), or NULL. */
const char *sysconf_call_name(int nr);

/* The privileges every service has, whatever its entry says. */
void sysconf_base(struct rs_start *rs);

/* Add the entry called name, in the len bytes of system.conf text read
 * from file, to rs.  Returns 0, 1 if there is no such entry, or -1 with
 * why ("FILE:LINE: what 'word'") if the text is malformed. */
int sysconf_entry(const char *text, size_t len, const char *file,
	const char *name, struct rs_start *rs, char *why, size_t why_size);

#endif
