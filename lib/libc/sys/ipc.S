/*
 * ipc.S - the IPC primitives: one software interrupt, IPC_VECTOR, with
 *	eax = primitive, ebx = peer endpoint, ecx = message (or table),
 *	edx = table size (senda),
 * and the status back in eax (OK or a negated error).
 */
#include <minix/ipcconst.h>

#define IPC_STUB(name, call)		\
	.globl name;			\
name:					\
	pushl %ebx;			\
	movl $call, %eax;		\
	movl 8(%esp), %ebx;		\
	movl 12(%esp), %ecx;		\
	int $IPC_VECTOR;		\
	popl %ebx;			\
	ret;

	.text
IPC_STUB(ipc_send, SEND)
IPC_STUB(ipc_receive, RECEIVE)
IPC_STUB(ipc_sendrec, SENDREC)
IPC_STUB(ipc_sendnb, SENDNB)

	.globl ipc_notify
ipc_notify:				/* ipc_notify(dst) */
	pushl %ebx
	movl $NOTIFY, %eax
	movl 8(%esp), %ebx
	int $IPC_VECTOR
	popl %ebx
	ret

	.globl ipc_senda
ipc_senda:				/* ipc_senda(table, count) */
	pushl %ebx
	movl $SENDA, %eax
	movl 8(%esp), %ecx
	movl 12(%esp), %edx
	int $IPC_VECTOR
	popl %ebx
	ret

	.globl ipc_reply_recv
ipc_reply_recv:		/* ipc_reply_recv(dst, src, m, reply_status) */
	pushl %ebx
	movl $REPLY_RECV, %eax
	movl 8(%esp), %ebx
	movl 12(%esp), %edx
	movl 16(%esp), %ecx
	int $IPC_VECTOR
	movl 20(%esp), %ecx
	testl %ecx, %ecx
	jz 1f
	movl %edx, (%ecx)
1:	popl %ebx
	ret

	.section .note.GNU-stack, "", @progbits
