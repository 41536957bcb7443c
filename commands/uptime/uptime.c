/*
 * uptime - how long the system has been up, who is on, and its load.
 *
 *	uptime
 *
 * One line: the time of day (UTC), the time since boot, the users
 * logged in (login's entries in /var/run/utmp) and the load averages
 * of the last 1, 5 and 15 minutes (the runnable processes, as the
 * kernel samples them every 5 seconds).
 */
#include <stdio.h>
#include <time.h>
#include <utmpx.h>
#include <minix/kinfo.h>
#include <minix/sysinfo.h>

static int users(void)
{
	struct utmpx *u;
	int n = 0;

	setutxent();
	while ((u = getutxent()) != NULL)
		n += u->ut_type == USER_PROCESS;
	endutxent();
	return n;
}

static void print_up(unsigned long secs)
{
	unsigned long days = secs / 86400, hours = secs / 3600 % 24,
	    mins = secs / 60 % 60;

	if (days > 0)
		printf("%lu day%s, ", days, days == 1 ? "" : "s");
	if (hours > 0)
		printf("%2lu:%02lu", hours, mins);
	else
		printf("%lu min", mins);
}

int main(int argc, char **argv)
{
	struct pm_sysinfo si;
	time_t now = time(NULL);
	struct tm *tm = gmtime(&now);
	int n;

	(void) argv;
	if (argc != 1) {
		fputs("usage: uptime\n", stderr);
		return 1;
	}
	if (getsysinfo(&si) < 0 || tm == NULL) {
		perror("uptime");
		return 1;
	}
	n = users();
	printf(" %02d:%02d:%02d up ", tm->tm_hour, tm->tm_min, tm->tm_sec);
	print_up(si.si_uptime / si.si_hz);
	printf(",  %d user%s,  load average: %.2f, %.2f, %.2f\n", n,
	    n == 1 ? "" : "s", (double) si.si_loadavg[0] / LOAD_SCALE,
	    (double) si.si_loadavg[1] / LOAD_SCALE,
	    (double) si.si_loadavg[2] / LOAD_SCALE);
	return fflush(stdout) == 0 ? 0 : 1;
}
