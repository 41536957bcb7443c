/*
 * setjmp.S - setjmp() and longjmp() for i386 (and the _setjmp and
 * _longjmp aliases: no signal mask is saved either way), and the
 * register half of sigsetjmp() (gen/sigsetjmp.c saves the mask).
 *
 * A jmp_buf (see <setjmp.h>) holds what the cdecl ABI says a call keeps:
 *	[0] ebx  [1] esi  [2] edi  [3] ebp
 *	[4] esp as it is after setjmp returns  [5] the return address
 *	[6] sigsetjmp's savemask  [7] the mask it saved
 * longjmp restores them and "returns" from setjmp with val (1 for 0).
 */
	.text

	.globl setjmp, _setjmp
	.type setjmp, @function
	.type _setjmp, @function
setjmp:
_setjmp:
	movl 4(%esp), %eax		/* env */
	movl %ebx, 0(%eax)
	movl %esi, 4(%eax)
	movl %edi, 8(%eax)
	movl %ebp, 12(%eax)
	leal 4(%esp), %ecx		/* the caller's esp, past our return */
	movl %ecx, 16(%eax)
	movl (%esp), %ecx
	movl %ecx, 20(%eax)
	xorl %eax, %eax
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp

/*
 * sigsetjmp(env, savemask): the registers as setjmp keeps them, then on
 * to __sigsetjmp_mask(env, savemask) with our own return address still
 * on the stack, so that its return (0) is sigsetjmp's.
 */
	.globl sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	movl 4(%esp), %eax		/* env */
	movl %ebx, 0(%eax)
	movl %esi, 4(%eax)
	movl %edi, 8(%eax)
	movl %ebp, 12(%eax)
	leal 4(%esp), %ecx
	movl %ecx, 16(%eax)
	movl (%esp), %ecx
	movl %ecx, 20(%eax)
	jmp __sigsetjmp_mask
	.size sigsetjmp, . - sigsetjmp

	.globl longjmp, _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	movl 4(%esp), %edx		/* env */
	movl 8(%esp), %eax		/* val: setjmp must not seem to return 0 */
	testl %eax, %eax
	jnz 1f
	incl %eax
1:	movl 0(%edx), %ebx
	movl 4(%edx), %esi
	movl 8(%edx), %edi
	movl 12(%edx), %ebp
	movl 16(%edx), %esp
	jmp *20(%edx)
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp

	.section .note.GNU-stack, "", @progbits
