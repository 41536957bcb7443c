/*
 * ipcconst.h - the IPC primitives and their flags, shared by the kernel's
 * trap handler and the library stubs.
 */
#ifndef _MINIX_IPCCONST_H
#define _MINIX_IPCCONST_H

#define IPC_VECTOR	0x30	/* software interrupt for all IPC */

#define SEND		1	/* blocking send */
#define RECEIVE		2	/* blocking receive, from ANY or one */
#define SENDREC		3	/* SEND then RECEIVE from the same peer */
#define NOTIFY		4	/* asynchronous, payload-free, coalescing */
#define SENDNB		5	/* send only if the peer is receiving */
#define REPLY_RECV	6	/* SENDNB (the reply) then RECEIVE, one trap:
				 * ebx = reply's destination, ecx = the
				 * message (reply out, next message in),
				 * edx = whom to receive from; eax returns
				 * the receive's status, edx the reply's */
#define SENDA		16	/* asynchronous send from a table */

#define IPC_TRAP_MASK_ALL	((1 << SEND) | (1 << RECEIVE) | (1 << SENDREC) \
				| (1 << NOTIFY) | (1 << SENDNB) | (1 << REPLY_RECV) \
				| (1 << SENDA))
#define IPC_TRAP_MASK_USER	((1 << SENDREC))

/* Flags of a senda() table entry. */
#define AMF_EMPTY	0x000	/* slot unused */
#define AMF_VALID	0x001	/* entry holds a message to deliver */
#define AMF_DONE	0x002	/* the kernel is done; result is set */
#define AMF_NOREPLY	0x008	/* never the reply to the receiver's sendrec */

#define NOTIFY_MESSAGE	0x1000	/* m_type of every notification */
#define is_notify(t)	((t) == NOTIFY_MESSAGE)

#endif
