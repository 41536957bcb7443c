/*
 * sef_lu_new.c - live update, the new version's side.
 *
 * RS starts the new version in live-update mode (RS_LU_INIT): SEF copies
 * the old instance's state record through the grant the old one made for
 * it, hands each part to the library or service callback that takes it
 * up, runs the service's init callback (type SEF_INIT_LU: the devices
 * are as the old version left them, not to be reset) and tells RS
 * (RS_LU_INIT_REPLY).  RS then swaps the two: its answer comes when this
 * program runs at the old instance's endpoint.
 *
 * From then on the new version is on probation.  In its first receive
 * it tells RS it got that far (RS_LU_CONFIRM, its first heartbeat); only
 * once RS has answered - the old version is gone - does it take over
 * what the old one left queued, and serve.  Had it crashed or hung
 * before, RS would have swapped the old version back, to find all that
 * was sent meanwhile still waiting for it and nothing done twice.
 *
 * Entry points: sef_lu_init(), sef_lu_confirm(), sef_lu_idle().
 */
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/tsc.h>
#include "sef_impl.h"

static struct {
	bool probation;			/* swapped in, not confirmed yet */
	uint32_t id;
} lu_new;

/* RS will not have us: it ends us. */
static void __attribute__((noreturn)) wait_for_the_end(void)
{
	message m;

	for (;;)
		(void) ipc_receive(RS_PROC_EP, &m);
}

/* The old instance's state record, into memory of ours. */
static int fetch(const struct m_rs_lu_init *p, void **bufp)
{
	void *buf;
	int r;

	if ((buf = malloc(p->len > 0 ? p->len : 1)) == NULL)
		return -ENOMEM;
	if ((r = sys_safecopyfrom(p->old_ep, p->grant, 0, buf, p->len)) != OK) {
		free(buf);
		return r;
	}
	*bufp = buf;
	return OK;
}

/* RS_LU_INIT: become the new version of the instance at old_ep. */
void sef_lu_init(const message *m)
{
	const struct m_rs_lu_init *p = &m->m_rs_lu_init;
	struct m_rs_lu_init_reply *t;
	sef_init_info_t info;
	message reply;
	void *buf = NULL;
	int r;

	memset(&reply, 0, sizeof(reply));
	t = &reply.m_rs_lu_init_reply;
	t->started = read_tsc();
	memset(&info, 0, sizeof(info));
	info.type = SEF_INIT_LU;
	info.old_endpoint = p->old_ep;
	info.restarts = p->restarts;
	memcpy(info.label, p->label, sizeof(info.label));
	info.label[RS_LABEL_LEN - 1] = '\0';
	sef_set_label(info.label);
	r = fetch(p, &buf);
	t->fetched = read_tsc();
	if (r == OK)
		r = sef_lu_record_restore(buf, p->len);
	free(buf);
	t->restored = read_tsc();
	if (r == OK)
		r = sef_run_init(SEF_INIT_LU, &info);
	t->done = read_tsc();
	t->id = p->id;
	t->result = r;
	reply.m_type = RS_LU_INIT_REPLY;
	if (ipc_sendrec(RS_PROC_EP, &reply) != OK || reply.m_type != OK)
		wait_for_the_end();
	lu_new.probation = true;
	lu_new.id = p->id;
}

/* The first receive of the new version: tell RS, then take over. */
bool sef_lu_idle(void)
{
	return !lu_new.probation && sef_lu_state() == SEF_LU_STATE_NULL;
}

void sef_lu_confirm(void)
{
	message m;

	if (!lu_new.probation)
		return;
	lu_new.probation = false;
	memset(&m, 0, sizeof(m));
	m.m_type = RS_LU_CONFIRM;
	m.m_rs_lu_confirm.id = lu_new.id;
	if (ipc_sendrec(RS_PROC_EP, &m) != OK || m.m_type != OK)
		wait_for_the_end();
	sef_lu_parts_commit();
}
