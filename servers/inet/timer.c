/*
 * timer.c - INET's timers: a list of armed timers sorted by expiry, and
 * one kernel alarm (sys_setalarm) for the first of them.
 *
 * The clock (ticks since boot) is read from the kernel at most once per
 * message the main loop handles: clock_tick() marks it stale, now()
 * reads it again when asked.
 *
 * Entry points: now, clock_tick, timer_set, timer_stop, timer_armed,
 * timer_left, timers_expire, timers_arm.
 */
#include <stddef.h>
#include "timer.h"

uint32_t clock_read(void);		/* the kernel's clock (clock.c) */
void clock_alarm(uint32_t when);	/* the kernel's alarm (clock.c) */

static struct timer *armed;		/* soonest first */
static uint32_t cached;
static bool stale = true;
static uint32_t alarm_at;		/* what the alarm is set for; 0 none */

uint32_t now(void)
{
	if (stale) {
		cached = clock_read();
		stale = false;
	}
	return cached;
}

void clock_tick(void)
{
	stale = true;
}

void timer_stop(struct timer *t)
{
	struct timer **pp;

	if (!t->t_armed)
		return;
	for (pp = &armed; *pp != NULL; pp = &(*pp)->t_next)
		if (*pp == t) {
			*pp = t->t_next;
			break;
		}
	t->t_armed = false;
}

/* Arm t to call fn(arg) in ticks ticks (at least one). */
void timer_set(struct timer *t, uint32_t ticks, void (*fn)(void *), void *arg)
{
	struct timer **pp;

	timer_stop(t);
	t->t_when = now() + (ticks > 0 ? ticks : 1);
	t->t_fn = fn;
	t->t_arg = arg;
	t->t_armed = true;
	for (pp = &armed; *pp != NULL && !TICK_BEFORE(t->t_when, (*pp)->t_when);
	    pp = &(*pp)->t_next)
		;
	t->t_next = *pp;
	*pp = t;
}

bool timer_armed(const struct timer *t)
{
	return t->t_armed;
}

uint32_t timer_left(const struct timer *t)
{
	uint32_t n = now();

	if (!t->t_armed || TICK_BEFORE(t->t_when, n))
		return 0;
	return t->t_when - n;
}

/* Run every timer that is due.  Each is taken off the list before it
 * runs, so it may set itself again. */
void timers_expire(void)
{
	struct timer *t;

	now();
	while ((t = armed) != NULL && !TICK_BEFORE(now(), t->t_when)) {
		armed = t->t_next;
		t->t_armed = false;
		t->t_fn(t->t_arg);
	}
}

/* The kernel's alarm for the first armed timer (or none). */
void timers_arm(void)
{
	uint32_t when = armed != NULL ? armed->t_when : 0;

	if (when == 0 && armed != NULL)
		when = 1;
	if (when == alarm_at)
		return;
	alarm_at = when;
	clock_alarm(when);
}
