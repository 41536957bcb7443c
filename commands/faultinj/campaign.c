/*
 * campaign.c - a fault campaign in one boot: inject, check, recover,
 * check everything, repeat.
 *
 * Round i injects the fault fi_mix(seed, i) chooses into the driver
 * that has had fewest faults, among those restarted fewer than
 * MAX_STREAK times in a row (RS forgives a service that stayed up 10 s):
 * RS's give-up after repeated failures stays out of the campaign (a
 * driver failing again and again would be given up by design, not by
 * one fault).  Then:
 *   - the driver's workload runs, and its instance is looked up again:
 *     a new endpoint means it failed and RS restarted it;
 *   - a driver that survived has a text fault undone; one that gave
 *     wrong data or errors is killed, so that a clean instance serves;
 *   - every driver's workload must then pass, within a bound, on the
 *     instance RS gives (an instance that keeps failing requests is
 *     killed too): anything else is a system failure, printed
 *     with the seed and fault that replay it.
 * The host (tools/faults) counts crashes and hangs from RS's console
 * lines and compares the printed jobs with the parallel port's file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/pm.h>
#include "faultinj.h"

#define MAX_LABELS	8
#define STABLE_SECONDS	11	/* RS forgives failures after 10 s up */
#define MAX_STREAK	3	/* RS gives up after 6 in a row (rs.h) */
#define BACK_SECONDS	60	/* a failed driver must be back by then */
#define FAILING_SECONDS	3	/* an instance failing requests this long
				 * is broken: killed for a clean one */
#define POLL_USEC	20000
#define ANSWER_SECONDS	5	/* a workload that waits longer lost an
				 * answer: see run_watched() */

struct target {
	const char *label;
	struct image im;
	time_t restarted;	/* when its last instance started, or 0 */
	int streak;		/* restarts since it was last up 11 s */
	int injected, restarts, recovered, failures;
};

static struct target tg[MAX_LABELS];
static int ntg;

endpoint_t label_endpoint(const char *label)
{
	endpoint_t ep;

	return ds_retrieve_label_endpt(label, &ep) == OK ? ep : NONE;
}

/* The label's instance other than old (NONE: any), once DS has it. */
static endpoint_t wait_instance(const char *label, endpoint_t old)
{
	time_t end = time(NULL) + BACK_SECONDS;
	endpoint_t ep;

	while ((ep = label_endpoint(label)) == NONE || ep == old) {
		if (time(NULL) > end)
			return NONE;
		usleep(POLL_USEC);
	}
	return ep;
}

static pid_t pid_of(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_EPINFO;
	m.m_pm_epinfo.ep = ep;
	if (ipc_sendrec(PM_PROC_EP, &m) != OK || m.m_type != OK)
		return -1;
	return m.m_pm_epinfo_reply.pid;
}

/* Kill t's instance ep, so that RS starts a clean one. */
static void kill_instance(struct target *t, endpoint_t ep, const char *why)
{
	pid_t pid = pid_of(ep);

	if (pid <= 0 || label_endpoint(t->label) != ep)
		return;
	printf("faults: killed %s (%s)\n", t->label, why);
	t->restarted = time(NULL);
	t->streak++;
	kill(pid, SIGKILL);
	wait_instance(t->label, ep);
}

/* t's workload, in a child process: a driver that swallowed an answer
 * (a dropped reply, a corrupted reply path) still answers RS's
 * heartbeat, and its client - the child, or MFS on its behalf - would
 * wait for ever.  After ANSWER_SECONDS the instance is killed, as an
 * operator would: its pending requests then fail or are re-issued. */
static int run_watched(struct target *t, uint32_t round)
{
	endpoint_t ep = label_endpoint(t->label);
	time_t end = time(NULL) + ANSWER_SECONDS;
	int status;
	pid_t child, r;

	fflush(stdout);
	if ((child = fork()) < 0)
		return WL_ERROR;
	if (child == 0)
		_exit(workload_run(t->label, round));
	while ((r = waitpid(child, &status, WNOHANG)) == 0) {
		if (time(NULL) > end && ep != NONE) {
			kill_instance(t, ep, "lost an answer");
			ep = NONE;
		}
		usleep(POLL_USEC);
	}
	if (r != child || !WIFEXITED(status))
		return WL_ERROR;
	return WEXITSTATUS(status);
}

/* The workload until it passes on a working instance: a failed request
 * is tried again (RS may be restarting the driver), a driver that
 * answers wrongly is killed for a clean one.  0, or -1 if even that
 * does not help: a system failure. */
