/*
 * table.c - RS's table of services.
 */
#include <string.h>
#include <stdlib.h>
#include "rs.h"

struct rproc rproc[NR_SERVICES];

struct rproc *rs_find_label(const char *label)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++)
		if (rproc[i].r_state != RSS_FREE
		    && strcmp(rproc[i].r_start.rss_label, label) == 0)
			return &rproc[i];
	return NULL;
}

struct rproc *rs_find_endpoint(endpoint_t ep)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++)
		if (rproc[i].r_state != RSS_FREE && rproc[i].r_endpoint == ep
		    && ep != NONE)
			return &rproc[i];
	return NULL;
}

struct rproc *rs_new(const char *label)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		if (rproc[i].r_state != RSS_FREE)
			continue;
		memset(&rproc[i], 0, sizeof(rproc[i]));
		rproc[i].r_state = RSS_STARTING;
		strncpy(rproc[i].r_start.rss_label, label, RS_LABEL_LEN - 1);
		rproc[i].r_start.rss_major = -1;
		rproc[i].r_endpoint = NONE;
		rproc[i].r_caller = NONE;
		return &rproc[i];
	}
	return NULL;
}

void rs_free(struct rproc *rp)
{
	free(rp->r_image);
	memset(rp, 0, sizeof(*rp));
	rp->r_state = RSS_FREE;
	rp->r_endpoint = NONE;
}

/* Ticks since boot.  The kernel answers this for anyone. */
uint32_t rs_now(void)
{
	uint32_t up = 0;
	int r;

	if ((r = sys_times(NONE, NULL, NULL, &up, NULL)) != OK)
		panic("rs_now: sys_times: %d", r);
	return up;
}
