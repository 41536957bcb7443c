/*
 * ps.c - list processes: pid, parent, state, user, times, name, and for
 * system services their endpoint.
 *
 * usage: ps [-e]   (-e: also the system services)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

#define MAX_PROCS	256


static void usage(void)
{
	fprintf(stderr, "usage: ps [-e]\n");
	exit(1);
}

int main(int argc, char **argv)
{
	static struct pm_procinfo tab[MAX_PROCS];
	int all = 0, c, n, i;

	while ((c = getopt(argc, argv, "e")) != -1) {
		if (c != 'e')
			usage();
		all = 1;
	}
	if (optind != argc)
		usage();
	if ((n = getprocs(tab, MAX_PROCS)) < 0) {
		perror("ps");
		return 1;
	}
	printf("  PID  PPID S   UID     TIME ENDPOINT NAME\n");
	for (i = 0; i < n; i++) {
		struct pm_procinfo *p = &tab[i];
		unsigned secs = (p->pi_user_ticks + p->pi_sys_ticks) / 100;
		if (p->pi_system && !all)
			continue;
		printf("%5d %5d %c %5u %5u:%02u ", p->pi_pid, p->pi_ppid,
			p->pi_state, p->pi_uid, secs / 60, secs % 60);
		if (p->pi_system)
			printf("%8d ", p->pi_endpoint);
		else
			printf("%8s ", "-");
		printf("%s\n", p->pi_name);
	}
	return 0;
}
