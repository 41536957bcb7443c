/*
 * halt.c - halt, reboot or power off the machine (one program, three
 * names).  Everything cached is written first.
 *
 * usage: halt | reboot | poweroff
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/reboot.h>

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1
		: argv[0];
	int how = RB_HALT;

	if (argc != 1) {
		fprintf(stderr, "usage: %s\n", name);
		return 1;
	}
	if (strcmp(name, "reboot") == 0)
		how = RB_REBOOT;
	else if (strcmp(name, "poweroff") == 0)
		how = RB_POWEROFF;
	sync();
	if (reboot(how) < 0) {
		perror(name);
		return 1;
	}
	return 0;
}
