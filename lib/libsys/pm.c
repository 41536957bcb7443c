/*
 * pm.c - a system process's calls to PM (see <minix/pm.h>).
 *
 * Entry points: pm_job_signal(), pm_signal_group().
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/pm.h>

int pm_job_signal(endpoint_t ep, int sig)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_JOBSIG;
	m.m_pm_jobsig.ep = ep;
	m.m_pm_jobsig.sig = sig;
	if ((r = ipc_sendrec(PM_PROC_EP, &m)) != OK)
		return r;
	return m.m_type;
}

/* Through the asynchronous table: the caller (the terminal, from its
 * interrupt handling) must not wait for PM, and needs no answer. */
int pm_signal_group(pid_t pgrp, int sig)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_KILL;
	m.m_pm_kill.pid = -pgrp;
	m.m_pm_kill.sig = sig;
	return asynsend(PM_PROC_EP, &m);
}
