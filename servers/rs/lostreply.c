/*
 * lostreply.c - a driver that lost an answer is hung, heartbeat or not.
 *
 * A driver whose reply went astray (a corrupted reply path, a message it
 * never sent) goes on answering RS's pings from its main loop, while the
 * caller that waits in a sendrec for that reply - MFS, or VFS itself for
 * a raw block device - waits for ever, and everything behind it with it.
 * The kernel tells how long each process has waited for its answer
 * (pi_reply_wait); once a period (its heartbeat's, or a second) RS looks
 * for a caller that has waited more than RS_LOST_REPLY_PERIODS of them
 * while
 * the driver itself sits idle in a receive from anyone.  Such a driver
 * is failed like a hung one: its restart fails the caller's sendrec
 * (EDEADSRCDST) and the caller re-issues its request.
 *
 * Likewise a driver idle in its receive that has not enabled its IRQ
 * line again for RS_LOST_REPLY_PERIODS since an interrupt it was told
 * of (pi_irq_wait): it lost the notification, and the masked line
 * starves every other driver that shares it (an rtl8139 fault once cost
 * the e1000 its network this way).
 *
 * And a driver caught in a loop while a caller waits for it: runnable
 * at RS_LOST_REPLY_PERIODS checks in a row, half a period of CPU or more
 * between each, a caller waiting longer than that.  A driver without a
 * heartbeat (memory) is seen only this way; the kernel lowers a looping
 * service's queue so that RS gets to look (kernel/sched.c).
 */
#include <string.h>
#include <minix/dmap.h>
#include <minix/kinfo.h>
#include "rs.h"

#define RS_LOST_REPLY_PERIODS	2

static struct proc_info tab[NR_TASKS + NR_PROCS];
static int tab_n;
static uint32_t tab_at;

/* The process table, fetched at most twice a second: copying it is a
 * long kernel call, and a NIC's interrupts must not wait for it. */
static int proctab(void)
{
	uint32_t now = rs_now();

	if (tab_n <= 0 || now - tab_at >= HZ / 2) {
		tab_n = sys_getproctab(tab, NR_TASKS + NR_PROCS);
		tab_at = now;
	}
	return tab_n;
}

/* Is rp idle in a receive from anyone?  Fills self. */
static bool idle(const struct rproc *rp, struct proc_info *self)
{
	return sys_getproc(rp->r_endpoint, self) == OK
		&& self->pi_state == PI_RECEIVING
		&& self->pi_blocked_on == ANY;
}

/* Is rp idle with an interrupt it has left unacknowledged too long? */
bool rs_lost_irq(const struct rproc *rp, uint32_t period)
{
	struct proc_info self;

	return idle(rp, &self)
		&& self.pi_irq_wait > RS_LOST_REPLY_PERIODS * period;
}

/* Has someone waited in a sendrec for rp longer than limit ticks? */
static bool caller_waits(const struct rproc *rp, uint32_t limit)
{
	int i, n;

	if ((n = proctab()) <= 0)
		return false;
	for (i = 0; i < n; i++)
		if (tab[i].pi_state == PI_RECEIVING
		    && tab[i].pi_blocked_on == rp->r_endpoint
		    && tab[i].pi_reply_wait > limit)
			return true;
	return false;
}

/* Does rp serve devices: a major given at its start, or one the boot
 * set's table (include/minix/dmap.h) gives it? */
static bool serves_devices(const struct rproc *rp)
{
#define SERVES(NAME, nr, label) \
	if (strcmp(rp->r_start.rss_label, label) == 0) return true;
	if (rp->r_start.rss_major > 0)
		return true;
	DEVICE_MAJORS(SERVES)
	return false;
#undef SERVES
}

/* Is rp, a device driver, idle while someone has waited too long for its
 * answer?  Only drivers: a file server whose driver died waits in a
 * receive from anyone for the next instance, VFS waiting for it all the
 * while - no lost answer, and killing it would lose what it caches. */
bool rs_lost_reply(const struct rproc *rp, uint32_t period)
{
	struct proc_info self;

	if (!serves_devices(rp) || !idle(rp, &self))
		return false;		/* busy, or waiting for someone */
	return caller_waits(rp, RS_LOST_REPLY_PERIODS * period);
}

/* Is rp spinning while someone waits for it?  Called once a period. */
bool rs_spinning(struct rproc *rp, uint32_t period)
{
	struct proc_info self;
	uint32_t cpu;
	bool busy;

	if (sys_getproc(rp->r_endpoint, &self) != OK)
		return false;
	cpu = self.pi_user_time + self.pi_sys_time;
	busy = self.pi_state == PI_RUNNABLE
		&& cpu - rp->r_cpu_seen >= period / 2;
	rp->r_cpu_seen = cpu;
	rp->r_busy_checks = busy ? rp->r_busy_checks + 1 : 0;
	return rp->r_busy_checks >= RS_LOST_REPLY_PERIODS
		&& caller_waits(rp, RS_LOST_REPLY_PERIODS * period);
}
