/*
 * ipc.h - the message and the IPC primitives.
 *
 * Every message is 64 bytes: who sent it, what it is, and a 56-byte payload
 * that is one named struct per protocol and call.  The kernel fills in
 * m_source; the receiver never has to trust the sender about who it is.
 */
#ifndef _MINIX_IPC_H
#define _MINIX_IPC_H

#include <minix/types.h>
#include <minix/ipcconst.h>
#include <minix/msg/sys.h>
#include <minix/msg/ktest.h>
#include <minix/msg/pm.h>
#include <minix/msg/vfs.h>
#include <minix/msg/fs.h>
#include <minix/msg/bdev.h>
#include <minix/msg/cdev.h>
#include <minix/msg/rs.h>
#include <minix/msg/ds.h>
#include <minix/msg/pci.h>
#include <minix/msg/net.h>
#include <minix/msg/sock.h>

#define MSG_PAYLOAD_SIZE	56

/* Every payload struct of every protocol: the one list from which both
 * the union below and the size checks after it are made, so a payload
 * cannot be added to one and forgotten in the other.  Each protocol's
 * header keeps its own part of the list beside its structs. */
#define MSG_PAYLOADS(X) \
	MSG_PAYLOADS_SYS(X) \
	MSG_PAYLOADS_KTEST(X) \
	MSG_PAYLOADS_PM(X) \
	MSG_PAYLOADS_VFS(X) \
	MSG_PAYLOADS_FS(X) \
	MSG_PAYLOADS_BDEV(X) \
	MSG_PAYLOADS_CDEV(X) \
	MSG_PAYLOADS_RS(X) \
	MSG_PAYLOADS_DS(X) \
	MSG_PAYLOADS_PCI(X) \
	MSG_PAYLOADS_NET(X) \
	MSG_PAYLOADS_SOCK(X)

#define MSG_PAYLOAD_MEMBER(name)	struct name name;

typedef struct {
	endpoint_t m_source;		/* set by the kernel on delivery */
	int m_type;			/* request code, or a reply's status */
	union {
		uint8_t m_payload[MSG_PAYLOAD_SIZE];
		uint32_t m_u32[MSG_PAYLOAD_SIZE / 4];	/* tests and dumps */
		MSG_PAYLOADS(MSG_PAYLOAD_MEMBER)
	};
} message;

#undef MSG_PAYLOAD_MEMBER

/* Each payload fits on its own: an oversized one is named here rather
 * than found as a larger union (the check of the whole below). */
#define MSG_PAYLOAD_FITS(name) \
	_Static_assert(sizeof(struct name) <= MSG_PAYLOAD_SIZE, \
		"struct " #name " is larger than a message's payload");
MSG_PAYLOADS(MSG_PAYLOAD_FITS)
#undef MSG_PAYLOAD_FITS

_Static_assert(sizeof(message) == 64, "a message is 64 bytes");

/* One entry of a senda() table, in the sender's memory. */
typedef struct {
	uint32_t flags;			/* AMF_* */
	endpoint_t dst;
	int result;			/* set by the kernel with AMF_DONE */
	message msg;
} asynmsg_t;

#ifndef _KERNEL
/* The primitives (lib/libc/sys/ipc.S).  Each returns OK or a negated
 * error: -EDEADSRCDST, -ELOCKED, -ECALLDENIED, -EFAULT, ... */
int ipc_send(endpoint_t dst, message *m);
int ipc_receive(endpoint_t src, message *m);
int ipc_sendrec(endpoint_t peer, message *m);
int ipc_sendnb(endpoint_t dst, message *m);
int ipc_notify(endpoint_t dst);
int ipc_senda(asynmsg_t *table, size_t count);
/* A server's answer and its next receive in one trap: exactly
 * ipc_sendnb(dst, m) followed by ipc_receive(src, m).  Returns the
 * receive's status; the reply's (what ipc_sendnb would have returned)
 * goes to *reply_status unless that is NULL. */
int ipc_reply_recv(endpoint_t dst, endpoint_t src, message *m,
	int *reply_status);
#endif

#endif
