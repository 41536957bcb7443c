/*
 * misc.c - talking to VFS, reboot, the process list for ps (the
 * kernel's tasks, then PM's table), the system's figures for uptime
 * and top, and who a process is (for RS and other system processes).
 */
#include <string.h>
#include <minix/kinfo.h>
#include "pm.h"

/* A PM_VFS_* request, answered synchronously.  m carries the call's
 * payload and gets VFS's reply. */
int tell_vfs(int type, message *m)
{
	int r;

	m->m_type = type;
	if ((r = ipc_sendrec(VFS_PROC_EP, m)) != OK)
		return r;
	return m->m_type;
}

/* A PM_VFS_* request whose only argument is the process (m_pm_vfs_proc). */
int tell_vfs_proc(int type, struct mproc *rmp)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_proc.ep = rmp->mp_endpoint;
	return tell_vfs(type, &m);
}

int do_reboot(void)
{
	int how = m_in.m_pm_reboot.how;

	if (mp->mp_euid != 0)
		return -EPERM;
	if (how != RBT_HALT && how != RBT_REBOOT && how != RBT_POWEROFF)
		return -EINVAL;
	shut_down(how);
	return -EGENERIC;		/* not reached */
}

/* The file systems written out, then the kernel halts or reboots. */
void shut_down(int how)
{
	message m;

	memset(&m, 0, sizeof(m));
	(void) tell_vfs(PM_VFS_SYNC, &m);
	(void) sys_abort(how);
}

static char state_of(struct mproc *rmp, const struct proc_info *pi)
{
	if (rmp->mp_flags & MP_ZOMBIE)
		return 'Z';
	if (rmp->mp_flags & MP_STOPPED)
		return 'T';
	if (pi != NULL && pi->pi_state == PI_RUNNABLE)
		return 'R';
	return 'S';
}

/* Copy entry n of the caller's table out. */
static int put_procinfo(const struct pm_procinfo *pi, uint32_t n)
{
	return sys_vircopy(SELF, (vir_bytes) pi, mp->mp_endpoint,
		m_in.m_pm_getprocs.buf + n * sizeof(*pi), sizeof(*pi));
}

/* The kernel's tasks (idle, clock, system, kernel) head the table, as
 * in MINIX's ps: pids -4..-1, their slot numbers. */
static int task_entries(uint32_t room, uint32_t *n)
{
	static const endpoint_t tasks[] = { IDLE, CLOCK, SYSTEM, HARDWARE };
	struct pm_procinfo pi;
	struct proc_info kpi;
	int r;

	for (unsigned i = 0; i < sizeof(tasks) / sizeof(tasks[0]) &&
	    *n < room; i++) {
		if (sys_getproc(tasks[i], &kpi) != OK)
			continue;
		memset(&pi, 0, sizeof(pi));
		pi.pi_pid = (int) i - (int) (sizeof(tasks) / sizeof(tasks[0]));
		pi.pi_endpoint = tasks[i];
		strcpy(pi.pi_name, kpi.pi_name);
		pi.pi_system = 1;
		pi.pi_state = tasks[i] == IDLE ? 'R' : 'S';	/* the others
						   run only for interrupts */
		pi.pi_user_ticks = kpi.pi_user_time;
		pi.pi_sys_ticks = kpi.pi_sys_time;
		pi.pi_queue = (uint8_t) kpi.pi_priority;
		if ((r = put_procinfo(&pi, (*n)++)) != OK)
			return r;
	}
	return OK;
}

