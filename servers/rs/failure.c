/*
 * failure.c - when services fail: death, hangs, failed initialisation;
 * restarts with exponential backoff; clean stops.
 *
 * Whatever the failure, the old instance is ended (PM cleans up after it
 * and the kernel fails every IPC still waiting on it), the failure is
 * recorded, and the service is started again.  The policy, in periods
 * (the heartbeat's, or a second without one) after the n-th failure in
 * a row: the first is restarted at once (most failures are one-offs),
 * then after 2, 4, 8 and 16 periods, never more than RS_BACKOFF_MAX.
 * After RS_MAX_FAILS restarts in a row the next failure is given up, and
 * the console says so.  A service that stayed up RS_STABLE has its
 * earlier failures forgiven.  Each failure of the run and its restart
 * are kept for `service status`.
 */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include "rs.h"

bool rs_shutting_down;

static uint32_t period_of(const struct rproc *rp)
{
	return rp->r_start.rss_period != 0 ? rp->r_start.rss_period
		: RS_DEFAULT_PERIOD;
}

/* How many periods to wait after the n-th failure in a row. */
static uint32_t backoff_periods(int n)
{
	uint32_t periods = 1;

	if (n <= 1)
		return 0;
	while (--n > 0 && periods < RS_BACKOFF_MAX)
		periods *= 2;
	return periods < RS_BACKOFF_MAX ? periods : RS_BACKOFF_MAX;
}

static void schedule_restart(struct rproc *rp)
{
	rp->r_state = RSS_BACKOFF;
	rp->r_restart_at = rs_now() + backoff_periods(rp->r_fails) *
		period_of(rp);
}

/* One more failure in a row, at tick now. */
static void count_failure(struct rproc *rp, uint32_t now)
{
	rp->r_fails++;
	if (rp->r_fails <= RS_MAX_FAILS + 1) {
		rp->r_history[rp->r_fails - 1].rfe_failed = now;
		rp->r_history[rp->r_fails - 1].rfe_restarted = 0;
	}
}

static void restart_now(struct rproc *rp)
{
	uint32_t now = rs_now();
	int r;

	rp->r_restarts++;
	if (rp->r_fails >= 1 && rp->r_fails <= RS_MAX_FAILS + 1)
		rp->r_history[rp->r_fails - 1].rfe_restarted = now;
	if ((r = rs_start(rp, SEF_INIT_RESTART)) != OK) {
		printf("rs: cannot restart %s: %s\n", rp->r_start.rss_label,
			strerror(-r));
		count_failure(rp, now);
		schedule_restart(rp);
	}
}

/* rp no longer runs: its label and driver-up events leave DS (see
 * dspub.c), so that what waits for it fails. */
static void withdraw(struct rproc *rp)
{
	rs_withdraw_label(rp->r_start.rss_label);
}

/* rp is gone for good. */
void rs_forget(struct rproc *rp)
{
	withdraw(rp);
	rs_free(rp);
}

/* A service we asked to stop has gone: forget it, or start it afresh
 * for a refresh. */
static void stopped(struct rproc *rp)
{
	assert(rp->r_state == RSS_STOPPING);
	rp->r_endpoint = NONE;
	if (rp->r_refresh) {
		rp->r_refresh = false;
		rp->r_fails = 0;
		if (rs_start(rp, SEF_INIT_FRESH) == OK)
			return;
	}
	rs_answer(rp, OK);
	rs_forget(rp);
}

/* rp failed (why says how); its instance may still be alive.  Only a
 * service with an instance can fail: one starting, up or stopping (the
 * others have none, r_endpoint NONE, and are found by no endpoint). */
void rs_failed(struct rproc *rp, const char *why)
{
	uint32_t now = rs_now();
	endpoint_t ep = rp->r_endpoint;
	int r;

	if (rs_lu_failed(ep, why))
		return;			/* a new version, rolled back */
	assert(rp->r_state == RSS_STARTING || rp->r_state == RSS_UP
	    || rp->r_state == RSS_STOPPING);
	if (rp->r_state == RSS_STOPPING) {	/* we asked for it to stop */
		rs_end_instance(ep);
		stopped(rp);
		return;
	}
	if (rp->r_core) {
		printf("rs: %s %s: a core server; the system cannot go on\n",
			rp->r_start.rss_label, why);
		(void) sys_abort(RBT_PANIC);
	}
	snprintf(rp->r_failure, sizeof(rp->r_failure), "%s", why);
	rp->r_failure_tick = now;
	rp->r_endpoint = NONE;
	rs_end_instance(ep);
	if (now - rp->r_started > RS_STABLE)
		rp->r_fails = 0;		/* it had been fine for a while */
	count_failure(rp, now);
	printf("rs: %s (endpoint %d) %s\n", rp->r_start.rss_label, ep, why);
	if (rs_shutting_down || (rp->r_start.rss_flags & RSF_NO_RESTART)) {
		rs_answer(rp, -EGENERIC);
		rs_forget(rp);
		return;
	}
	if (rp->r_fails > RS_MAX_FAILS) {
		printf("rs: %s keeps failing: given up after %d restarts\n",
			rp->r_start.rss_label, rp->r_restarts);
		rp->r_state = RSS_GIVEN_UP;
		withdraw(rp);
		rs_answer(rp, -EGENERIC);
		return;
	}
	if (rp->r_start.rss_script[0] != '\0') {
		if ((r = rs_run_script(rp, why)) == OK)
			return;
		printf("rs: cannot run %s's recovery script: %s\n",
			rp->r_start.rss_label, strerror(-r));
	}
	schedule_restart(rp);
	if (rp->r_restart_at <= now)
		restart_now(rp);
}

