/*
 * main.c - RS, the reincarnation server: the parent of every system
 * service.  It brings up the boot services in order, publishes each
 * label's endpoint in DS, and hears about services that die.
 */
#include <stdio.h>
#include "rs.h"

struct rproc rproc[NR_SERVICES];

int main(void)
{
	message m;

	sys_stdio_to_console();
	boot_services();
	for (;;) {
		if (ipc_receive(ANY, &m) != OK)
			continue;
		if (is_notify(m.m_type)) {
			if (m.m_source == SYSTEM)
				do_kernel_signals();
			continue;
		}
		/* The service command's requests come with the self-healing
		 * work; until then RS answers that it does not know them. */
		m.m_type = -ENOSYS;
		(void) ipc_sendnb(m.m_source, &m);
	}
}
