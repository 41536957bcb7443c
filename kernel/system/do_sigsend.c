/*
 * do_sigsend.c - SYS_SIGSEND: make a process run a signal handler.
 *
 * PM has decided the signal is caught and that the process is not in a
 * system call.  We save its registers (and FPU state) in a struct
 * sigframe on its stack and start it at the handler, which returns into
 * libc's trampoline, which asks PM for sigreturn.
 */
#include "kernel.h"
#include "system.h"
#include <minix/sigframe.h>

static void save_context(struct proc *p, struct sigcontext *sc, uint32_t mask)
{
	memset(sc, 0, sizeof(*sc));
	sc->sc_edi = p->p_reg.edi;
	sc->sc_esi = p->p_reg.esi;
	sc->sc_ebp = p->p_reg.ebp;
	sc->sc_ebx = p->p_reg.ebx;
	sc->sc_edx = p->p_reg.edx;
	sc->sc_ecx = p->p_reg.ecx;
	sc->sc_eax = p->p_reg.eax;
	sc->sc_eip = p->p_reg.eip;
	sc->sc_eflags = p->p_reg.eflags;
	sc->sc_esp = p->p_reg.esp;
	sc->sc_mask = mask;
	fpu_save(p);
	if (p->p_misc_flags & MF_FPU_SAVED) {
		memcpy(sc->sc_fpu, &p->p_fpu, sizeof(sc->sc_fpu));
		sc->sc_flags |= SC_FPU_VALID;
	}
}

int do_sigsend(struct proc *caller, message *m)
{
	const struct m_sys_sigsend *ss = &m->m_sys_sigsend;
	struct sigframe frame;
	struct proc *p;
	vir_bytes sp;
	int r;

	if ((r = call_target(caller, ss->ep, &p)) != OK)
		return r;
	if (p->p_rts_flags & (RTS_SENDING | RTS_RECEIVING))
		return -EBUSY;		/* PM must get it out of its call first */
	if (ss->handler >= USER_TOP || ss->trampoline >= USER_TOP)
		return -EFAULT;
	memset(&frame, 0, sizeof(frame));
	save_context(p, &frame.sf_sc, ss->mask);
	sp = (p->p_reg.esp - sizeof(frame)) & ~15u;
	frame.sf_retaddr = ss->trampoline;
	frame.sf_signo = ss->sig;
	frame.sf_scp = sp + offsetof(struct sigframe, sf_sc);
	if ((r = copy_vir(NULL, (vir_bytes) &frame, p, sp, sizeof(frame))) != OK)
		return r;		/* no room on its stack: PM kills it */
	p->p_reg.esp = sp;
	p->p_reg.eip = ss->handler;
	p->p_misc_flags &= ~MF_FPU_SAVED;	/* the handler starts clean */
	return OK;
}
