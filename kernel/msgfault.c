/*
 * msgfault.c - message-level faults armed by SYS_FAULTINJ.
 *
 * A process with a message fault armed (p_msgfault) has its next
 * outgoing message dropped, duplicated or garbled: the faults a driver
 * with a broken reply path would commit.  The IPC code asks
 * msgfault_take() once per message it is about to deliver (send, sendnb,
 * sendrec, an asynchronous entry); the fault fires once and is disarmed.
 * Nothing here runs unless a fault campaign armed it.
 */
#include "kernel.h"

/* Apply sender's armed fault to m, if any; say what IPC should do.  A
 * duplicate is only possible where the caller can deliver twice
 * (can_dup); elsewhere it stays armed for a later message. */
int msgfault_take(struct proc *sender, message *m, bool can_dup)
{
	uint32_t *words = (uint32_t *) &m->m_payload;
	uint32_t nwords = sizeof(m->m_payload) / 4, i;
	int kind = sender->p_msgfault;

	switch (kind) {
	case FI_MSG_DROP:
		sender->p_msgfault = 0;
		return MSGF_DROP;
	case FI_MSG_DUP:
		if (!can_dup)
			return MSGF_PASS;
		sender->p_msgfault = 0;
		return MSGF_DUP;
	case FI_MSG_GARBLE:
		sender->p_msgfault = 0;
		/* One word more than the payload: the type (a reply's
		 * status, a request's code) can be garbled too. */
		i = sender->p_msgfault_where % (nwords + 1);
		if (i == nwords)
			m->m_type ^= sender->p_msgfault_mask;
		else
			words[i] ^= sender->p_msgfault_mask;
		return MSGF_PASS;
	default:
		return MSGF_PASS;
	}
}