int do_getprocs(void)
{
	uint32_t room = m_in.m_pm_getprocs.len / sizeof(struct pm_procinfo);
	struct pm_procinfo pi;
	struct proc_info kpi;
	struct mproc *rmp;
	uint32_t n = 0;
	int i, r;

	if ((r = task_entries(room, &n)) != OK)
		return r;
	for (i = 0; i < NR_MPROCS && n < room; i++) {
		rmp = &mproc[i];
		if (!(rmp->mp_flags & MP_IN_USE))
			continue;
		memset(&pi, 0, sizeof(pi));
		pi.pi_pid = rmp->mp_pid;
		pi.pi_ppid = rmp->mp_parent != NULL && rmp->mp_parent != rmp
			? rmp->mp_parent->mp_pid : 0;
		pi.pi_pgrp = rmp->mp_pgrp;
		pi.pi_uid = rmp->mp_ruid;
		pi.pi_endpoint = (rmp->mp_flags & MP_ZOMBIE) ? NONE
			: rmp->mp_endpoint;
		strcpy(pi.pi_name, rmp->mp_name);
		pi.pi_system = (rmp->mp_flags & MP_SYSTEM) != 0;
		pi.pi_nice = (int8_t) rmp->mp_nice;
		r = (rmp->mp_flags & MP_ZOMBIE) ? -ESRCH
			: sys_getproc(rmp->mp_endpoint, &kpi);
		pi.pi_state = state_of(rmp, r == OK ? &kpi : NULL);
		if (r == OK) {
			pi.pi_user_ticks = kpi.pi_user_time;
			pi.pi_sys_ticks = kpi.pi_sys_time;
			pi.pi_mem = kpi.pi_mem;
			pi.pi_queue = (uint8_t) kpi.pi_priority;
			if (strcmp(kpi.pi_name, pi.pi_name) != 0)
				strcpy(pi.pi_name, kpi.pi_name);
		}
		if ((r = put_procinfo(&pi, n)) != OK)
			return r;
		n++;
	}
	return n;
}

int do_sysinfo(void)
{
	struct pm_sysinfo si;
	struct kinfo ki;
	int r;

	if (m_in.m_pm_getprocs.len < sizeof(si))
		return -EINVAL;
	if ((r = sys_getkinfo(&ki)) != OK)
		return r;
	memset(&si, 0, sizeof(si));
	si.si_boot_time = ki.k_boot_time;
	si.si_uptime = ki.k_uptime;
	si.si_hz = ki.k_hz;
	memcpy(si.si_loadavg, ki.k_loadavg, sizeof(si.si_loadavg));
	si.si_mem_total = ki.k_mem_total;
	si.si_mem_free = ki.k_mem_free;
	si.si_kernel_entry_tsc = ki.k_entry_tsc;
	for (int i = 0; i < NR_MPROCS; i++)
		si.si_procs += (mproc[i].mp_flags & MP_IN_USE) != 0;
	return sys_vircopy(SELF, (vir_bytes) &si, mp->mp_endpoint,
		m_in.m_pm_getprocs.buf, sizeof(si));
}

/* RS (asynsend): it has ended a service; clean up after it as after an
 * exit.  PM may never have heard of it, or have seen it exit already.
 * Anyone else may send this too, and is refused. */
int do_srv_kill(void)
{
	struct mproc *rmp;

	if (m_in.m_source != RS_PROC_EP)
		return -EPERM;
	if ((rmp = find_ep(m_in.m_pm_srv_kill.ep)) != NULL)
		pm_exit(rmp, W_EXITCODE(0, SIGKILL));
	return -EDONTREPLY;
}

/* Who ep is: its pid and effective uid, in m (result: OK or -ESRCH). */
static void epinfo(endpoint_t ep, message *m)
{
	struct mproc *rmp;

	memset(m, 0, sizeof(*m));
	m->m_pm_epinfo_reply.ep = ep;
	if ((rmp = find_ep(ep)) == NULL && (rmp = srv_adopt(ep)) == NULL) {
		m->m_pm_epinfo_reply.result = -ESRCH;
		return;
	}
	m->m_pm_epinfo_reply.pid = rmp->mp_pid;
	m->m_pm_epinfo_reply.uid = rmp->mp_euid;
	m->m_pm_epinfo_reply.result = OK;
}

/* A system process asks who a process is, and waits for the answer. */
int do_epinfo(void)
{
	message m;

	if (!(mp->mp_flags & MP_SYSTEM))
		return -EPERM;
	epinfo(m_in.m_pm_epinfo.ep, &m);
	m.m_type = m.m_pm_epinfo_reply.result;
	return reply_last(&m);
}

/* RS (asynsend) asks the same: whether a service command comes from
 * root, and each service's pid.  The answer goes back asynchronously
 * too, because RS never waits for PM (docs/architecture.md). */
int do_srv_epinfo(void)
{
	message m;

	if (m_in.m_source != RS_PROC_EP)
		return -EPERM;		/* anyone else asks with PM_EPINFO */
	epinfo(m_in.m_pm_epinfo.ep, &m);
	m.m_type = PM_RS_EPINFO;
	(void) asynsend3(RS_PROC_EP, &m, AMF_NOREPLY);
	return -EDONTREPLY;
}
