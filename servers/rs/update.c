/*
 * update.c - live update: `service update` replaces a running service
 * with a new version that takes over its state and its endpoint, or
 * rolls back (docs/liveupdate.md).
 *
 *   PREPARING  RS has loaded the new version into a held process and
 *              asked the running one to reach a state (RS_LU_PREPARE).
 *              No RS_LU_READY within -maxtime: aborted, the old version
 *              goes on.  A refusal ends it the same way.
 *   STARTING   The old version has stopped, waiting for RS in its
 *              RS_LU_READY, its state record granted to the new one.
 *              The new version runs its live-update init, taking the
 *              record up (RS_LU_INIT), and answers RS_LU_INIT_REPLY.
 *              Failure, a crash or no answer in time: rolled back (the
 *              new one ends, RS answers the old one, which goes on).
 *   PROBATION  The kernel has swapped them (SYS_UPDATE): the endpoint
 *              everyone knows runs the new version, the old one waits at
 *              the new one's endpoint.  The new version's first receive
 *              confirms (RS_LU_CONFIRM, its first heartbeat): RS ends the
 *              old one and the update is done.  A crash, exit or no
 *              confirmation in time: swapped back and rolled back.
 *              (The old one is ended at the next tick: the new one
 *              serves first.)
 * A failure of the old version before the swap abandons the update; the
 * failure is then handled as it would be without one (a restart).
 *
 * RS never waits for either instance: they wait for RS (their sendrecs
 * are answered, or not, with sendnb), and RS's own messages to them go
 * asynchronously and never pass for an answer (AMF_NOREPLY).  While DS
 * is the one updated, what RS tells DS is held back (dspub.c).  One
 * update runs at a time.
 *
 * Entry points: rs_lu_request(), rs_lu_ready(), rs_lu_init_reply(),
 * rs_lu_confirm(), rs_lu_failed(), rs_lu_tick(), rs_lu_busy(),
 * rs_lu_holds_ds().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/tsc.h>
#include "rs.h"

enum lu_phase { LU_IDLE, LU_PREPARING, LU_STARTING, LU_PROBATION };

static struct {
	enum lu_phase phase;
	uint32_t id;			/* counts updates: matches answers */
	struct rproc *rp;
	endpoint_t old_ep;		/* the service's endpoint */
	endpoint_t new_ep;		/* the new version's until the swap;
					   then the old one's */
	uint32_t deadline;		/* tick: the phase must end by then */
	void *image;			/* the new binary (rp's for self) */
	size_t image_len;
	char path[RS_PATH_LEN];
	char args[RS_ARGS_LEN];
	cp_grant_id_t grant;		/* the old version's state record */
	uint32_t len;
	endpoint_t caller;		/* the service command */
	vir_bytes buf;			/* its struct rs_update */
	struct rs_lu_report report;
} lu;

/* The old version of the last update, done: it waits for RS, and ends
 * at the next tick, so that the new version serves first. */
static endpoint_t leftover = NONE;

static void end_leftover(void)
{
	if (leftover != NONE)
		rs_end_instance(leftover);
	leftover = NONE;
}

bool rs_lu_busy(const struct rproc *rp)
{
	return lu.phase != LU_IDLE && lu.rp == rp;
}

bool rs_lu_holds_ds(void)
{
	return lu.phase != LU_IDLE && lu.old_ep == DS_PROC_EP;
}

/* How long a new version has to reach its loop: two heartbeat periods
 * (two seconds without a heartbeat). */
static uint32_t probation(const struct rproc *rp)
{
	return 2 * (rp->r_start.rss_period != 0 ? rp->r_start.rss_period : HZ);
}

/* Answer an instance waiting in a sendrec to RS. */
static void answer(endpoint_t ep, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = status;
	(void) ipc_sendnb(ep, &m);
}

/* The update is over: report to the service command and to `service
 * status`, and let everything held for it go on. */
static void finish(int outcome, const char *why)
{
	struct rproc *rp = lu.rp;
	message m;

	lu.report.rlr_outcome = outcome;
	snprintf(lu.report.rlr_why, sizeof(lu.report.rlr_why), "%s", why);
	lu.report.rlr_when = rs_now();
	rp->r_lu = lu.report;
	if (lu.image != rp->r_image)
		free(lu.image);
	lu.image = NULL;
	lu.phase = LU_IDLE;
	rp->r_ping_sent = rs_now();	/* the heartbeat starts afresh */
	rp->r_ping_answered = true;
	(void) sys_vircopy(SELF, (vir_bytes) &lu.report, lu.caller,
		lu.buf + offsetof(struct rs_update, ru_report),
		sizeof(lu.report));
	memset(&m, 0, sizeof(m));
	m.m_type = outcome == RLU_DONE ? OK : -ECANCELED;
	(void) ipc_sendnb(lu.caller, &m);
	if (outcome == RLU_ROLLED_BACK)	/* (a refusal is only an answer) */
		printf("rs: %s: update rolled back: %s\n",
			rp->r_start.rss_label, why);
	rs_ds_flush();
}

