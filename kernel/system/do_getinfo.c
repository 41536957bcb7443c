/*
 * do_getinfo.c - SYS_GETINFO: copy kernel facts to the caller.
 *
 * GET_KINFO, GET_WHOAMI, GET_PROC and GET_PROCTAB describe processes;
 * GET_PRIV a process's privileges, GET_GRANTS how many grants it holds;
 * GET_CMDLINE the boot command line; GET_IMAGE the boot modules.  At
 * most len bytes are copied.
 */
#include "kernel.h"
#include "system.h"
#include <minix/kinfo.h>
#include <minix/safecopies.h>

static void fill_proc_info(const struct proc *p, struct proc_info *pi)
{
	memset(pi, 0, sizeof(*pi));
	pi->pi_endpoint = p->p_endpoint;
	strlcpy(pi->pi_name, p->p_name, sizeof(pi->pi_name));
	pi->pi_blocked_on = NONE;
	if (p->p_rts_flags == 0) {
		pi->pi_state = PI_RUNNABLE;
	} else if (p->p_rts_flags & RTS_SENDING) {
		pi->pi_state = PI_SENDING;
		pi->pi_blocked_on = p->p_sendto_e;
	} else if (p->p_rts_flags & RTS_RECEIVING) {
		pi->pi_state = PI_RECEIVING;
		pi->pi_blocked_on = p->p_getfrom_e;
		if (p->p_misc_flags & MF_REPLY_PEND)
			pi->pi_reply_wait = uptime - p->p_reply_since + 1;
	} else if (p->p_rts_flags & RTS_PROC_STOP) {
		pi->pi_state = PI_STOPPED;
	} else {
		pi->pi_state = PI_OTHER;
	}
	pi->pi_priority = p->p_priority;
	pi->pi_priv_id = p->p_priv->s_id;
	pi->pi_priv_flags = p->p_priv->s_flags;
	pi->pi_user_time = p->p_user_time;
	pi->pi_sys_time = p->p_sys_time;
	pi->pi_mem = p->p_mem;
	pi->pi_irq_wait = irq_unacked_ticks(p);
}

static int copy_out(struct proc *caller, message *m, const void *src,
	size_t size)
{
	return copy_vir(NULL, (vir_bytes) src, caller, m->m_sys_getinfo.buf,
		MIN(size, m->m_sys_getinfo.len));
}

static int get_proctab(struct proc *caller, message *m)
{
	struct proc_info pi;
	vir_bytes buf = m->m_sys_getinfo.buf;
	uint32_t room = m->m_sys_getinfo.len / sizeof(pi), n = 0;
	struct proc *p;
	int r;

	for (p = BEG_PROC_ADDR; p < END_PROC_ADDR && n < room; p++) {
		if (isemptyp(p))
			continue;
		fill_proc_info(p, &pi);
		r = copy_vir(NULL, (vir_bytes) &pi, caller,
			buf + n * sizeof(pi), sizeof(pi));
		if (r != OK)
			return r;
		n++;
	}
	return n;		/* how many entries were written */
}

static int get_kmessages(struct proc *caller, message *m)
{
	vir_bytes buf = m->m_sys_getinfo.buf;
	int r;

	if (m->m_sys_getinfo.len < sizeof(struct kmessages))
		return -EINVAL;
	r = copy_vir(NULL, (vir_bytes) &klog_next, caller, buf,
		sizeof(klog_next));
	if (r == OK)
		r = copy_vir(NULL, (vir_bytes) &klog_told, caller,
			buf + offsetof(struct kmessages, km_told),
			sizeof(klog_told));
	if (r != OK)
		return r;
	return copy_vir(NULL, (vir_bytes) klog_buf, caller,
		buf + offsetof(struct kmessages, km_buf), KLOG_SIZE);
}

/* The grants p holds: the used slots of its table (in its memory), so
 * that a leak shows from outside. */
static int count_grants(struct proc *p)
{
	cp_grant_t chunk[32];
	struct priv *pr = p->p_priv;
	int i, n, used = 0, done;

	if (!(pr->s_flags & PRIV_SYS_PROC))
		return 0;
	for (done = 0; done < pr->s_grant_entries; done += n) {
		n = MIN(pr->s_grant_entries - done, (int) ELEMENTS(chunk));
		if (copy_vir(p, pr->s_grant_table + done * sizeof(chunk[0]),
		    NULL, (vir_bytes) chunk, n * sizeof(chunk[0])) != OK)
			return -EFAULT;
		for (i = 0; i < n; i++)
			used += (chunk[i].cp_flags & CPF_USED) != 0;
	}
	return used;
}

int do_getinfo(struct proc *caller, message *m)
{
	struct kinfo ki;
	struct proc_info pi;
	struct priv_desc pd;
	struct proc *p;
	int r;

	switch (m->m_sys_getinfo.request) {
	case GET_KINFO:
		memset(&ki, 0, sizeof(ki));
		strlcpy(ki.k_release, OS_RELEASE, sizeof(ki.k_release));
		ki.k_nr_procs = NR_PROCS;
		ki.k_nr_tasks = NR_TASKS;
		ki.k_hz = HZ;
		ki.k_mem_total = mem_total_bytes();
		ki.k_mem_free = mem_free_bytes();
		ki.k_uptime = uptime;
		ki.k_boot_time = boot_time;
		ki.k_entry_tsc = kernel_entry_tsc;
		ki.k_fb = boot_fb;
		memcpy(ki.k_loadavg, load_avg, sizeof(ki.k_loadavg));
		return copy_out(caller, m, &ki, sizeof(ki));
	case GET_WHOAMI:
		fill_proc_info(caller, &pi);
		return copy_out(caller, m, &pi, sizeof(pi));
	case GET_PROC:
		if ((r = ep_to_proc(m->m_sys_getinfo.ep, &p)) != OK)
			return r;
		fill_proc_info(p, &pi);
		return copy_out(caller, m, &pi, sizeof(pi));
	case GET_PROCTAB:
		return get_proctab(caller, m);
	case GET_PRIV:
		if ((r = call_target(caller, m->m_sys_getinfo.ep, &p)) != OK)
			return r;
		priv_to_desc(p, &pd);
		return copy_out(caller, m, &pd, sizeof(pd));
	case GET_GRANTS:
		if ((r = call_target(caller, m->m_sys_getinfo.ep, &p)) != OK)
			return r;
		return count_grants(p);
	case GET_CMDLINE:
		return copy_out(caller, m, boot_cmdline, strlen(boot_cmdline) + 1);
	case GET_KMESSAGES:
		return get_kmessages(caller, m);
	case GET_IMAGE:
		return copy_out(caller, m, boot_info,
			nr_boot_modules * sizeof(boot_info[0]));
	default:
		return -EINVAL;
	}
}
