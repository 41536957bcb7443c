/*
 * string.S - memcpy, memmove and memset for the kernel.
 *
 * Every message passes through memcpy twice on its way (into the
 * sender's slot, out to the receiver), and every fresh page through
 * memset, so these move whole words with the string instructions rather
 * than a byte at a time.  The direction flag is set by each routine
 * itself: it may not assume what a trapping user left there.
 */

	.text

	/* void *memcpy(void *dst, const void *src, size_t n) */
	.globl memcpy
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

	/* void *memmove(void *dst, const void *src, size_t n): memcpy
	 * unless dst overlaps the end of src, then backward a byte at a
	 * time (rare: the kernel copies between distinct buffers). */
	.globl memmove
memmove:
	movl 4(%esp), %eax
	movl 8(%esp), %edx
	cmpl %edx, %eax
	jbe memcpy
	addl 12(%esp), %edx
	cmpl %edx, %eax
	jae memcpy
	pushl %edi
	pushl %esi
	movl 20(%esp), %ecx
	leal -1(%edx), %esi		/* the last byte of src */
	leal -1(%eax,%ecx), %edi	/* ... and of dst */
	std
	rep movsb
	cld
	popl %esi
	popl %edi
	ret

	/* void *memset(void *dst, int c, size_t n) */
	.globl memset
memset:
	pushl %edi
	movl 8(%esp), %edi
	movzbl 12(%esp), %eax
	imull $0x01010101, %eax, %eax
	movl 16(%esp), %ecx
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
