/*
 * service.h - the service command's own declarations.
 */
#ifndef _SERVICE_H
#define _SERVICE_H

#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/priv.h>

/* config.c: fill rs with the system.conf entry called name.  Returns 0,
 * 1 if there is no such entry, -1 (with a message) on a bad file. */
int read_config(const char *file, const char *name, struct rs_start *rs);
void base_privileges(struct rs_start *rs);

#endif
