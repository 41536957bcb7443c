/*
 * pm.c - what RS tells PM and asks of it, always without waiting.
 *
 * PM waits for VFS, VFS for file servers and block drivers, and a
 * driver that died is brought back by RS alone: were RS to wait for PM,
 * a dead disk driver could hold PM, VFS and RS up for good.  So RS tells
 * PM of the services it makes and ends, and asks PM who a process is,
 * through the asynchronous table; PM answers the question the same way
 * (PM_RS_EPINFO, see request.c).
 *
 * Entry points: rs_pm_srv_new(), rs_pm_srv_kill(), rs_ask_pm().
 */
#include <string.h>
#include "rs.h"

/* PM learns of a service RS has made, and the uid it runs as.  OK, or
 * the error of the send. */
int rs_pm_srv_new(endpoint_t ep, uint32_t uid)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_SRV_NEW;
	m.m_pm_srv_new.ep = ep;
	m.m_pm_srv_new.uid = uid;
	return asynsend3(PM_PROC_EP, &m, AMF_NOREPLY);
}

/* PM cleans up after a service RS has ended. */
int rs_pm_srv_kill(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_SRV_KILL;
	m.m_pm_srv_kill.ep = ep;
	return asynsend3(PM_PROC_EP, &m, AMF_NOREPLY);
}

/* Who is ep: its pid and uid come back in a PM_RS_EPINFO. */
int rs_ask_pm(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_SRV_EPINFO;
	m.m_pm_epinfo.ep = ep;
	return asynsend3(PM_PROC_EP, &m, AMF_NOREPLY);
}
