/*
 * clock.c - the tick: time keeping, CPU accounting, quanta and alarms.
 *
 * IRQ 0 fires HZ times a second.  Each tick is charged to the process it
 * interrupted; a preemptible process whose quantum runs out goes to the
 * back of its queue.  Each system process can have one alarm, which
 * arrives as a notification from CLOCK.  Each process can have the two
 * CPU-time timers of setitimer() (ITIMER_VIRTUAL, ITIMER_PROF), counted
 * down here on the ticks charged to it.
 *
 * Entry points: clock_init(), clock_tick(), set_alarm(), alarm_left().
 */
#include <signal.h>
#include "kernel.h"

uint32_t uptime;			/* ticks since boot */
static uint32_t next_alarm = UINT32_MAX;	/* earliest alarm due */

void clock_init(void)
{
	pit_init(HZ);
	pic_enable(0);
}

static void recompute_next_alarm(void)
{
	int i;

	next_alarm = UINT32_MAX;
	for (i = 0; i < NR_SYS_PROCS; i++)
		if (priv[i].s_alarm_set && priv[i].s_alarm_exp < next_alarm)
			next_alarm = priv[i].s_alarm_exp;
}

static void expire_alarms(void)
{
	struct priv *pr;
	int i;

	for (i = 0; i < NR_SYS_PROCS; i++) {
		pr = &priv[i];
		if (!pr->s_alarm_set || pr->s_alarm_exp > uptime)
			continue;
		pr->s_alarm_set = false;
		notify_from(CLOCK, proc_addr(pr->s_proc_nr));
	}
	recompute_next_alarm();
}

/* Count one tick of p's CPU time down on its timer, if it has one
 * running; the signal comes when it runs out. */
static void vtimer_tick(struct proc *p, int which, int sig)
{
	if (p->p_vtimer[which] == 0 || --p->p_vtimer[which] > 0)
		return;
	p->p_vtimer[which] = p->p_vtimer_ival[which];
	cause_sig(p, sig);
}

/* One tick.  from_user: the tick interrupted user mode (not IDLE). */
void clock_tick(bool from_user)
{
	struct proc *p = proc_ptr;

	uptime++;
	if (from_user)
		p->p_user_time++;
	else
		p->p_sys_time++;
	if (!iskernelp(p)) {
		if (from_user)
			vtimer_tick(p, VT_VIRTUAL, SIGVTALRM);
		vtimer_tick(p, VT_PROF, SIGPROF);
	}
	if (!iskernelp(p) && (p->p_priv->s_flags & PRIV_PREEMPTIBLE)
	    && --p->p_ticks_left <= 0)
		proc_no_time(p);
	if (uptime >= next_alarm)
		expire_alarms();
	if (uptime % HZ == 0)
		kproc_msg_tick();
	console_tick();
	if (uptime % LOAD_TICKS == 0)
		sched_sample_load();
}

/* Arm (exp != 0) or cancel (exp == 0) the alarm of pr, at absolute tick
 * exp.  Returns the ticks the previous alarm still had to go. */
uint32_t set_alarm(struct priv *pr, uint32_t exp)
{
	uint32_t left = alarm_left(pr);

	pr->s_alarm_set = (exp != 0);
	pr->s_alarm_exp = exp;
	recompute_next_alarm();
	return left;
}

uint32_t alarm_left(struct priv *pr)
{
	if (!pr->s_alarm_set)
		return 0;
	return pr->s_alarm_exp > uptime ? pr->s_alarm_exp - uptime : 0;
}
