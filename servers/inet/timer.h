/*
 * timer.h - timers for every protocol, on the one kernel alarm INET
 * has, and the clock in ticks (HZ a second).
 *
 * A timer is a struct the protocol embeds in its own state; setting an
 * armed timer moves it.  Expired timers run from the main loop, one at a
 * time, so a timer function may set or stop any timer.
 */
#ifndef _INET_TIMER_H
#define _INET_TIMER_H

#include <stdbool.h>
#include <stdint.h>

struct timer {
	struct timer *t_next;		/* in the list of armed timers */
	uint32_t t_when;		/* tick it expires at */
	void (*t_fn)(void *arg);
	void *t_arg;
	bool t_armed;
};

uint32_t now(void);			/* ticks since boot */
void clock_tick(void);			/* the loop got a message: the clock
					 * is read again when asked */
void timer_set(struct timer *t, uint32_t ticks, void (*fn)(void *),
	void *arg);
void timer_stop(struct timer *t);
bool timer_armed(const struct timer *t);
uint32_t timer_left(const struct timer *t);	/* ticks, 0 if not armed */
void timers_expire(void);		/* run those that are due */
void timers_arm(void);			/* the alarm for the next one */

/* Tick arithmetic that survives the counter wrapping. */
#define TICK_BEFORE(a, b)	((int32_t) ((a) - (b)) < 0)

#endif
