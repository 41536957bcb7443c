/*
 * request.c - the service command's requests: up, down, restart,
 * refresh, shutdown, list, lookup.  Only root may change services.
 * And the PCI bus driver's question: what may this endpoint use?  And
 * init's: which recovery script is to run (script.c)?
 *
 * A request that changes a service is answered when the change is done
 * (the new instance has initialised, the old one has gone), so that the
 * service command can say whether it worked.  One that needs PM's word
 * (the caller's uid, a service's pid) waits for it parked, never RS.
 *
 * Entry points: rs_request(), rs_pm_answer().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rs.h"

/* Requests waiting for PM's word on an endpoint: who sent them (only
 * root changes services), or the pid of a service to list.  RS asks PM
 * without waiting (pm.c) and parks the request; PM's answer resumes it. */
#define NR_PARKED	8

static struct parked {
	bool p_used;
	endpoint_t p_on;		/* the endpoint PM was asked about */
	message p_msg;
} parked[NR_PARKED];

static int park(const message *m, endpoint_t on)
{
	int i, r;

	for (i = 0; i < NR_PARKED; i++) {
		if (parked[i].p_used)
			continue;
		if ((r = rs_ask_pm(on)) != OK)
			return r;
		parked[i].p_used = true;
		parked[i].p_on = on;
		parked[i].p_msg = *m;
		return -EDONTREPLY;
	}
	return -EAGAIN;
}

static bool essential(const struct rproc *rp)
{
	static const char *const core[] = { "rs", "ds", "pm", "vfs" };
	size_t i;

	for (i = 0; i < sizeof(core) / sizeof(core[0]); i++)
		if (strcmp(rp->r_start.rss_label, core[i]) == 0)
			return true;
	return false;
}

/* The binary the service command read for us (in its memory), into
 * memory that rp keeps. */
static int take_binary(struct rproc *rp, const message *m)
{
	uint32_t len = m->m_rs_up.image_len;
	void *buf;

	if (len == 0 || len > RS_IMAGE_MAX)
		return -ENOEXEC;
	if ((buf = malloc(len)) == NULL)
		return -ENOMEM;
	if (sys_vircopy(m->m_source, m->m_rs_up.image, SELF,
	    (vir_bytes) buf, len) != OK) {
		free(buf);
		return -EFAULT;
	}
	rp->r_image = buf;
	rp->r_image_len = len;
	return OK;
}

static int do_up(message *m)
{
	struct rs_start rs;
	struct rproc *rp;
	int r;

	if (m->m_rs_up.start_len != sizeof(rs))
		return -EINVAL;
	r = sys_vircopy(m->m_source, m->m_rs_up.start, SELF, (vir_bytes) &rs,
		sizeof(rs));
	if (r != OK)
		return -EFAULT;
	rs.rss_label[RS_LABEL_LEN - 1] = '\0';
	rs.rss_path[RS_PATH_LEN - 1] = '\0';
	rs.rss_args[RS_ARGS_LEN - 1] = '\0';
	if (rs.rss_label[0] == '\0' || rs.rss_path[0] != '/'
	    || rs.rss_nr_ipc < 0 || rs.rss_nr_ipc > RS_MAX_IPC)
		return -EINVAL;
	if (rs_find_label(rs.rss_label) != NULL)
		return -EEXIST;
	if ((rp = rs_new(rs.rss_label)) == NULL)
		return -ENOSPC;
	rp->r_start = rs;
	if ((r = take_binary(rp, m)) != OK
	    || (r = rs_start(rp, SEF_INIT_FRESH)) != OK) {
		rs_free(rp);
		return r;
	}
	rp->r_caller = m->m_source;
	return -EDONTREPLY;
}

static int do_down(struct rproc *rp, message *m)
{
	if (rp->r_state == RSS_BACKOFF || rp->r_state == RSS_GIVEN_UP
	    || rp->r_state == RSS_SCRIPT) {
		rs_forget(rp);
		return OK;
	}
	if (rp->r_state == RSS_STOPPING)
		return -EBUSY;
	rs_stop(rp, false);
	rp->r_caller = m->m_source;
	return -EDONTREPLY;
}

static int do_restart(struct rproc *rp, message *m, bool refresh)
{
	if (rp->r_state == RSS_STOPPING || rp->r_state == RSS_STARTING)
		return -EBUSY;
	if (rp->r_state != RSS_SCRIPT)	/* a script's restart is a retry */
		rp->r_fails = 0;
	rp->r_caller = m->m_source;
	if (rp->r_state == RSS_BACKOFF || rp->r_state == RSS_GIVEN_UP
	    || rp->r_state == RSS_SCRIPT) {
		rp->r_state = RSS_BACKOFF;
		rp->r_restart_at = rs_now();
		return -EDONTREPLY;
	}
	if (refresh)
		rs_stop(rp, true);
	else
		rs_failed(rp, "restarted on request");
	return -EDONTREPLY;
}

