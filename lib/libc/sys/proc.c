/*
 * proc.c - processes: fork, wait, pids, kill, exit (all PM).
 */
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include "syscall.h"

pid_t fork(void)
{
	message m;

	msg_clear(&m);
	return _syscall(PM, PM_FORK, &m);
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	message m;
	int r;

	msg_clear(&m);
	m.m_pm_waitpid.pid = pid;
	m.m_pm_waitpid.options = options;
	r = _syscall(PM, PM_WAITPID, &m);
	if (r > 0 && status != NULL)
		*status = m.m_pm_waitpid_reply.status;
	return r;
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}

static int getpids(message *m)
{
	msg_clear(m);
	return _syscall(PM, PM_GETPID, m);
}

pid_t getpid(void)
{
	message m;

	return getpids(&m) < 0 ? -1 : m.m_pm_getpid_reply.pid;
}

pid_t getppid(void)
{
	message m;

	return getpids(&m) < 0 ? -1 : m.m_pm_getpid_reply.ppid;
}

int kill(pid_t pid, int sig)
{
	message m;

	msg_clear(&m);
	m.m_pm_kill.pid = pid;
	m.m_pm_kill.sig = sig;
	return _syscall(PM, PM_KILL, &m);
}

int killpg(pid_t pgrp, int sig)
{
	if (pgrp <= 1) {
		errno = EINVAL;
		return -1;
	}
	return kill(-pgrp, sig);
}

int raise(int sig)
{
	return kill(getpid(), sig);
}

/* abort() calls this hook (see stdlib/abort.c). */
void __libc_abort_hook(void);
void __libc_abort_hook(void)
{
	sigset_t s = 1u << (SIGABRT - 1);

	sigprocmask(SIG_UNBLOCK, &s, NULL);
	signal(SIGABRT, SIG_DFL);
	raise(SIGABRT);
}
