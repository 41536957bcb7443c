/*
 * main.c - PM's main loop: receive a call, dispatch it, reply.
 *
 * A handler returns the reply's status, or -EDONTREPLY when the caller
 * must wait (waitpid, sigsuspend, sleep) or gets no reply at all (exit,
 * a successful exec, sigreturn).  Notifications bring the clock (alarms
 * and sleeps) and the kernel's signals.
 */
#include <stdio.h>
#include <string.h>
#include <minix/kinfo.h>
#include "pm.h"

struct mproc mproc[NR_MPROCS];
struct mproc *mp;
message m_in;
uint32_t boot_time;

typedef int (*pm_handler_t)(void);

static const pm_handler_t handlers[PM_LAST - PM_BASE + 1] = {
	[PM_EXIT - PM_BASE] = do_exit,
	[PM_FORK - PM_BASE] = do_fork,
	[PM_WAITPID - PM_BASE] = do_waitpid,
	[PM_GETPID - PM_BASE] = do_getpid,
	[PM_EXEC - PM_BASE] = do_exec,
	[PM_KILL - PM_BASE] = do_kill,
	[PM_SIGACTION - PM_BASE] = do_sigaction,
	[PM_SIGPROCMASK - PM_BASE] = do_sigprocmask,
	[PM_SIGSUSPEND - PM_BASE] = do_sigsuspend,
	[PM_SIGPENDING - PM_BASE] = do_sigpending,
	[PM_SIGRETURN - PM_BASE] = do_sigreturn,
	[PM_ALARM - PM_BASE] = do_alarm,
	[PM_TIMES - PM_BASE] = do_times,
	[PM_GETID - PM_BASE] = do_getid,
	[PM_SETUID - PM_BASE] = do_setuid,
	[PM_SETGID - PM_BASE] = do_setgid,
	[PM_SETEUID - PM_BASE] = do_setuid,
	[PM_SETEGID - PM_BASE] = do_setgid,
	[PM_SETSID - PM_BASE] = do_setsid,
	[PM_GETPGRP - PM_BASE] = do_getpgrp,
	[PM_SETPGID - PM_BASE] = do_setpgid,
	[PM_GETSID - PM_BASE] = do_getsid,
	[PM_TIME - PM_BASE] = do_time,
	[PM_STIME - PM_BASE] = do_stime,
	[PM_SLEEP - PM_BASE] = do_sleep,
	[PM_REBOOT - PM_BASE] = do_reboot,
	[PM_GETPROCS - PM_BASE] = do_getprocs,
	[PM_SRV_KILL - PM_BASE] = do_srv_kill,
	[PM_SRV_NEW - PM_BASE] = do_srv_new,
	[PM_EPINFO - PM_BASE] = do_epinfo,
	[PM_JOBSIG - PM_BASE] = do_jobsig,
	[PM_SRV_EPINFO - PM_BASE] = do_srv_epinfo,
	[PM_GETPRIO - PM_BASE] = do_getprio,
	[PM_SETPRIO - PM_BASE] = do_setprio,
	[PM_SYSINFO - PM_BASE] = do_sysinfo,
	[PM_GETGROUPS - PM_BASE] = do_getgroups,
	[PM_SETGROUPS - PM_BASE] = do_setgroups,
	[PM_ITIMER - PM_BASE] = do_itimer,
};

/* The live process whose endpoint is ep, or NULL.  Every call starts
 * here, so the entry last found for each kernel slot is tried first; it
 * is checked like any other (an endpoint names one instance), so a stale
 * one costs a walk and is never wrong. */
struct mproc *find_ep(endpoint_t ep)
{
	static struct mproc *last[ENDPOINT_SLOTS];
	struct mproc *mp;
	int i;

	mp = last[endpoint_slot(ep)];
	if (mp != NULL && (mp->mp_flags & MP_IN_USE)
	    && !(mp->mp_flags & MP_ZOMBIE) && mp->mp_endpoint == ep)
		return mp;
	for (i = 0; i < NR_MPROCS; i++)
		if ((mproc[i].mp_flags & MP_IN_USE)
		    && !(mproc[i].mp_flags & MP_ZOMBIE)
		    && mproc[i].mp_endpoint == ep)
			return last[endpoint_slot(ep)] = &mproc[i];
	return NULL;
}

struct mproc *find_pid(pid_t pid)
{
	int i;

	for (i = 0; i < NR_MPROCS; i++)
		if ((mproc[i].mp_flags & MP_IN_USE) && mproc[i].mp_pid == pid)
			return &mproc[i];
	return NULL;
}

/* Ticks since boot.  The kernel answers this for anyone. */
uint32_t uptime_now(void)
{
	uint32_t up = 0;
	int r;

	if ((r = sys_times(NONE, NULL, NULL, &up, NULL)) != OK)
		panic("uptime_now: sys_times: %d", r);
	return up;
}