static void fill_status(struct rproc *rp, struct rs_status *st)
{
	struct proc_info pi;

	memset(st, 0, sizeof(*st));
	strcpy(st->rst_label, rp->r_start.rss_label);
	strcpy(st->rst_path, rp->r_start.rss_path);
	st->rst_endpoint = rp->r_endpoint;
	st->rst_pid = rp->r_endpoint != NONE ? rp->r_pid : 0;
	st->rst_restarts = rp->r_restarts;
	st->rst_period = rp->r_start.rss_period;
	st->rst_major = rp->r_start.rss_major;
	st->rst_flags = (rp->r_boot ? RST_BOOT : 0)
		| (rp->r_state == RSS_UP ? RST_UP : 0)
		| (rp->r_state == RSS_BACKOFF || rp->r_state == RSS_SCRIPT
		    ? RST_BACKOFF : 0)
		| (rp->r_state == RSS_GIVEN_UP ? RST_GIVEN_UP : 0);
	strcpy(st->rst_failure, rp->r_failure);
	st->rst_now = rs_now();
	if (rp->r_failure[0] != '\0')
		st->rst_failure_age = (st->rst_now - rp->r_failure_tick) / HZ;
	st->rst_fails = rp->r_fails;
	memcpy(st->rst_history, rp->r_history, sizeof(rp->r_history));
	if (rp->r_endpoint == NONE
	    || sys_getpriv(rp->r_endpoint, &st->rst_priv) != OK)
		st->rst_priv.pd_id = -1;
	st->rst_grants = rp->r_endpoint != NONE
		? sys_getgrants(rp->r_endpoint) : -1;
	if (rp->r_endpoint != NONE && sys_getproc(rp->r_endpoint, &pi) == OK)
		st->rst_mem = pi.pi_mem;
}

/* A running service whose pid PM has not told us yet, or NULL. */
static struct rproc *pid_unknown(void)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++)
		if (rproc[i].r_state != RSS_FREE
		    && rproc[i].r_endpoint != NONE && !rproc[i].r_pid_known)
			return &rproc[i];
	return NULL;
}

static int do_list(message *m)
{
	uint32_t room = m->m_rs_list.len / sizeof(struct rs_status), n = 0;
	struct rs_status st;
	struct rproc *rp;
	int i;

	if ((rp = pid_unknown()) != NULL)
		return park(m, rp->r_endpoint);
	for (i = 0; i < NR_SERVICES && n < room; i++) {
		if (rproc[i].r_state == RSS_FREE)
			continue;
		fill_status(&rproc[i], &st);
		if (sys_vircopy(SELF, (vir_bytes) &st, m->m_source,
		    m->m_rs_list.buf + n * sizeof(st), sizeof(st)) != OK)
			return -EFAULT;
		n++;
	}
	return n;
}

/* Only the service labelled "pci" asks; the answer is the PCI part of
 * the entry of the service now at the endpoint. */
static int do_pci_acl(message *m)
{
	struct rproc *pci = rs_find_endpoint(m->m_source);
	struct rproc *rp = rs_find_endpoint(m->m_rs_pci_acl.ep);
	struct rs_pci_acl acl;

	if (pci == NULL || strcmp(pci->r_start.rss_label, "pci") != 0)
		return -EPERM;
	if (rp == NULL)
		return -ESRCH;
	if (m->m_rs_pci_acl.len < sizeof(acl))
		return -EINVAL;
	acl = rp->r_start.rss_pci;
	memcpy(acl.label, rp->r_start.rss_label, RS_LABEL_LEN);
	return sys_vircopy(SELF, (vir_bytes) &acl, m->m_source,
		m->m_rs_pci_acl.buf, sizeof(acl));
}

/* The service a DOWN, RESTART, REFRESH or LOOKUP names, or NULL. */
static struct rproc *labelled(message *m)
{
	m->m_rs_label.label[RS_LABEL_LEN - 1] = '\0';
	return rs_find_label(m->m_rs_label.label);
}

/* who: PM's answer about the caller, or NULL if PM has not been asked. */
static int dispatch(message *m, const struct m_pm_epinfo_reply *who)
{
	struct rproc *rp;

	if (m->m_type == RS_LIST)
		return do_list(m);
	if (m->m_type == RS_PCI_ACL)
		return do_pci_acl(m);
	if (m->m_type == RS_SCRIPT_NEXT)
		return rs_script_next(m);
	if (m->m_type == RS_LOOKUP)
		return (rp = labelled(m)) != NULL && rp->r_endpoint != NONE
			? rp->r_endpoint : -ESRCH;
	if (who == NULL)
		return park(m, m->m_source);
	if (who->result != OK || who->uid != 0)
		return -EPERM;
	if (m->m_type == RS_UP)
		return do_up(m);
	if (m->m_type == RS_SHUTDOWN) {
		rs_shutting_down = true;
		return OK;
	}
	if (m->m_type != RS_DOWN && m->m_type != RS_RESTART
	    && m->m_type != RS_REFRESH)
		return -ENOSYS;		/* RS_UPDATE: not yet */
	if ((rp = labelled(m)) == NULL)
		return -ESRCH;
	if (essential(rp))
		return -EPERM;		/* the core is not stopped by hand */
	if (m->m_type == RS_DOWN)
		return do_down(rp, m);
	return do_restart(rp, m, m->m_type == RS_REFRESH);
}

static void answer(message *m, int r)
{
	if (r == -EDONTREPLY)
		return;
	m->m_type = r;
	(void) ipc_sendnb(m->m_source, m);
}

void rs_request(message *m)
{
	answer(m, dispatch(m, NULL));
}

/* PM says who an endpoint is (PM_RS_EPINFO): a service's pid, or a
 * parked request's caller. */
void rs_pm_answer(const message *m)
{
	const struct m_pm_epinfo_reply *who = &m->m_pm_epinfo_reply;
	struct rproc *rp;
	message req;
	int i;

	/* PM answers every question (a service's pid may come after the
	 * service is gone: then nobody is left to learn it). */
	if ((rp = rs_find_endpoint(who->ep)) != NULL) {
		rp->r_pid = who->result == OK ? who->pid : 0;
		rp->r_pid_known = true;
	}
	for (i = 0; i < NR_PARKED; i++) {
		if (!parked[i].p_used || parked[i].p_on != who->ep)
			continue;
		parked[i].p_used = false;
		req = parked[i].p_msg;
		answer(&req, dispatch(&req,
			req.m_source == who->ep ? who : NULL));
	}
}
