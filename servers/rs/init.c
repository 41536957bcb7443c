/*
 * init.c - the init handshake: RS says go (RS_INIT: fresh start, restart
 * or live update), the service initialises and answers (RS_INIT_REPLY).
 *
 * At boot RS waits for each service in turn (the next may need it).
 * Later the answer comes through the main loop, so that RS stays free
 * for everyone else meanwhile; a service that does not answer within
 * RS_INIT_TIMEOUT has failed to initialise.
 */
#include <stdio.h>
#include <string.h>
#include "rs.h"

/* Answer a service command waiting for rp, if any. */
void rs_answer(struct rproc *rp, int status)
{
	message m;

	if (rp->r_caller == NONE)
		return;
	memset(&m, 0, sizeof(m));
	m.m_type = status;
	(void) ipc_sendnb(rp->r_caller, &m);
	rp->r_caller = NONE;
}

int rs_init_start(struct rproc *rp, int type)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = RS_INIT;
	m.m_rs_init.type = type;
	m.m_rs_init.restarts = rp->r_restarts;
	strcpy(m.m_rs_init.label, rp->r_start.rss_label);
	rp->r_state = RSS_STARTING;
	rp->r_deadline = rs_now() + RS_INIT_TIMEOUT;
	return asynsend(rp->r_endpoint, &m);
}

/* The service is up: DS learns its label's endpoint, VFS its device. */
static void service_up(struct rproc *rp)
{
	message m;

	rp->r_state = RSS_UP;
	if (ds_publish_label(rp->r_start.rss_label, rp->r_endpoint,
	    DSF_OVERWRITE) != OK)
		printf("rs: cannot publish %s in DS\n", rp->r_start.rss_label);
	if (rp->r_start.rss_major > 0) {
		memset(&m, 0, sizeof(m));
		m.m_type = VFS_MAPDRIVER;
		m.m_vfs_mapdriver.major = rp->r_start.rss_major;
		strcpy(m.m_vfs_mapdriver.label, rp->r_start.rss_label);
		(void) asynsend3(VFS_PROC_EP, &m, AMF_NOREPLY);
	}
	rs_answer(rp, OK);
}

/* A driver found no device to drive (its init said ENODEV, and the
 * driver said which on the console): trying again would change nothing,
 * so it ends and is forgotten, and whoever started it hears why. */
static void nothing_to_drive(struct rproc *rp)
{
	rs_end_instance(rp->r_endpoint);
	rp->r_endpoint = NONE;
	rs_answer(rp, -ENODEV);
	rs_forget(rp);
}

/* RS_INIT_REPLY, through the main loop.  The label goes into DS before
 * the service goes on: its next step is to announce itself, and whoever
 * hears of that looks the label up. */
void rs_init_reply(message *m)
{
	struct rproc *rp = rs_find_endpoint(m->m_source);
	endpoint_t who = m->m_source;
	int result = m->m_rs_init_reply.result;

	/* An answer from a service that is not starting comes too late (RS
	 * gave up on it and restarted it) or from a process that was never
	 * asked: only its sendrec is ended. */
	if (rp != NULL && rp->r_state == RSS_STARTING) {
		if (result == -ENODEV) {
			nothing_to_drive(rp);
		} else if (result != OK) {
			rs_failed(rp, "initialisation failed");
		} else {
			if (rp->r_restarts > 0)
				printf("rs: %s is back (endpoint %d)\n",
					rp->r_start.rss_label, rp->r_endpoint);
			service_up(rp);
		}
	}
	m->m_type = OK;
	(void) ipc_sendnb(who, m);		/* its sendrec ends */
}

/* Boot: wait here for rp's answer.  (Nobody can have missed an
 * announcement yet, so the answer may precede the label; and DS, which
 * comes first, could not take the label before its own answer.) */
int rs_init_sync(struct rproc *rp, int type)
{
	message m;
	int r;

	if ((r = rs_init_start(rp, type)) != OK)
		return r;
	sys_setalarm(RS_INIT_TIMEOUT, 0);
	for (;;) {
		if ((r = ipc_receive(ANY, &m)) != OK)
			break;
		if (m.m_source == CLOCK && is_notify(m.m_type)) {
			r = -ETIMEDOUT;
			break;
		}
		if (m.m_source == rp->r_endpoint && m.m_type == RS_INIT_REPLY) {
			r = m.m_rs_init_reply.result;
			break;
		}
		if (m.m_type == RS_EXIT)	/* an earlier one gave up */
			rs_service_exit(&m);
	}
	sys_setalarm(0, 0);
	if (m.m_type == RS_INIT_REPLY) {	/* DS itself waits for this */
		m.m_type = OK;
		(void) ipc_sendnb(rp->r_endpoint, &m);
	}
	if (r == OK)
		service_up(rp);
	return r;
}