/* An answer never waits: a caller that is not waiting for it (it sent
 * with ipc_send(), or RS's asynchronous calls) loses it. */
void reply_msg(struct mproc *rmp, message *m)
{
	(void) ipc_sendnb(rmp->mp_endpoint, m);
}

/* The answer to the call being handled, as its handler's last act: it
 * is left in m_in (the call is done with) for the main loop, which
 * sends it with its next receive, in one trap (sef_reply_receive).
 * Returns -EDONTREPLY, for the handler to return. */
static endpoint_t answer_to = NONE;

int reply_last(const message *m)
{
	m_in = *m;
	answer_to = mp->mp_endpoint;
	return -EDONTREPLY;
}

void reply(struct mproc *rmp, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = status;
	reply_msg(rmp, &m);
}

/* The boot set's core processes (etc/boot.list) are never signalled. */
static void mark_core(void)
{
	static struct boot_info image[MAX_BOOT_MODULES];
	int i, nr;

	if (sys_getimage(image, MAX_BOOT_MODULES) != OK)
		return;
	for (i = 0; i < MAX_BOOT_MODULES && image[i].bi_name[0] != '\0'; i++) {
		nr = endpoint_proc_nr(image[i].bi_endpoint);
		if ((image[i].bi_flags & BI_CORE) && image[i].bi_endpoint != NONE
		    && nr >= 0 && nr < NR_MPROCS)
			mproc[nr].mp_flags |= MP_CORE;
	}
}

/* Every live process gets an entry: init is pid 1, the system services
 * follow, their parent is RS (whose own parent is PM). */
static int init_table(int type, sef_init_info_t *info)
{
	static struct proc_info tab[NR_TASKS + NR_PROCS];
	struct kinfo ki;
	struct mproc *rmp, *rs = NULL;
	pid_t next = 2;
	int n, i;

	if (sys_getkinfo(&ki) == OK)
		boot_time = ki.k_boot_time;
	n = sys_getproctab(tab, NR_TASKS + NR_PROCS);
	for (i = 0; i < n; i++) {
		if (endpoint_proc_nr(tab[i].pi_endpoint) < 0)
			continue;		/* kernel tasks */
		assert(endpoint_proc_nr(tab[i].pi_endpoint) < NR_MPROCS);
		rmp = &mproc[endpoint_proc_nr(tab[i].pi_endpoint)];
		memset(rmp, 0, sizeof(*rmp));
		rmp->mp_flags = MP_IN_USE;
		rmp->mp_endpoint = tab[i].pi_endpoint;
		strcpy(rmp->mp_name, tab[i].pi_name);
		if (tab[i].pi_endpoint == INIT_PROC_EP) {
			rmp->mp_pid = INIT_PID;
		} else {
			rmp->mp_pid = next++;
			rmp->mp_flags |= MP_SYSTEM;
		}
		rmp->mp_pgrp = rmp->mp_sid = rmp->mp_pid;
		if (tab[i].pi_endpoint == RS_PROC_EP)
			rs = rmp;
	}
	for (i = 0; i < NR_MPROCS; i++) {
		rmp = &mproc[i];
		if (!(rmp->mp_flags & MP_IN_USE))
			continue;
		rmp->mp_parent = (rmp->mp_flags & MP_SYSTEM) && rs != NULL
			&& rmp != rs ? rs : rmp;
	}
	mark_core();
	return OK;
}

static void handle_call(void)
{
	int nr = m_in.m_type - PM_BASE, r;

	if ((mp = find_ep(m_in.m_source)) == NULL
	    && (mp = srv_adopt(m_in.m_source)) == NULL)
		return;			/* not a process we know: ignore */
	if (nr < 0 || nr >= (int) (sizeof(handlers) / sizeof(handlers[0]))
	    || handlers[nr] == NULL)
		r = -ENOSYS;
	else
		r = handlers[nr]();
	if (r != -EDONTREPLY) {
		memset(&m_in, 0, sizeof(m_in));
		m_in.m_type = r;
		answer_to = mp->mp_endpoint;
	}
}

/* The next call into m_in, after the answer to the last one if it left
 * one there (reply_last). */
static int next_call(void)
{
	endpoint_t dst = answer_to;

	if (dst == NONE)
		return sef_receive(ANY, &m_in);
	answer_to = NONE;
	return sef_reply_receive(dst, &m_in, ANY, NULL);
}

int main(void)
{
	sef_setcb_init_fresh(init_table);
	sef_startup();
	for (;;) {
		if (next_call() != OK)
			continue;
		if (is_notify(m_in.m_type)) {
			if (m_in.m_source == CLOCK)
				expire_timers();
			else if (m_in.m_source == SYSTEM)
				do_kernel_signals();
			continue;
		}
		handle_call();
	}
}
