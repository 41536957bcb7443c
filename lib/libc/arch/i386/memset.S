/*
 * memset.S - memset for programs and servers, a word at a time with
 * the string instructions (see memcpy.S for why).
 */

	.text

	/* void *memset(void *dst, int c, size_t n) */
	.globl memset
	.type memset, @function
memset:
	pushl %edi
	movl 8(%esp), %edi
	movzbl 12(%esp), %eax
	movl 16(%esp), %ecx
	imull $0x01010101, %eax, %eax	/* the byte in every byte */
	cld
	movl %ecx, %edx
	shrl $2, %ecx
	rep stosl
	movl %edx, %ecx
	andl $3, %ecx
	rep stosb
	movl 8(%esp), %eax
	popl %edi
	ret
	.size memset, . - memset

	.section .note.GNU-stack, "", @progbits
