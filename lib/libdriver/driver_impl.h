/*
 * driver_impl.h - libdriver's private state.
 */
#ifndef _DRIVER_IMPL_H
#define _DRIVER_IMPL_H

#include <stdbool.h>
#include <minix/types.h>
#include <minix/sef.h>

extern bool drv_restarted;

/* reopen.c: after a restart, a client is served once it has opened. */
#define NR_CLIENTS	16
struct drv_reopen {
	bool pending;			/* clients must open again ... */
	int nr;				/* ... but for these */
	endpoint_t clients[NR_CLIENTS];
};
void drv_reopen_start(void);
bool drv_reopen_needed(endpoint_t client, bool is_open);
void drv_reopen_get(struct drv_reopen *t);
int drv_reopen_set(const struct drv_reopen *t);

/* mq.c: the queue, in a live update's state record too. */
int drv_reply_receive_mq(endpoint_t dst, endpoint_t src, message *m);
int drv_mq_save(void);
int drv_mq_restore(void);

/* lu.c: live update. */
extern bool drv_busy;
extern int drv_outstanding;
void drv_lu_register(void);
bool drv_lu_holding(void);
bool drv_lu_hold(const message *m);

#endif
