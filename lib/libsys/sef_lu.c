/*
 * sef_lu.c - live update, the running version's side.
 *
 * RS asks for a state (RS_LU_PREPARE).  Before each receive SEF asks the
 * libraries' parts and the service whether they are there; meanwhile the
 * service goes on serving.  Once they are, the instance stops: SEF
 * writes the state record (sef_lu_record.c), grants it to the new
 * version and tells RS (RS_LU_READY), then waits for RS.  If the update
 * goes ahead RS ends this instance in that wait, and whatever was sent
 * to it meanwhile waits in the kernel for the new version, which takes
 * over its endpoint.  If not - the state was not reached in time, the
 * new version failed - RS answers, and the service goes on as if
 * nothing had happened.  A state the service cannot reach at all, or a
 * service that cannot hand its state over, is refused at once.
 *
 * Entry points: sef_lu_request(), sef_lu_check(), sef_lu_state(),
 * sef_lu_add_part(), the setters of the live-update callbacks and the
 * default callbacks.
 */
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/tsc.h>
#include "sef_impl.h"

#define NR_PARTS	4

static sef_cb_lu_state_isvalid_t cb_isvalid = sef_cb_lu_state_isvalid_standard;
static sef_cb_lu_prepare_t cb_prepare = sef_cb_lu_prepare_always_ready;

static struct sef_lu_part service_part = { .tag = SEF_LU_PART_SERVICE };
static const struct sef_lu_part *parts[NR_PARTS];
static int nr_parts;

static struct {
	uint32_t id;			/* RS's number for the update */
	int state;			/* being prepared for, or NULL */
	endpoint_t new_ep;		/* the new version: gets the record */
} lu;

void sef_setcb_lu_state_isvalid(sef_cb_lu_state_isvalid_t cb)
{
	cb_isvalid = cb;
}

void sef_setcb_lu_prepare(sef_cb_lu_prepare_t cb)
{
	cb_prepare = cb;
}

void sef_setcb_lu_state_save(sef_cb_lu_state_save_t cb)
{
	service_part.save = cb;
}

void sef_setcb_lu_state_restore(sef_cb_lu_state_restore_t cb)
{
	service_part.restore = cb;
}

int sef_cb_lu_state_isvalid_standard(int state)
{
	return state >= SEF_LU_STATE_WORK_FREE
		&& state <= SEF_LU_STATE_PROTOCOL_FREE;
}

int sef_cb_lu_prepare_always_ready(int state)
{
	return OK;
}

int sef_lu_state(void)
{
	return lu.state;
}

void sef_lu_add_part(const struct sef_lu_part *part)
{
	int i;

	for (i = 0; i < nr_parts; i++)
		if (parts[i]->tag == part->tag)
			return;
	if (nr_parts == NR_PARTS)
		panic("sef: too many parts of the live-update record");
	parts[nr_parts++] = part;
}

/* The libraries' parts in the order they came, then the service's. */
const struct sef_lu_part *sef_lu_part_at(int i)
{
	if (i < nr_parts)
		return parts[i];
	return i == nr_parts ? &service_part : NULL;
}

const struct sef_lu_part *sef_lu_find_part(uint32_t tag)
{
	const struct sef_lu_part *p;
	int i;

	for (i = 0; (p = sef_lu_part_at(i)) != NULL; i++)
		if (p->tag == tag)
			return p;
	return NULL;
}

/* Can the service hand its whole state over? */
bool sef_lu_updatable(void)
{
	int i;

	for (i = 0; i < nr_parts; i++)
		if (parts[i]->updatable)
			return true;
	return service_part.save != NULL;
}

/* Is every part in state?  OK, -ENOTREADY, or why it never will be. */
int sef_lu_parts_prepare(int state)
{
	int i, r;

	for (i = 0; i < nr_parts; i++)
		if (parts[i]->prepare != NULL
		    && (r = parts[i]->prepare(state)) != OK)
			return r;
	return cb_prepare(state);
}

void sef_lu_parts_commit(void)
{
	int i;

	for (i = 0; i < nr_parts; i++)
		if (parts[i]->commit != NULL)
			parts[i]->commit();
}

void sef_lu_parts_resume(void)
{
	int i;

	for (i = 0; i < nr_parts; i++)
		if (parts[i]->resume != NULL)
			parts[i]->resume();
}

/* Tell RS how the preparation ended, and wait.  An answer means the
 * update does not happen (RS ends us if it does). */
static void tell_rs(int result, cp_grant_id_t grant, size_t len,
	uint64_t stopped)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = RS_LU_READY;
	m.m_rs_lu_ready.id = lu.id;
	m.m_rs_lu_ready.result = result;
	m.m_rs_lu_ready.grant = grant;
	m.m_rs_lu_ready.len = len;
	m.m_rs_lu_ready.stopped = stopped;
	m.m_rs_lu_ready.saved = read_tsc();
	(void) ipc_sendrec(RS_PROC_EP, &m);
}

/* The update does not happen: the service goes on. */
static void abandon(void)
{
	lu.state = SEF_LU_STATE_NULL;
	sef_lu_parts_resume();
}

/* RS_LU_PREPARE: start preparing, refuse, or (state NULL) stop.  True
 * if a preparation was given up. */
bool sef_lu_request(const message *m)
{
	const struct m_rs_lu_prepare *p = &m->m_rs_lu_prepare;

	if (p->state == SEF_LU_STATE_NULL) {
		if (lu.state == SEF_LU_STATE_NULL || p->id != lu.id)
			return false;
		abandon();
		return true;
	}
	lu.id = p->id;
	lu.new_ep = p->new_ep;
	if (!sef_lu_updatable())
		tell_rs(-ENOSYS, GRANT_INVALID, 0, 0);
	else if (!cb_isvalid(p->state))
		tell_rs(-EINVAL, GRANT_INVALID, 0, 0);
	else
		lu.state = p->state;
	return false;
}

/* Before each receive: is the state reached?  Then stop, hand the state
 * over and wait.  True if the update, prepared, did not happen. */
bool sef_lu_check(void)
{
	cp_grant_id_t grant = GRANT_INVALID;
	void *buf = NULL;
	uint64_t stopped;
	size_t len = 0;
	int r;

	if (lu.state == SEF_LU_STATE_NULL)
		return false;
	if ((r = sef_lu_parts_prepare(lu.state)) == -ENOTREADY)
		return false;
	stopped = read_tsc();
	if (r == OK)
		r = sef_lu_record_save(lu.state, &buf, &len);
	if (r == OK && (grant = cpf_grant_direct(lu.new_ep, (vir_bytes) buf,
	    len, CPF_READ)) < 0)
		r = grant;
	tell_rs(r, grant, len, stopped);
	if (GRANT_VALID(grant))
		(void) cpf_revoke(grant);
	free(buf);
	abandon();
	return true;
}
