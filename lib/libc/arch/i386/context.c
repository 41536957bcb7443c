/*
 * context.c - the C halves of getcontext and setcontext (the signal
 * mask), makecontext and swapcontext; ucontext.S moves the registers.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <ucontext.h>

_Static_assert(offsetof(ucontext_t, uc_mcontext.mc_edi) == UC_EDI, "");
_Static_assert(offsetof(ucontext_t, uc_mcontext.mc_eax) == UC_EAX, "");
_Static_assert(offsetof(ucontext_t, uc_mcontext.mc_eip) == UC_EIP, "");
_Static_assert(offsetof(ucontext_t, uc_mcontext.mc_esp) == UC_ESP, "");
_Static_assert(offsetof(ucontext_t, uc_mcontext.mc_fpucw) == UC_FPUCW, "");
_Static_assert(offsetof(ucontext_t, uc_sigmask) == UC_SIGMASK, "");

int __getcontext_mask(ucontext_t *ucp);
void __setcontext_regs(const ucontext_t *ucp) __attribute__((noreturn));
void __makecontext_return(void);
void __makecontext_next(const ucontext_t *next) __attribute__((noreturn));

/* Reached by a jump from getcontext, as if getcontext itself returned. */
int __getcontext_mask(ucontext_t *ucp)
{
	return sigprocmask(SIG_BLOCK, NULL, &ucp->uc_sigmask) < 0 ? -1 : 0;
}

int setcontext(const ucontext_t *ucp)
{
	if (sigprocmask(SIG_SETMASK, &ucp->uc_sigmask, NULL) < 0)
		return -1;
	__setcontext_regs(ucp);
}

/* The function's stack, from the top of uc_stack down: its arguments
 * and, under them, the return address __makecontext_return, placed so
 * that the stack is 16-byte aligned at the call as the ABI wants. */
void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
	uintptr_t top = (uintptr_t) ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size;
	uint32_t *sp;
	va_list ap;

	/* The arguments start on a 16-byte boundary. */
	sp = (uint32_t *) (((top - 4 * (uintptr_t) argc) & ~(uintptr_t) 15)
	    - 4);
	sp[0] = (uint32_t) (uintptr_t) __makecontext_return;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++)
		sp[1 + i] = (uint32_t) va_arg(ap, int);
	va_end(ap);
	ucp->uc_mcontext.mc_eip = (uint32_t) (uintptr_t) func;
	ucp->uc_mcontext.mc_esp = (uint32_t) (uintptr_t) sp;
	ucp->uc_mcontext.mc_ebx = (uint32_t) (uintptr_t) ucp->uc_link;
	ucp->uc_mcontext.mc_ebp = 0;		/* the outermost frame */
}

/* makecontext's function has returned: on to uc_link, or the end. */
void __makecontext_next(const ucontext_t *next)
{
	if (next == NULL)
		exit(0);
	setcontext(next);
	exit(1);			/* a context that cannot be resumed */
}

int swapcontext(ucontext_t *restrict oucp, const ucontext_t *restrict ucp)
{
	volatile int resumed = 0;

	if (getcontext(oucp) < 0)
		return -1;
	if (resumed)
		return 0;		/* someone resumed oucp */
	resumed = 1;
	return setcontext(ucp);
}
