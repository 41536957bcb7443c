/*
 * main.c - RS, the reincarnation server: the parent of every system
 * service.  It brings up the boot services, starts others on request
 * (the service command), and watches all of them: death, hangs (a
 * heartbeat) and failed initialisation; a failed service is started
 * again from RS's own copy of its binary.
 */
#include <stdio.h>
#include "rs.h"

static void notification(message *m)
{
	struct rproc *rp;

	if (m->m_source == CLOCK) {
		rs_tick();
		sys_setalarm(RS_TICK, 0);
	} else if (m->m_source == SYSTEM) {
		do_kernel_signals();
	} else if ((rp = rs_find_endpoint(m->m_source)) != NULL) {
		rp->r_ping_answered = true;	/* the heartbeat's answer */
	}
}

int main(void)
{
	message m;

	sys_stdio_to_console();
	boot_services();
	sys_setalarm(RS_TICK, 0);
	for (;;) {
		if (ipc_receive(ANY, &m) != OK)
			continue;
		if (is_notify(m.m_type))
			notification(&m);
		else if (m.m_type == RS_INIT_REPLY)
			rs_init_reply(&m);
		else if (m.m_type == RS_EXIT)
			rs_service_exit(&m);
		else if (m.m_type == PM_RS_EXIT && m.m_source == PM_PROC_EP)
			rs_exited(m.m_pm_rs_exit.ep, m.m_pm_rs_exit.status);
		else if (m.m_type == PM_RS_EPINFO && m.m_source == PM_PROC_EP)
			rs_pm_answer(&m);
		else if (m.m_type >= RS_UP && m.m_type <= RS_LAST)
			rs_request(&m);
		else {
			m.m_type = -ENOSYS;
			(void) ipc_sendnb(m.m_source, &m);
		}
	}
}
