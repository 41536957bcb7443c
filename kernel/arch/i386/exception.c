/*
 * exception.c - CPU exceptions.
 *
 * In user mode an exception is the process's fault: the console gets one
 * line saying what and where, and the process gets the matching signal
 * (which, without a signal manager, ends it).  The kernel goes on.  In
 * kernel mode an exception is a kernel bug: panic.
 *
 * Entry points: exception_user(), exception_name().
 */
#include "kernel.h"
#include <signal.h>

static const struct {
	const char *name;
	int sig;
} ex_info[NR_EXCEPTIONS] = {
	[0] = { "divide error", SIGFPE },
	[1] = { "debug", SIGTRAP },
	[2] = { "nonmaskable interrupt", SIGBUS },
	[3] = { "breakpoint", SIGTRAP },
	[4] = { "overflow", SIGFPE },
	[5] = { "bounds check", SIGFPE },
	[6] = { "invalid opcode", SIGILL },
	[7] = { "coprocessor not available", SIGFPE },
	[8] = { "double fault", SIGBUS },
	[9] = { "coprocessor segment overrun", SIGSEGV },
	[10] = { "invalid TSS", SIGSEGV },
	[11] = { "segment not present", SIGSEGV },
	[12] = { "stack exception", SIGSEGV },
	[13] = { "general protection", SIGSEGV },
	[14] = { "page fault", SIGSEGV },
	[16] = { "coprocessor error", SIGFPE },
	[17] = { "alignment check", SIGBUS },
	[18] = { "machine check", SIGBUS },
	[19] = { "SIMD exception", SIGFPE },
};

const char *exception_name(int vec)
{
	if (vec >= 0 && vec < NR_EXCEPTIONS && ex_info[vec].name != NULL)
		return ex_info[vec].name;
	return "reserved exception";
}

void exception_user(struct proc *p, int vec)
{
	int sig = SIGSEGV;

	if (vec == 7 && fpu_trap(p))
		return;			/* lazy FPU switch, not a fault */
	if (vec == 14 && !(p->p_reg.err & 1) && pt_grow_stack(p, read_cr2()))
		return;			/* the stack grew by a page */
	if (vec >= 0 && vec < NR_EXCEPTIONS && ex_info[vec].sig != 0)
		sig = ex_info[vec].sig;
	if (!kproc_msg_ok(p))
		;			/* too many lately */
	else if (vec == 14)
		kprintf("kernel: %s (endpoint %d): page fault at address 0x%08x "
			"(%s, %s), eip 0x%08x\n", p->p_name, p->p_endpoint,
			read_cr2(), (p->p_reg.err & 1) ? "protection" : "not present",
			(p->p_reg.err & 2) ? "write" : "read", p->p_reg.eip);
	else
		kprintf("kernel: %s (endpoint %d): %s, eip 0x%08x\n",
			p->p_name, p->p_endpoint, exception_name(vec),
			p->p_reg.eip);
	cause_sig(p, sig);
}
