/*
 * hellotest.c - make the hello driver fail on purpose (see
 * <minix/hello.h>), for the recovery tests.
 *
 * usage: hellotest crash|hang|exit|failinit
 * Prints what the ioctl returned: the driver dies before it answers, so
 * VFS ends the call with EIO once RS has brought the driver back.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <minix/hello.h>

int main(int argc, char **argv)
{
	static const struct { const char *name; unsigned long req; } ops[] = {
		{ "crash", HIOCCRASH }, { "hang", HIOCHANG },
		{ "exit", HIOCEXIT }, { "failinit", HIOCFAILINIT },
	};
	size_t i;
	int fd, r;

	if (argc != 2)
		goto usage;
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strcmp(argv[1], ops[i].name) != 0)
			continue;
		if ((fd = open("/dev/hellotest", O_RDWR)) < 0) {
			perror("hellotest: /dev/hellotest");
			return 1;
		}
		r = ioctl(fd, ops[i].req, NULL);
		printf("hellotest: %s: %s\n", argv[1],
			r < 0 ? strerror(errno) : "no error");
		close(fd);
		return 0;
	}
usage:
	fprintf(stderr, "usage: hellotest crash|hang|exit|failinit\n");
	return 2;
}
