/*
 * ucontext.S - the register halves of getcontext and setcontext (the
 * signal mask is context.c's), and where makecontext's function returns
 * to.  Offsets: <ucontext.h>'s UC_*.
 */
#include <ucontext.h>

	.text

/*
 * getcontext(ucp): the registers as they will be when getcontext has
 * returned (eax 0, esp past the return address), then on to
 * __getcontext_mask(ucp) with our return address still on the stack,
 * so that its return (0, or -1) is getcontext's.
 */
	.globl getcontext
	.type getcontext, @function
getcontext:
	movl 4(%esp), %eax
	movl %edi, UC_EDI(%eax)
	movl %esi, UC_ESI(%eax)
	movl %ebp, UC_EBP(%eax)
	movl %ebx, UC_EBX(%eax)
	movl %edx, UC_EDX(%eax)
	movl %ecx, UC_ECX(%eax)
	movl $0, UC_EAX(%eax)
	movl (%esp), %ecx
	movl %ecx, UC_EIP(%eax)
	leal 4(%esp), %ecx
	movl %ecx, UC_ESP(%eax)
	fnstcw UC_FPUCW(%eax)
	jmp __getcontext_mask
	.size getcontext, . - getcontext

/* __setcontext_regs(ucp): load the context and go on in it. */
	.globl __setcontext_regs
	.type __setcontext_regs, @function
__setcontext_regs:
	movl 4(%esp), %eax
	fldcw UC_FPUCW(%eax)
	movl UC_EDI(%eax), %edi
	movl UC_ESI(%eax), %esi
	movl UC_EBP(%eax), %ebp
	movl UC_EBX(%eax), %ebx
	movl UC_EDX(%eax), %edx
	movl UC_ECX(%eax), %ecx
	movl UC_ESP(%eax), %esp
	pushl UC_EIP(%eax)
	movl UC_EAX(%eax), %eax
	ret
	.size __setcontext_regs, . - __setcontext_regs

/*
 * makecontext's function returns here, its arguments popped by no one;
 * ebx (callee-saved, so the function kept it) holds uc_link.
 */
	.globl __makecontext_return
	.type __makecontext_return, @function
__makecontext_return:
	andl $-16, %esp
	subl $12, %esp
	pushl %ebx
	call __makecontext_next
	hlt				/* not reached */
	.size __makecontext_return, . - __makecontext_return

	.section .note.GNU-stack, "", @progbits
