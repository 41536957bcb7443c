/*
 * clock.c - the kernel's clock and alarm, for timer.c (host tests have
 * their own).
 *
 * Entry points: clock_read, clock_alarm.
 */
#include <minix/syslib.h>
#include "timer.h"

uint32_t clock_read(void);
void clock_alarm(uint32_t when);

uint32_t clock_read(void)
{
	uint32_t up = 0;

	(void) sys_times(NONE, NULL, NULL, &up, NULL);
	return up;
}

/* A CLOCK notification at tick when (0: none). */
void clock_alarm(uint32_t when)
{
	(void) sys_setalarm(when, 1);
}
