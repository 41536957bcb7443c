/*
 * lu.c - the printer across a live update.
 *
 * The writes in the queue are requests libdriver counts as waiting, so
 * a work-free update may come in the middle of a job: the queue, with
 * the byte the job in hand has reached, is the state record, and the
 * new version prints on from there (the grants VFS made name the
 * service's endpoint, which the new version has).  Its alarm and its
 * interrupt hook stay with the endpoint too, so the next tick or ACK
 * finds the new version.  A print job is whole.
 *
 * Entry points: lp_lu_save(), lp_lu_restore().
 */
#include <stdlib.h>
#include <minix/syslib.h>
#include "printer.h"

#define LP_RECORD_V1	1

int lp_lu_save(int state, uint32_t *version)
{
	bool present = lpt_present();
	size_t n = job_state_size();
	void *buf;
	int r;

	*version = LP_RECORD_V1;
	if ((buf = malloc(n)) == NULL)
		return -ENOMEM;
	job_state_get(buf);
	if ((r = sef_lu_put(&present, sizeof(present))) == OK)
		r = sef_lu_put(buf, n);
	free(buf);
	return r;
}

int lp_lu_restore(uint32_t version, size_t len)
{
	size_t n = job_state_size();
	bool present;
	void *buf;
	int r;

	if (version != LP_RECORD_V1 || len != sizeof(present) + n)
		return -ENOTSUP;
	if ((buf = malloc(n)) == NULL)
		return -ENOMEM;
	if ((r = sef_lu_get(&present, sizeof(present))) == OK
	    && (r = sef_lu_get(buf, n)) == OK) {
		lpt_set_present(present);
		job_state_set(buf);
	}
	free(buf);
	return r;
}
