/*
 * crt0.S - where every program starts.
 *
 * The kernel (for boot processes) or exec leaves the stack as
 *	esp -> argc, argv[0..argc-1], NULL, envp[0..], NULL
 * We hand argc, argv and envp to __libc_start, which never returns.
 */
	.text
	.globl _start
_start:
	xorl %ebp, %ebp			/* the outermost frame */
	movl (%esp), %eax		/* argc */
	leal 4(%esp), %ebx		/* argv */
	leal 8(%esp, %eax, 4), %ecx	/* envp: past argv's NULL */
	andl $-16, %esp			/* the ABI's alignment at calls */
	subl $4, %esp
	pushl %ecx
	pushl %ebx
	pushl %eax
	call __libc_start
	hlt				/* not reached: faults if it is */

	.section .note.GNU-stack, "", @progbits
