/*
 * lu.c - the disk driver across a live update.
 *
 * Between two requests (libdriver's work-free state) no command is in
 * flight and no alarm is set, so what the driver knows is its tables:
 * the channels (their hooks, whether they answered, the resets so far)
 * and the drives (what IDENTIFY said, the mode they are in, the
 * partitions, how many opens).  They are the state record; the new
 * version probes nothing and resets nothing, and its interrupts reach it
 * through the hooks the old one set (they stay with the endpoint).
 *
 * Entry points: at_lu_save(), at_lu_restore().
 */
#include <string.h>
#include "at_wini.h"

#define AT_RECORD_V1	1

struct at_record {
	struct channel r_chan[NR_CHANNELS];
	struct drive r_drive[NR_DRIVES];	/* d_chan: see below */
};

int at_lu_save(int state, uint32_t *version)
{
	struct at_record rec;
	int i;

	*version = AT_RECORD_V1;
	memcpy(rec.r_chan, channels, sizeof(rec.r_chan));
	memcpy(rec.r_drive, drives, sizeof(rec.r_drive));
	for (i = 0; i < NR_DRIVES; i++)	/* an address is no record */
		rec.r_drive[i].d_chan = NULL;
	return sef_lu_put(&rec, sizeof(rec));
}

int at_lu_restore(uint32_t version, size_t len)
{
	struct at_record rec;
	int i, r;

	if (version != AT_RECORD_V1 || len != sizeof(rec))
		return -ENOTSUP;
	if ((r = sef_lu_get(&rec, sizeof(rec))) != OK)
		return r;
	memcpy(channels, rec.r_chan, sizeof(channels));
	memcpy(drives, rec.r_drive, sizeof(drives));
	for (i = 0; i < NR_DRIVES; i++)	/* drive i is on channel i / 2 */
		drives[i].d_chan = &channels[i / 2];
	return OK;
}