/* The old version has not stopped (if it still prepares, it stops
 * preparing); the new one goes. */
static void abort_update(const char *why)
{
	message m;

	if (lu.phase == LU_PREPARING) {
		memset(&m, 0, sizeof(m));
		m.m_type = RS_LU_PREPARE;
		m.m_rs_lu_prepare.id = lu.id;
		m.m_rs_lu_prepare.state = SEF_LU_STATE_NULL;
		(void) asynsend3(lu.old_ep, &m, AMF_NOREPLY);
	}
	rs_end_instance(lu.new_ep);
	finish(RLU_ABORTED, why);
}

/* Before the swap: the new version goes, the old one goes on. */
static void roll_back(const char *why)
{
	rs_end_instance(lu.new_ep);
	answer(lu.old_ep, -ECANCELED);
	finish(RLU_ROLLED_BACK, why);
}

/* After the swap: the old version takes its endpoint back and goes on;
 * the new one (now at the other endpoint) goes.  False if the kernel
 * cannot swap them back (the new version is stuck in a send). */
static bool swap_back(const char *why)
{
	if (lu.new_ep == NONE || sys_update(lu.old_ep, lu.new_ep) != OK)
		return false;
	rs_end_instance(lu.new_ep);
	answer(lu.old_ep, -ECANCELED);
	finish(RLU_ROLLED_BACK, why);
	return true;
}

/* The new version failed after the swap and cannot be swapped back: it
 * ends, and so does the old one; the service restarts from the old
 * binary, as after any failure. */
static void give_up_after_swap(const char *why)
{
	char text[64];

	rs_end_instance(lu.new_ep);
	snprintf(text, sizeof(text), "%s; the old version restarts", why);
	finish(RLU_ROLLED_BACK, text);
	rs_failed(lu.rp, why);
}

static void refused(int result)
{
	char why[64];

	if (result == -ENOSYS)
		snprintf(why, sizeof(why), "it cannot hand its state over");
	else if (result == -EINVAL)
		snprintf(why, sizeof(why), "it has no state %d",
			lu.report.rlr_state);
	else
		snprintf(why, sizeof(why), "it could not prepare: %s",
			strerror(-result));
	abort_update(why);
}

static bool has_mem(const struct priv_desc *d, const struct mem_range *m)
{
	int i;

	for (i = 0; i < d->pd_nr_mem; i++)
		if (d->pd_mem[i].mr_base == m->mr_base
		    && d->pd_mem[i].mr_limit == m->mr_limit)
			return true;
	return false;
}

static bool has_io(const struct priv_desc *d, const struct io_range *io)
{
	int i;

	for (i = 0; i < d->pd_nr_io; i++)
		if (d->pd_io[i].ior_base == io->ior_base
		    && d->pd_io[i].ior_limit == io->ior_limit)
			return true;
	return false;
}

/* The ports and memory the old version was given after it started (pci
 * adds its device's) are the new one's too: it maps a device's memory
 * in its init, before it has the old endpoint and its privileges. */
static int inherit_ranges(void)
{
	struct priv_desc old, now;
	int i, r;

	if ((r = sys_getpriv(lu.old_ep, &old)) != OK
	    || (r = sys_getpriv(lu.new_ep, &now)) != OK)
		return r;
	for (i = 0; i < old.pd_nr_mem; i++)
		if (!has_mem(&now, &old.pd_mem[i]) && (r = sys_privctl(
		    lu.new_ep, SYS_PRIV_ADD_MEM, &old.pd_mem[i])) != OK)
			return r;
	for (i = 0; i < old.pd_nr_io; i++)
		if (!has_io(&now, &old.pd_io[i]) && (r = sys_privctl(
		    lu.new_ep, SYS_PRIV_ADD_IO, &old.pd_io[i])) != OK)
			return r;
	return OK;
}

/* The new version runs from the start, up to its wait for RS in
 * sef_startup(): what it does before is not the downtime's. */
static int run_new(void)
{
	int r;

	if ((r = rs_ipc_out(lu.rp, lu.new_ep)) != OK
	    || (r = inherit_ranges()) != OK)
		return r;
	return sys_privctl(lu.new_ep, SYS_PRIV_ALLOW, NULL);
}

/* The new version may go on: it initialises from the old one's state
 * record. */
