/*
 * ucontext.h - user contexts: getcontext, setcontext, makecontext and
 * swapcontext, for coroutines and user-level threads.
 *
 * A context is what a call keeps across itself (the i386 ABI's
 * callee-saved registers, the stack and instruction pointers), plus eax
 * (what getcontext seems to return when the context is resumed: 0), the
 * x87's control word (rounding mode, precision), and the signal mask.
 * The UC_* offsets are the layout arch/i386/ucontext.S works with.
 */
#ifndef _UCONTEXT_H
#define _UCONTEXT_H

#define UC_EDI		0
#define UC_ESI		4
#define UC_EBP		8
#define UC_EBX		12
#define UC_EDX		16
#define UC_ECX		20
#define UC_EAX		24
#define UC_EIP		28
#define UC_ESP		32
#define UC_FPUCW	36
#define UC_SIGMASK	44

#ifndef __ASSEMBLER__
#include <signal.h>

typedef struct {
	unsigned int mc_edi, mc_esi, mc_ebp, mc_ebx, mc_edx, mc_ecx, mc_eax;
	unsigned int mc_eip, mc_esp;
	unsigned short mc_fpucw, mc_pad;
} mcontext_t;

typedef struct ucontext {
	mcontext_t uc_mcontext;
	struct ucontext *uc_link;	/* resumed when makecontext's function
					 * returns; NULL: the process exits */
	sigset_t uc_sigmask;
	stack_t uc_stack;		/* makecontext's stack */
} ucontext_t;

int getcontext(ucontext_t *ucp) __attribute__((returns_twice));
int setcontext(const ucontext_t *ucp);
void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...);
int swapcontext(ucontext_t *restrict oucp, const ucontext_t *restrict ucp)
    __attribute__((returns_twice));
#endif

#endif
