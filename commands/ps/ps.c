/*
 * ps.c - list processes: pid, parent, state, user, times, name, and for
 * system services and the kernel's tasks their endpoint.
 *
 *	ps [-Ael]
 *
 * Without options, the ordinary programs; -e (or -A) adds the system
 * services and the kernel's tasks (idle, clock, system and kernel, as
 * MINIX's ps shows them, with pids -4 to -1); -l adds each one's
 * scheduling queue (PRI, 0 the most urgent), nice value (NI) and memory
 * in KiB (SZ).  TIME is user and system time together.  Not offered:
 * POSIX's -f, -o, -p, -t and -u selections and formats, and the
 * command's arguments (PM keeps only its name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

#define MAX_PROCS	260

static void usage(void)
{
	fprintf(stderr, "usage: ps [-Ael]\n");
	exit(1);
}

static void row(const struct pm_procinfo *p, int wide)
{
	unsigned secs = (p->pi_user_ticks + p->pi_sys_ticks) / 100;

	printf("%5d %5d %c %5u ", p->pi_pid, p->pi_ppid, p->pi_state,
	    p->pi_uid);
	if (wide)
		printf("%3u %3d %5u ", p->pi_queue, p->pi_nice,
		    p->pi_mem / 1024);
	printf("%5u:%02u ", secs / 60, secs % 60);
	if (p->pi_system)
		printf("%8d ", p->pi_endpoint);
	else
		printf("%8s ", "-");
	printf("%s\n", p->pi_name);
}

int main(int argc, char **argv)
{
	static struct pm_procinfo tab[MAX_PROCS];
	int all = 0, wide = 0, c, n, i;

	while ((c = getopt(argc, argv, "Ael")) != -1) {
		if (c == 'A' || c == 'e')
			all = 1;
		else if (c == 'l')
			wide = 1;
		else
			usage();
	}
	if (optind != argc)
		usage();
	if ((n = getprocs(tab, MAX_PROCS)) < 0) {
		perror("ps");
		return 1;
	}
	printf("  PID  PPID S   UID %s    TIME ENDPOINT NAME\n",
	    wide ? "PRI  NI    SZ" : "");
	for (i = 0; i < n; i++)
		if (all || !tab[i].pi_system)
			row(&tab[i], wide);
	return 0;
}