static int start_new(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = RS_LU_INIT;
	m.m_rs_lu_init.id = lu.id;
	m.m_rs_lu_init.old_ep = lu.old_ep;
	m.m_rs_lu_init.grant = lu.grant;
	m.m_rs_lu_init.len = lu.len;
	m.m_rs_lu_init.restarts = lu.rp->r_restarts;
	strcpy(m.m_rs_lu_init.label, lu.rp->r_start.rss_label);
	return asynsend3(lu.new_ep, &m, AMF_NOREPLY);
}

/* RS_LU_READY from the old version: prepared, or not.  It waits for our
 * answer, which it gets only if the update does not happen. */
void rs_lu_ready(message *m)
{
	const struct m_rs_lu_ready *p = &m->m_rs_lu_ready;
	char why[64];
	int r;

	if (lu.phase != LU_PREPARING || m->m_source != lu.old_ep
	    || p->id != lu.id) {
		answer(m->m_source, -ECANCELED);	/* an update given up */
		return;
	}
	if (p->result != OK) {		/* it prepares no more */
		answer(lu.old_ep, -ECANCELED);
		lu.phase = LU_STARTING;
		refused(p->result);
		return;
	}
	lu.report.rlr_stopped = p->stopped;
	lu.report.rlr_saved = p->saved;
	lu.grant = p->grant;
	lu.len = p->len;
	lu.phase = LU_STARTING;
	lu.deadline = rs_now() + RS_INIT_TIMEOUT;
	if ((r = start_new()) != OK) {
		snprintf(why, sizeof(why), "the new version cannot start: %s",
			strerror(-r));
		roll_back(why);
	}
}

/* RS_LU_INIT_REPLY from the new version: it has the old one's state.
 * Swap them; the new version hears from us once it has the endpoint. */
void rs_lu_init_reply(message *m)
{
	const struct m_rs_lu_init_reply *p = &m->m_rs_lu_init_reply;
	char why[64];
	int r;

	if (lu.phase != LU_STARTING || m->m_source != lu.new_ep
	    || p->id != lu.id)
		return;			/* ended already, or about to be */
	lu.report.rlr_started = p->started;
	lu.report.rlr_fetched = p->fetched;
	lu.report.rlr_restored = p->restored;
	lu.report.rlr_init_done = p->done;
	if (p->result != OK) {
		snprintf(why, sizeof(why), "the new version failed to "
			"initialise: %s", strerror(-p->result));
		roll_back(why);
		return;
	}
	if ((r = sys_update(lu.old_ep, lu.new_ep)) != OK) {
		snprintf(why, sizeof(why), "the swap failed: %s",
			strerror(-r));
		roll_back(why);
		return;
	}
	lu.report.rlr_swapped = read_tsc();
	lu.phase = LU_PROBATION;
	lu.deadline = rs_now() + probation(lu.rp);
	answer(lu.old_ep, OK);		/* the new version, now there */
}

/* RS_LU_CONFIRM: the new version has reached its loop.  The old one
 * goes (soon: ending a process takes a while, and the clients have
 * waited long enough), and the service is the new binary from now on
 * (a restart starts it). */
void rs_lu_confirm(message *m)
{
	struct rproc *rp = lu.rp;

	if (lu.phase != LU_PROBATION || m->m_source != lu.old_ep
	    || m->m_rs_lu_confirm.id != lu.id) {
		answer(m->m_source, -ECANCELED);
		return;
	}
	lu.report.rlr_confirmed = read_tsc();
	leftover = lu.new_ep;
	if (lu.image != rp->r_image) {
		free(rp->r_image);
		rp->r_image = lu.image;
		rp->r_image_len = lu.image_len;
	}
	strcpy(rp->r_start.rss_path, lu.path);
	strcpy(rp->r_start.rss_args, lu.args);
	answer(lu.old_ep, OK);
	finish(RLU_DONE, "");
}

/* ep failed (why).  True if it was the new version and the update has
 * dealt with it (rolled back); false if the caller is to handle the
 * failure of the service as usual (the update, if any, abandoned). */
bool rs_lu_failed(endpoint_t ep, const char *why)
{
	char text[64];

	if (lu.phase == LU_IDLE || ep == NONE)
		return false;
	snprintf(text, sizeof(text), "the new version %s", why);
	if (ep == lu.new_ep && lu.phase == LU_PREPARING) {
		abort_update(text);	/* the old version never stopped */
		return true;
	}
	if (ep == lu.new_ep && lu.phase == LU_STARTING) {
		roll_back(text);
		return true;
	}
	if (ep == lu.new_ep) {		/* the old version, after the swap */
		rs_end_instance(ep);
		lu.new_ep = NONE;	/* nothing to roll back to */
		return true;
	}
	if (ep != lu.old_ep)
		return false;
	if (lu.phase == LU_PROBATION) {
		if (!swap_back(text))
			give_up_after_swap(text);
		return true;
	}
	snprintf(text, sizeof(text), "the running version %s", why);
	abort_update(text);
	return false;
}

