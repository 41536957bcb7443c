/*
 * service.c - RS's table of services and the init handshake.
 */
#include <stdio.h>
#include <string.h>
#include "rs.h"

struct rproc *rs_find_label(const char *label)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++)
		if (rproc[i].r_in_use && strcmp(rproc[i].r_label, label) == 0)
			return &rproc[i];
	return NULL;
}

struct rproc *rs_find_endpoint(endpoint_t ep)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++)
		if (rproc[i].r_in_use && rproc[i].r_endpoint == ep)
			return &rproc[i];
	return NULL;
}

struct rproc *rs_new(const char *label, endpoint_t ep)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		if (rproc[i].r_in_use)
			continue;
		memset(&rproc[i], 0, sizeof(rproc[i]));
		rproc[i].r_in_use = true;
		strncpy(rproc[i].r_label, label, RS_LABEL_LEN - 1);
		rproc[i].r_endpoint = ep;
		return &rproc[i];
	}
	return NULL;
}

/* Tell rp to initialise and wait for its answer (at most
 * RS_INIT_TIMEOUT).  Messages from others meanwhile are answered later:
 * they stay queued, since we receive only from rp and CLOCK. */
int rs_init_service(struct rproc *rp, int type)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = RS_INIT;
	m.m_rs_init.type = type;
	m.m_rs_init.restarts = rp->r_restarts;
	strcpy(m.m_rs_init.label, rp->r_label);
	if ((r = asynsend(rp->r_endpoint, &m)) != OK)
		return r;
	sys_setalarm(RS_INIT_TIMEOUT, 0);
	for (;;) {
		r = ipc_receive(ANY, &m);
		if (r != OK)
			break;
		if (m.m_source == CLOCK && is_notify(m.m_type)) {
			r = -ETIMEDOUT;
			break;
		}
		if (m.m_source == SYSTEM && is_notify(m.m_type)) {
			do_kernel_signals();
			if (rs_find_endpoint(rp->r_endpoint) == NULL) {
				r = -EDEADSRCDST;	/* it died initialising */
				break;
			}
			continue;
		}
		if (m.m_source == rp->r_endpoint && m.m_type == RS_INIT_REPLY) {
			r = m.m_rs_status.result;
			m.m_type = OK;
			(void) ipc_sendnb(m.m_source, &m);
			break;
		}
	}
	sys_setalarm(0, 0);
	return r;
}
