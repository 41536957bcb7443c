/*
 * faultloop.c - fault N times in a row: a SIGSEGV handler that returns
 * makes the same store fault again.  Every fault is one the kernel could
 * report on the console; the robustness tests check it does not report
 * them all.
 *
 * usage: faultloop N	(prints "faultloop: N faults" and exits 0)
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static volatile long faults, limit;
static volatile int *volatile unmapped = (volatile int *) 16;

static void on_segv(int sig)
{
	(void) sig;
	if (++faults == limit) {
		printf("faultloop: %ld faults\n", faults);
		fflush(stdout);
		_exit(0);
	}
}

int main(int argc, char **argv)
{
	struct sigaction sa;

	if (argc != 2 || (limit = atol(argv[1])) <= 0) {
		fprintf(stderr, "usage: faultloop N\n");
		return 2;
	}
	sa.sa_handler = on_segv;
	sa.sa_flags = SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	*unmapped = 1;			/* faults again and again */
	return 1;
}
