/*
 * memcpy.S - memcpy for programs and servers.
 *
 * Every message a program builds or copies passes through memcpy or
 * memset (arch/i386/memset.S), so they move words with the string
 * instructions: a 64-byte message is 16 of them, where a loop in C
 * takes three or four instructions a word.  Callers may leave the
 * direction flag set (the ABI says clear, a signal handler may not care),
 * so it is cleared here.
 */

	.text

	/* void *memcpy(void *dst, const void *src, size_t n) */
	.globl memcpy
	.type memcpy, @function
memcpy:
	pushl %edi
	pushl %esi
	movl 12(%esp), %edi
	movl 16(%esp), %esi
	movl 20(%esp), %ecx
	cld
	movl %ecx, %edx
	shrl $2, %ecx
	rep movsl
	movl %edx, %ecx
	andl $3, %ecx
	rep movsb
	movl 12(%esp), %eax
	popl %esi
	popl %edi
	ret
	.size memcpy, . - memcpy

	.section .note.GNU-stack, "", @progbits