/* PM says a service's process has ended (or we ended it). */
void rs_exited(endpoint_t ep, int status)
{
	struct rproc *rp = rs_find_endpoint(ep);
	char why[40];

	if ((status & 0x7F) != 0)
		snprintf(why, sizeof(why), "died of signal %d", status & 0x7F);
	else
		snprintf(why, sizeof(why), "exited with status %d",
			(status >> 8) & 0xFF);
	if (rp == NULL) {
		(void) rs_lu_failed(ep, why);	/* a new version's? */
		return;			/* or one we ended ourselves */
	}
	if (rp->r_state == RSS_STOPPING) {
		stopped(rp);
		return;
	}
	rs_failed(rp, why);		/* (PM has already cleaned up) */
}

/* RS_EXIT: a service ends itself (sef_exit).  We end it, the kernel
 * first, so that it never waits for PM (docs/architecture.md); PM hears
 * of it asynchronously.  A process we do not manage is told so, and
 * exits through PM. */
void rs_service_exit(message *m)
{
	struct rproc *rp = rs_find_endpoint(m->m_source);
	char why[40];

	snprintf(why, sizeof(why), "exited with status %d",
		m->m_rs_exit.status & 0xFF);
	if (rp == NULL && rs_lu_failed(m->m_source, why))
		return;			/* a new version: rolled back */
	if (rp == NULL) {
		m->m_type = -ESRCH;
		(void) ipc_sendnb(m->m_source, m);
		return;
	}
	rs_failed(rp, why);
}

/* Stop rp cleanly (service down, refresh): SIGTERM, then force. */
void rs_stop(struct rproc *rp, bool refresh)
{
	message m;

	rp->r_state = RSS_STOPPING;
	rp->r_refresh = refresh;
	rp->r_deadline = rs_now() + RS_STOP_TIMEOUT;
	memset(&m, 0, sizeof(m));
	m.m_type = RS_SIGNAL;
	m.m_rs_signal.sig = SIGTERM;
	(void) asynsend3(rp->r_endpoint, &m, AMF_NOREPLY);
}

/* The heartbeat: an answer since the last ping, or the service hangs.
 * Once a period (a second without a heartbeat) a service that is not
 * core is also looked at for an answer or an interrupt it lost, or a
 * loop while a caller waits (lostreply.c); core
 * servers keep callers waiting by design (a pipe read in VFS). */
static void check_heartbeat(struct rproc *rp, uint32_t now)
{
	if (rs_lu_busy(rp))
		return;			/* the update watches it */
	if (now - rp->r_ping_sent < period_of(rp))
		return;
	if (rp->r_start.rss_period != 0 && !rp->r_ping_answered) {
		rs_failed(rp, "hangs (no answer to the heartbeat)");
		return;
	}
	if (!rp->r_core && rs_lost_reply(rp, period_of(rp))) {
		rs_failed(rp, "hangs (a caller waits for an answer it lost)");
		return;
	}
	if (!rp->r_core && rs_lost_irq(rp, period_of(rp))) {
		rs_failed(rp, "hangs (an interrupt it left unacknowledged)");
		return;
	}
	if (!rp->r_core && rs_spinning(rp, period_of(rp))) {
		rs_failed(rp, "hangs (it loops while a caller waits)");
		return;
	}
	rp->r_ping_answered = false;
	rp->r_ping_sent = now;
	if (rp->r_start.rss_period != 0)
		(void) ipc_notify(rp->r_endpoint);
}

/* Every RS_TICK: deadlines, heartbeats, restarts that are due. */
void rs_tick(void)
{
	uint32_t now = rs_now();
	struct rproc *rp;
	int i;

	rs_script_tick();
	rs_lu_tick();
	for (i = 0; i < NR_SERVICES; i++) {
		rp = &rproc[i];
		switch (rp->r_state) {
		case RSS_STARTING:
			if (now >= rp->r_deadline)
				rs_failed(rp, "did not initialise in time");
			break;
		case RSS_STOPPING:
			if (now >= rp->r_deadline) {
				rs_end_instance(rp->r_endpoint);
				stopped(rp);
			}
			break;
		case RSS_UP:
			check_heartbeat(rp, now);
			break;
		case RSS_BACKOFF:
			if (now >= rp->r_restart_at)
				restart_now(rp);
			break;
		default:
			break;
		}
	}
}
