/*
 * do_exec.c - SYS_EXEC: a process starts its new image.
 *
 * VFS has already loaded the image and the stack (memmap, vircopy); the
 * process is blocked in its exec sendrec to the caller (PM).  RS starts
 * services the same way, with images it loaded itself into held processes
 * (FORK_EMPTY).  No reply follows: the process resumes at the new entry
 * point with a clean register set (once RS allows it, for a service).
 */
#include "kernel.h"
#include "system.h"

int do_exec(struct proc *caller, message *m)
{
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_exec.ep, &p)) != OK)
		return r;
	/* It must be waiting for us - or, for RS starting a service, still
	 * waiting for the fork reply PM never sends. */
	if (caller->p_priv->s_flags & PRIV_ROOT_SYS) {
		if (!(p->p_rts_flags & (RTS_RECEIVING | RTS_NO_PRIV)))
			return -EINVAL;	/* RS: a held process of its own */
	} else if (!(p->p_rts_flags & RTS_RECEIVING)
	    || p->p_getfrom_e != caller->p_endpoint) {
		return -EINVAL;
	}
	if (m->m_sys_exec.pc >= USER_TOP || m->m_sys_exec.sp > USER_TOP)
		return -EFAULT;
	memset(&p->p_reg, 0, sizeof(p->p_reg));
	p->p_reg.eip = m->m_sys_exec.pc;
	p->p_reg.esp = m->m_sys_exec.sp;
	p->p_reg.cs = USER_CS;
	p->p_reg.ds = p->p_reg.es = p->p_reg.fs = p->p_reg.gs = USER_DS;
	p->p_reg.ss = USER_DS;
	p->p_reg.eflags = EFLAGS_USER;
	m->m_sys_exec.name[PROC_NAME_LEN - 1] = '\0';
	strlcpy(p->p_name, m->m_sys_exec.name, sizeof(p->p_name));
	p->p_root_mem = (m->m_sys_exec.flags & EXEC_ROOT) != 0;
	fpu_release(p);
	p->p_misc_flags &= ~MF_REPLY_PEND;
	p->p_getfrom_e = NONE;
	rts_unset(p, RTS_RECEIVING);
	return OK;
}