static int verify(struct target *t, uint32_t round, const char **why)
{
	time_t end = time(NULL) + BACK_SECONDS, failing = 0;
	endpoint_t ep, failing_ep = NONE;
	int r, kills = 0;

	for (;;) {
		if ((ep = wait_instance(t->label, NONE)) == NONE) {
			*why = "driver not back";
			return -1;
		}
		if ((r = run_watched(t, round)) == WL_OK)
			return 0;
		if (time(NULL) > end) {
			*why = r == WL_BAD ? "wrong data" : "requests fail";
			return -1;
		}
		if (r == WL_ERROR && ep != failing_ep) {
			failing_ep = ep;	/* this instance's first error */
			failing = time(NULL);
		}
		if (r == WL_BAD && kills++ < 3)	/* a clean instance, please */
			kill_instance(t, ep, "wrong answers");
		else if (r == WL_ERROR && time(NULL) - failing >= FAILING_SECONDS
		    && kills++ < 3)
			kill_instance(t, ep, "failing requests");
		else
			usleep(POLL_USEC);
	}
}

/* The driver to fault next: the fewest faults among those RS would
 * restart again (fewer than MAX_STREAK restarts in a row, or up long
 * enough to have them forgiven); -1 if none is yet. */
static int next_target(void)
{
	time_t now = time(NULL);
	int i, best = -1;

	for (i = 0; i < ntg; i++) {
		if (now - tg[i].restarted >= STABLE_SECONDS)
			tg[i].streak = 0;
		if (tg[i].streak < MAX_STREAK
		    && (best < 0 || tg[i].injected < tg[best].injected))
			best = i;
	}
	return best;
}

/* One round; 0, or -1 on a system failure. */
static int round_one(uint32_t seed, uint32_t i)
{
	uint32_t fseed = fi_mix(seed, i);
	const char *why = NULL;
	struct target *t;
	struct fault f;
	endpoint_t ep0, ep1;
	int k, r, wl;

	while ((k = next_target()) < 0)
		usleep(POLL_USEC * 10);	/* all recovering: wait */
	t = &tg[k];
	ep0 = wait_instance(t->label, NONE);
	fault_pick(&t->im, fseed, &f);
	if (ep0 == NONE || (r = fault_inject(ep0, &f)) != OK) {
		printf("fault %lu seed %lu %s %s: not injected (%d)\n",
			(unsigned long) i, (unsigned long) fseed, t->label,
			f.desc, ep0 == NONE ? -1 : r);
		return 0;
	}
	t->injected++;
	printf("fault %lu seed %lu %s %s\n", (unsigned long) i,
		(unsigned long) fseed, t->label, f.desc);
	wl = run_watched(t, i);
	ep1 = label_endpoint(t->label);
	if (ep1 == ep0)
		fault_undo(ep0, &f);
	else {
		t->restarts++;
		t->streak++;
		t->restarted = time(NULL);
	}
	for (k = 0; k < ntg && why == NULL; k++)
		if (verify(&tg[k], i, &why) != 0)
			printf("fault %lu: SYSTEM FAILURE: %s %s: seed %lu "
				"%s %s\n", (unsigned long) i, tg[k].label,
				why, (unsigned long) fseed, t->label, f.desc);
	if (ep1 != ep0 && why == NULL)
		t->recovered++;
	printf("fault %lu: %s, %s\n", (unsigned long) i,
		ep1 != ep0 ? "restarted" : "survived",
		wl == WL_OK ? "data ok" : wl == WL_BAD ? "data wrong"
		: "request failed");
	return why != NULL ? -1 : 0;
}

int campaign(int n, uint32_t seed, char **labels, int nlabels)
{
	int i, failures = 0, injected = 0, restarts = 0, recovered = 0;

	for (i = 0; i < nlabels && ntg < MAX_LABELS; i++) {
		tg[ntg].label = labels[i];
		if (image_load(labels[i], &tg[ntg].im) != 0) {
			printf("faultinj: cannot read /service/%s\n", labels[i]);
			return 1;
		}
		ntg++;
	}
	if (workload_init() != 0) {
		printf("faultinj: the workload fails before any fault\n");
		return 1;
	}
	printf("faults: campaign of %d faults, seed %lu\n", n,
		(unsigned long) seed);
	for (i = 0; i < n; i++)
		if (round_one(seed, i) != 0)
			failures++;
	for (i = 0; i < ntg; i++) {
		printf("faults: %s injected %d restarted %d recovered %d\n",
			tg[i].label, tg[i].injected, tg[i].restarts,
			tg[i].recovered);
		injected += tg[i].injected;
		restarts += tg[i].restarts;
		recovered += tg[i].recovered;
	}
	printf("faults: done: injected %d, restarted %d, recovered %d, "
		"system failures %d\n", injected, restarts, recovered, failures);
	return 0;
}
