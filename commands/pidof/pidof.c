/*
 * pidof.c - the pids of the running processes with a given name,
 * system services included (the recovery tests use it on drivers), the
 * kernel's tasks not (they have no pid to signal).
 *
 * usage: pidof NAME...   exit status 1 if none was found
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysinfo.h>

#define MAX_PROCS	256


int main(int argc, char **argv)
{
	static struct pm_procinfo tab[MAX_PROCS];
	int n, i, a, found = 0;

	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: pidof NAME...\n");
		return 2;
	}
	if ((n = getprocs(tab, MAX_PROCS)) < 0) {
		perror("pidof");
		return 1;
	}
	for (a = 1; a < argc; a++) {
		for (i = 0; i < n; i++) {
			if (tab[i].pi_state == 'Z' || tab[i].pi_pid <= 0
			    || strcmp(tab[i].pi_name, argv[a]) != 0)
				continue;
			printf("%s%d", found ? " " : "", tab[i].pi_pid);
			found = 1;
		}
	}
	if (found)
		printf("\n");
	return found ? 0 : 1;
}