/* Every RS_TICK: the phase's deadline. */
void rs_lu_tick(void)
{
	char why[64];

	end_leftover();
	if (lu.phase == LU_IDLE || rs_now() < lu.deadline)
		return;
	switch (lu.phase) {
	case LU_PREPARING:
		snprintf(why, sizeof(why), "state %d not reached in time",
			lu.report.rlr_state);
		abort_update(why);
		break;
	case LU_STARTING:
		roll_back("the new version did not initialise in time");
		break;
	case LU_PROBATION:
		if (!swap_back("the new version missed its first heartbeat"))
			give_up_after_swap("the new version hangs");
		break;
	default:
		break;
	}
}

/* What the service command asked for, checked; the binary taken. */
static int take_request(message *m, struct rproc *rp, struct rs_update *u)
{
	int r;

	if (m->m_rs_update.update_len != sizeof(*u))
		return -EINVAL;
	if (sys_vircopy(m->m_source, m->m_rs_update.update, SELF,
	    (vir_bytes) u, sizeof(*u)) != OK)
		return -EFAULT;
	u->ru_path[RS_PATH_LEN - 1] = u->ru_args[RS_ARGS_LEN - 1] = '\0';
	if (u->ru_state == SEF_LU_STATE_NULL)
		u->ru_state = SEF_LU_STATE_WORK_FREE;
	if (u->ru_maxtime == 0)
		u->ru_maxtime = RS_LU_MAXTIME_DEFAULT;
	if (u->ru_state < 0 || u->ru_maxtime > RS_LU_MAXTIME_MAX)
		return -EINVAL;
	if (u->ru_flags & RUF_SELF) {
		lu.image = rp->r_image;
		lu.image_len = rp->r_image_len;
		strcpy(lu.path, rp->r_start.rss_path);
	} else {
		if ((r = rs_take_binary(m->m_source, m->m_rs_update.image,
		    m->m_rs_update.image_len, &lu.image, &lu.image_len)) != OK)
			return r;
		strcpy(lu.path, u->ru_path);
	}
	strcpy(lu.args, (u->ru_flags & RUF_ARGS) ? u->ru_args
		: rp->r_start.rss_args);
	return OK;
}

/* RS_UPDATE (root only, checked by the caller): load the new version
 * and ask the running one to prepare; answered when it is over. */
int rs_lu_request(message *m)
{
	struct rs_update u;
	struct rproc *rp;
	message prep;
	int r;

	m->m_rs_update.label[RS_LABEL_LEN - 1] = '\0';
	if ((rp = rs_find_label(m->m_rs_update.label)) == NULL)
		return -ESRCH;
	if (rp->r_endpoint == RS_PROC_EP)
		return -EPERM;		/* RS would wait for itself */
	if (lu.phase != LU_IDLE || rp->r_state != RSS_UP)
		return -EBUSY;
	end_leftover();
	lu.rp = rp;
	lu.old_ep = rp->r_endpoint;
	lu.new_ep = NONE;
	if ((r = take_request(m, rp, &u)) != OK
	    || (r = rs_make_instance(rp, lu.image, lu.image_len, lu.args,
	    &lu.new_ep)) != OK || (r = run_new()) != OK) {
		if (r != OK && lu.new_ep != NONE)
			rs_end_instance(lu.new_ep);
		if (lu.image != rp->r_image)
			free(lu.image);
		lu.image = NULL;
		return r;
	}
	memset(&lu.report, 0, sizeof(lu.report));
	lu.report.rlr_state = u.ru_state;
	lu.id++;
	lu.caller = m->m_source;
	lu.buf = m->m_rs_update.update;
	lu.phase = LU_PREPARING;
	lu.deadline = rs_now() + u.ru_maxtime;
	lu.report.rlr_requested = read_tsc();
	memset(&prep, 0, sizeof(prep));
	prep.m_type = RS_LU_PREPARE;
	prep.m_rs_lu_prepare.id = lu.id;
	prep.m_rs_lu_prepare.state = u.ru_state;
	prep.m_rs_lu_prepare.new_ep = lu.new_ep;
	if ((r = asynsend3(lu.old_ep, &prep, AMF_NOREPLY)) != OK) {
		rs_end_instance(lu.new_ep);
		if (lu.image != rp->r_image)
			free(lu.image);
		lu.image = NULL;
		lu.phase = LU_IDLE;
		return r;
	}
	return -EDONTREPLY;
}
