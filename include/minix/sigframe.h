/*
 * sigframe.h - what the kernel puts on a user stack to run a signal
 * handler (SYS_SIGSEND), and reads back on sigreturn.
 *
 * The handler is entered as handler(signo) with the return address
 * pointing at libc's trampoline, which calls sigreturn(sf_scp).
 */
#ifndef _MINIX_SIGFRAME_H
#define _MINIX_SIGFRAME_H

#include <minix/types.h>

#define SC_FPU_VALID	0x1	/* sc_fpu holds the FPU state */

struct sigcontext {
	uint32_t sc_edi, sc_esi, sc_ebp, sc_ebx, sc_edx, sc_ecx, sc_eax;
	uint32_t sc_eip, sc_eflags, sc_esp;
	uint32_t sc_mask;		/* signal mask to restore (PM's) */
	uint32_t sc_flags;		/* SC_* */
	uint32_t sc_pad[4];
	uint8_t sc_fpu[512] __attribute__((aligned(16)));
};

struct sigframe {
	vir_bytes sf_retaddr;		/* the trampoline */
	int sf_signo;			/* the handler's argument */
	vir_bytes sf_scp;		/* &sf_sc, for the trampoline */
	uint32_t sf_pad;
	struct sigcontext sf_sc;
} __attribute__((aligned(16)));

#endif
