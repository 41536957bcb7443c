/*
 * sigtramp.S - where a signal handler returns to.
 *
 * The kernel's frame (minix/sigframe.h) is [retaddr][signo][scp]...; the
 * handler's ret has popped retaddr, so scp is at 4(%esp).
 */
	.text
	.globl __sigtramp
__sigtramp:
	movl 4(%esp), %eax
	pushl %eax
	call __sigreturn
	hlt

	.section .note.GNU-stack, "", @progbits
