/*
 * hellocount.c - how many reads the hello driver has answered.
 *
 * usage: hellocount [DEVICE]	(DEVICE is /dev/hello unless named)
 *
 * The other half of the example driver (drivers/hello): a program that
 * asks a driver something with ioctl(2), here HIOCGETREADS, whose answer
 * comes back through the grant VFS makes of the argument.  It is a
 * command of its own, not an option of a test program, because it is
 * part of what a newcomer copies with the driver, and because the count
 * is what shows a user that hello's state survives a restart; the test
 * programs (faultytest) are there to break drivers, not to ask them.
 */
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <minix/hello.h>

int main(int argc, char **argv)
{
	const char *dev = argc > 1 ? argv[1] : "/dev/hello";
	uint32_t reads;
	int fd;

	if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
		fprintf(stderr, "usage: hellocount [DEVICE]\n");
		return 2;
	}
	if ((fd = open(dev, O_RDONLY)) < 0
	    || ioctl(fd, HIOCGETREADS, &reads) < 0) {
		perror(dev);
		return 1;
	}
	printf("%lu\n", (unsigned long) reads);
	close(fd);
	return 0;
}
