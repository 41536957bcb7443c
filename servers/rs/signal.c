/*
 * signal.c - RS is the signal manager of every system service: the
 * kernel's signals for them (a CPU exception, a kill) come here.
 *
 * Until restarts exist, a signalled service is ended and the console says
 * so.  (The self-healing work replaces this with restart.)
 */
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include "rs.h"

static void service_died(endpoint_t ep, uint32_t sigs)
{
	struct rproc *rp = rs_find_endpoint(ep);
	int sig;

	for (sig = 1; sig < _NSIG && !(sigs & (1u << sig)); sig++)
		;
	printf("rs: %s (endpoint %d) died of signal %d\n",
		rp != NULL ? rp->r_label : "?", ep, sig);
	(void) sys_exit(ep, 128 + sig);
	if (rp != NULL)
		rp->r_in_use = false;
}

void do_kernel_signals(void)
{
	endpoint_t ep;
	uint32_t sigs;

	while (sys_getksig(&ep, &sigs) == OK && ep != NONE)
		service_died(ep, sigs);
}
