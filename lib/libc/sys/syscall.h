/*
 * syscall.h - how libc talks to the servers (private to lib/libc/sys).
 */
#ifndef _LIBC_SYSCALL_H
#define _LIBC_SYSCALL_H

#include <string.h>
#include <errno.h>
#include <minix/com.h>
#include <minix/ipc.h>

/* Send m to who as request type and wait for the answer.  Returns the
 * reply's status, or -1 with errno set. */
int _syscall(endpoint_t who, int type, message *m);

#define PM	PM_PROC_EP
#define VFS	VFS_PROC_EP

static inline void msg_clear(message *m)
{
	memset(m, 0, sizeof(*m));
}

#endif
