/*
 * signal.c - RS is the signal manager of every system service: the
 * kernel's signals for them come here (a CPU exception, or a kill by
 * root through PM).
 *
 * A termination signal is a crash: the service is restarted.  A catchable
 * one the service may want (SIGTERM, SIGHUP, SIGUSR1/2) goes to the
 * service itself, whose SEF decides (SIGTERM: it exits - and then, as
 * nobody asked RS for it, it is restarted: `service down` is the way to
 * stop a service for good).
 */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include "rs.h"

static const char *sig_name(int sig)
{
	switch (sig) {
	case SIGKILL: return "SIGKILL";
	case SIGSEGV: return "SIGSEGV";
	case SIGILL: return "SIGILL";
	case SIGFPE: return "SIGFPE";
	case SIGBUS: return "SIGBUS";
	case SIGABRT: return "SIGABRT";
	case SIGTRAP: return "SIGTRAP";
	default: return "a signal";
	}
}

static bool forwarded(int sig)
{
	return sig == SIGTERM || sig == SIGHUP || sig == SIGUSR1
		|| sig == SIGUSR2 || sig == SIGINT || sig == SIGQUIT;
}

static void service_signalled(endpoint_t ep, uint32_t sigs)
{
	struct rproc *rp = rs_find_endpoint(ep);
	char why[40];
	message m;
	int sig;

	for (sig = 1; sig < _NSIG; sig++) {
		if (!(sigs & (1u << sig)))
			continue;
		if (rp == NULL || !forwarded(sig)) {
			snprintf(why, sizeof(why), "died of %s (%d)",
				sig_name(sig), sig);
			if (rp != NULL)
				rs_failed(rp, why);
			else if (!rs_lu_failed(ep, why))
				(void) sys_exit(ep, 128 + sig);
			return;
		}
		memset(&m, 0, sizeof(m));
		m.m_type = RS_SIGNAL;
		m.m_rs_signal.sig = sig;
		(void) asynsend3(ep, &m, AMF_NOREPLY);
	}
	(void) sys_endksig(ep);
}

void do_kernel_signals(void)
{
	endpoint_t ep;
	uint32_t sigs;

	while (sys_getksig(&ep, &sigs) == OK && ep != NONE)
		service_signalled(ep, sigs);
}
