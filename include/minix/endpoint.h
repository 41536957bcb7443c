/*
 * endpoint.h - how an endpoint names a process.
 *
 * An endpoint packs a process table slot and the slot's generation: the
 * generation grows each time the slot is reused, so a message addressed to
 * a process that has died (and whose slot now holds another) is refused
 * instead of reaching the newcomer.  Slots run from 0; the kernel tasks
 * hold the first NR_TASKS of them, always with generation 0.
 */
#ifndef _MINIX_ENDPOINT_H
#define _MINIX_ENDPOINT_H

#include <minix/config.h>
#include <minix/types.h>

#define ENDPOINT_SLOT_BITS	8
#define ENDPOINT_SLOTS		(1 << ENDPOINT_SLOT_BITS)
#define ENDPOINT_MAX_GEN	((1 << (31 - ENDPOINT_SLOT_BITS)) - 1)

_Static_assert(NR_TASKS + NR_PROCS <= ENDPOINT_SLOTS, "slots fit the endpoint");

/* Special values: never a process's endpoint, since those are >= 0. */
#define ANY	((endpoint_t) -100)	/* receive from any process */
#define NONE	((endpoint_t) -101)	/* no process at all */
#define SELF	((endpoint_t) -102)	/* the caller itself */

/* Process numbers as MINIX counts them: tasks negative, the rest from 0. */
#define make_endpoint(gen, nr)	((endpoint_t) (((gen) << ENDPOINT_SLOT_BITS) \
					| ((nr) + NR_TASKS)))
#define endpoint_slot(e)	((e) & (ENDPOINT_SLOTS - 1))
#define endpoint_proc_nr(e)	(endpoint_slot(e) - NR_TASKS)
#define endpoint_gen(e)		((e) >> ENDPOINT_SLOT_BITS)

#endif
