/*
 * do_sigreturn.c - SYS_SIGRETURN: a process is back from a signal
 * handler; restore what SYS_SIGSEND saved.
 *
 * The context comes from user memory, so only what user mode could have
 * had is taken: segment registers are forced to the user ones and only
 * the arithmetic and direction flags of eflags are kept.  An FPU state
 * the CPU would refuse to load is refused here (EINVAL: PM then ends the
 * process with SIGSEGV), before anything changes.
 */
#include "kernel.h"
#include "system.h"
#include <minix/sigframe.h>

#define EFLAGS_USER_BITS	0x00000CD5	/* CF PF AF ZF SF DF OF */

int do_sigreturn(struct proc *caller, message *m)
{
	struct sigcontext sc;
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_sigreturn.ep, &p)) != OK)
		return r;
	if (!(p->p_rts_flags & RTS_RECEIVING)
	    || p->p_getfrom_e != caller->p_endpoint)
		return -EINVAL;
	r = copy_vir(p, m->m_sys_sigreturn.context, NULL, (vir_bytes) &sc,
		sizeof(sc));
	if (r != OK)
		return r;
	if ((sc.sc_flags & SC_FPU_VALID)
	    && !fpu_state_ok((const struct fpu_state *) sc.sc_fpu))
		return -EINVAL;
	p->p_reg.edi = sc.sc_edi;
	p->p_reg.esi = sc.sc_esi;
	p->p_reg.ebp = sc.sc_ebp;
	p->p_reg.ebx = sc.sc_ebx;
	p->p_reg.edx = sc.sc_edx;
	p->p_reg.ecx = sc.sc_ecx;
	p->p_reg.eax = sc.sc_eax;
	p->p_reg.eip = sc.sc_eip;
	p->p_reg.esp = sc.sc_esp;
	p->p_reg.eflags = EFLAGS_USER | (sc.sc_eflags & EFLAGS_USER_BITS);
	p->p_reg.cs = USER_CS;
	p->p_reg.ds = p->p_reg.es = p->p_reg.fs = p->p_reg.gs = USER_DS;
	p->p_reg.ss = USER_DS;
	fpu_release(p);
	if (sc.sc_flags & SC_FPU_VALID) {
		memcpy(&p->p_fpu, sc.sc_fpu, sizeof(p->p_fpu));
		p->p_misc_flags |= MF_FPU_SAVED;
	}
	p->p_misc_flags &= ~MF_REPLY_PEND;
	p->p_getfrom_e = NONE;
	rts_unset(p, RTS_RECEIVING);
	return OK;
}
