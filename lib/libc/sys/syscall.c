/*
 * syscall.c - one request to a server, and the errno convention.
 *
 * Servers answer OK, a count, or a negated error in m_type.  If the
 * server itself cannot be reached (it died and is being restarted), the
 * IPC status says so: the call fails with that error (EDEADSRCDST).
 */
#include "syscall.h"

int _syscall(endpoint_t who, int type, message *m)
{
	int r;

	m->m_type = type;
	if ((r = ipc_sendrec(who, m)) != OK) {
		errno = -r;
		return -1;
	}
	if (m->m_type < 0) {
		errno = -m->m_type;
		return -1;
	}
	return m->m_type;
}
