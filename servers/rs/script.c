/*
 * script.c - recovery scripts (service up ... -script FILE).
 *
 * A service with a script is not restarted by RS when it fails: the
 * script runs as
 *	/bin/sh FILE restart LABEL REASON COUNT
 * (REASON one of exit, signal, hang, init; COUNT the failures in a row)
 * and decides - typically it logs, then runs `service restart LABEL`.
 *
 * RS does not start the script itself: fork waits for PM, and RS must
 * never wait for PM (PM may be waiting for VFS, and VFS for a driver
 * that only RS can bring back).  init starts it instead.  RS marks the
 * job due and wakes init with SIGUSR1 (a kernel call, which never
 * waits), again at every tick until init has taken it; init asks for
 * the due jobs (RS_SCRIPT_NEXT), starts each with the console as its
 * standard streams, and reaps it like any orphan.
 *
 * Running a script takes PM and VFS (fork, exec), so a script is no way
 * to recover the driver of the disk those servers may be waiting for:
 * such a driver should be restarted by RS itself (no -script).
 *
 * Entry points: rs_run_script(), rs_script_tick(), rs_script_next().
 */
#include <string.h>
#include <signal.h>
#include "rs.h"

/* The failure in one word, for the script's $3. */
static const char *reason_word(const char *why)
{
	if (strncmp(why, "died", 4) == 0)
		return "signal";
	if (strncmp(why, "exited", 6) == 0)
		return "exit";
	if (strncmp(why, "hangs", 5) == 0)
		return "hang";
	if (strstr(why, "initialis") != NULL)
		return "init";
	return "restart";		/* service restart on request */
}

static int wake_init(void)
{
	return sys_kill(INIT_PROC_EP, SIGUSR1);
}

/* rp has failed (why); hand the decision to its script.  OK, or an
 * error when init cannot be told (RS then restarts rp). */
int rs_run_script(struct rproc *rp, const char *why)
{
	int r;

	if ((r = wake_init()) != OK)
		return r;
	strcpy(rp->r_script_reason, reason_word(why));
	rp->r_script_due = true;
	rp->r_state = RSS_SCRIPT;
	return OK;
}

/* A job still due: init may have missed our signal (it came just before
 * init went to wait), so it gets another. */
void rs_script_tick(void)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		if (rproc[i].r_state == RSS_SCRIPT && rproc[i].r_script_due) {
			(void) wake_init();
			return;
		}
	}
}

/* RS_SCRIPT_NEXT from init: the next due job, copied to its buffer;
 * -ENOENT when none is due. */
int rs_script_next(const message *m)
{
	struct rs_script job;
	struct rproc *rp;
	int i;

	if (m->m_source != INIT_PROC_EP)
		return -EPERM;
	if (m->m_rs_script_next.len < sizeof(job))
		return -EINVAL;
	for (i = 0; i < NR_SERVICES; i++) {
		rp = &rproc[i];
		if (rp->r_state != RSS_SCRIPT || !rp->r_script_due)
			continue;
		memset(&job, 0, sizeof(job));
		strcpy(job.rsc_path, rp->r_start.rss_script);
		strcpy(job.rsc_label, rp->r_start.rss_label);
		strcpy(job.rsc_reason, rp->r_script_reason);
		job.rsc_count = rp->r_fails;
		if (sys_vircopy(SELF, (vir_bytes) &job, m->m_source,
		    m->m_rs_script_next.buf, sizeof(job)) != OK)
			return -EFAULT;
		rp->r_script_due = false;
		return OK;
	}
	return -ENOENT;
}
