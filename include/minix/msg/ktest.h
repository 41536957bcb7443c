/*
 * msg/ktest.h - the kernel self-test protocol (test/kernel): ktest sends
 * commands to its peers, which act and report back.
 */
#ifndef _MINIX_MSG_KTEST_H
#define _MINIX_MSG_KTEST_H

#include <minix/types.h>

#define KT_BASE		0x7000
#define KT_HELLO	(KT_BASE + 1)	/* peer -> ktest: here I am (arg: role) */
#define KT_ECHO		(KT_BASE + 2)	/* reply with value + 1 */
#define KT_SEND_TO	(KT_BASE + 3)	/* send value to ep, then report */
#define KT_SENDREC_TO	(KT_BASE + 4)	/* sendrec to ep, report its status */
#define KT_RECEIVE_FROM	(KT_BASE + 5)	/* receive from ep only, then report */
#define KT_NOTIFY	(KT_BASE + 6)	/* notify ep arg times, then reply */
#define KT_SENDA	(KT_BASE + 7)	/* senda arg messages to ep */
#define KT_SENDA_CHECK	(KT_BASE + 8)	/* reply: how many entries are done */
#define KT_STATECTL	(KT_BASE + 9)	/* clear IPC refs, reply status */
#define KT_TRY_OUTB	(KT_BASE + 10)	/* sys_outb(value, 0): reply status */
#define KT_TRY_INB	(KT_BASE + 11)	/* sys_inb(value): reply status */
#define KT_TRY_SENDNB	(KT_BASE + 12)	/* sendnb to ep: reply status */
#define KT_TRY_KCALL	(KT_BASE + 13)	/* kernel call arg: reply status */
#define KT_GRANT	(KT_BASE + 14)	/* grant ep arg-access to our buffer */
#define KT_REVOKE	(KT_BASE + 15)	/* revoke grant */
#define KT_SUM		(KT_BASE + 16)	/* reply: sum of our buffer's bytes */
#define KT_FILL		(KT_BASE + 17)	/* fill our buffer with value */
#define KT_COPY_FROM	(KT_BASE + 18)	/* safecopyfrom(ep, grant): reply status */
#define KT_INDIRECT	(KT_BASE + 19)	/* pass ep's grant to ktest, indirectly */
#define KT_FAULT	(KT_BASE + 20)	/* fault in the way arg names */
#define KT_EXIT		(KT_BASE + 21)	/* exit with status arg */
#define KT_REPORT	(KT_BASE + 22)	/* peer -> ktest: a command's result */
#define KT_SPIN		(KT_BASE + 23)	/* spinner -> ktest: progress */
#define KT_STATECTL_AFTER (KT_BASE + 24) /* receive from ktest only, then
					    clear IPC refs (arg) and reply */

#define KT_ROLE_PEER	1
#define KT_ROLE_SPIN	2

#define KT_FAULT_PF	1	/* dereference NULL */
#define KT_FAULT_GP	2	/* a privileged instruction */
#define KT_FAULT_DE	3	/* divide by zero */
#define KT_FAULT_UD	4	/* an invalid opcode */

#define KT_BUF_SIZE	64	/* a peer's grantable buffer */

struct m_ktest {
	int arg;
	endpoint_t ep;			/* a third party */
	int result;			/* a peer's report */
	cp_grant_id_t grant;
	uint32_t value;
	uint32_t offset;
	uint32_t len;
	uint32_t seq;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_KTEST(X) \
	X(m_ktest)

#endif
