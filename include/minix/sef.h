/*
 * sef.h - the System Event Framework: what every system process does to
 * be a well-behaved part of a self-healing system.
 *
 * A service registers callbacks, calls sef_startup(), then loops on
 * sef_receive().  SEF waits for RS's go-ahead at startup and runs the
 * init callback for the case at hand (a fresh start, a restart after a
 * crash, or the new version of a live update), answers RS's heartbeat
 * pings, turns RS's signals into the signal callback, and drives the
 * live-update protocol (docs/liveupdate.md).  Everything else is
 * returned to the service.
 */
#ifndef _MINIX_SEF_H
#define _MINIX_SEF_H

#include <stdbool.h>
#include <minix/ipc.h>
#include <minix/msg/rs.h>

typedef struct {
	int type;			/* SEF_INIT_FRESH, _RESTART, _LU */
	endpoint_t old_endpoint;	/* the instance this one replaces */
	int restarts;
	char label[RS_LABEL_LEN];	/* this service's label */
} sef_init_info_t;

typedef int (*sef_cb_init_t)(int type, sef_init_info_t *info);
typedef void (*sef_cb_signal_t)(int signo);

void sef_setcb_init_fresh(sef_cb_init_t cb);
void sef_setcb_init_restart(sef_cb_init_t cb);	/* default: as fresh */
void sef_setcb_init_lu(sef_cb_init_t cb);	/* default: as fresh */
void sef_setcb_signal_handler(sef_cb_signal_t cb); /* default: SIGTERM exits */

void sef_startup(void);
int sef_receive(endpoint_t src, message *m);
/* A service's answer to dst and its next receive: exactly
 * ipc_sendnb(dst, m) (the answer's status to *reply_status unless that
 * is NULL) followed by sef_receive(src, m), in one trap (ipc_reply_recv)
 * when no live update is under way.  For a loop that answers as the
 * last thing before it receives again. */
int sef_reply_receive(endpoint_t dst, message *m, endpoint_t src,
	int *reply_status);

/* End this service with status.  A service must not call exit(): that
 * waits for PM, and PM may be waiting (through VFS) for the service
 * itself.  RS ends it instead and tells PM. */
void sef_exit(int status) __attribute__((noreturn));

/* Ready-made callbacks. */
int sef_cb_init_fail(int type, sef_init_info_t *info);	/* always refuses */

/* The label RS gave us (valid after sef_startup). */
const char *sef_self_label(void);

/* --- Live update ------------------------------------------------------ */

/* The states a service may be asked to reach (service update -state S):
 * MINIX's numbering; a service's own states start at CUSTOM_BASE. */
#define SEF_LU_STATE_NULL		0	/* not preparing */
#define SEF_LU_STATE_WORK_FREE		1	/* nothing half-done inside */
#define SEF_LU_STATE_REQUEST_FREE	2	/* no client request pending */
#define SEF_LU_STATE_PROTOCOL_FREE	3	/* no conversation open */
#define SEF_LU_STATE_CUSTOM_BASE	4	/* the service's own */

/* The old version's side.  state_isvalid: can this service reach state
 * at all (no: the update is refused at once).  prepare: is it there now
 * - OK, -ENOTREADY (SEF asks again before each receive; meanwhile the
 * service goes on, and libdriver holds new requests back for states 2
 * and 3), or another error to refuse.  save: write the service's state
 * record with sef_lu_put() and say its layout's version.  When an
 * update the service prepared for does not happen, sef_receive()
 * returns -EINTR once, so that a loop serves what it held back. */
typedef int (*sef_cb_lu_state_isvalid_t)(int state);
typedef int (*sef_cb_lu_prepare_t)(int state);
typedef int (*sef_cb_lu_state_save_t)(int state, uint32_t *version);
/* The new version's side, before its init callback (SEF_INIT_LU): read
 * the record with sef_lu_get(); refuse (an error) a version it cannot
 * read, and the old version goes on. */
typedef int (*sef_cb_lu_state_restore_t)(uint32_t version, size_t len);

void sef_setcb_lu_state_isvalid(sef_cb_lu_state_isvalid_t cb);
void sef_setcb_lu_prepare(sef_cb_lu_prepare_t cb);
void sef_setcb_lu_state_save(sef_cb_lu_state_save_t cb);
void sef_setcb_lu_state_restore(sef_cb_lu_state_restore_t cb);

/* The defaults: states 1 to 3 exist, and a service between two messages
 * is in all three.  A service without a save callback cannot be updated
 * (its state would be lost) unless a library it is built on keeps all
 * of it (libdriver). */
int sef_cb_lu_state_isvalid_standard(int state);
int sef_cb_lu_prepare_always_ready(int state);

/* The state record: append to it (save), or read the next bytes of it
 * (restore; -EINVAL past the end of the part being read). */
int sef_lu_put(const void *data, size_t len);
int sef_lu_get(void *data, size_t len);
size_t sef_lu_left(void);		/* bytes of the part not read yet */

/* The state being prepared for (SEF_LU_STATE_NULL: none). */
int sef_lu_state(void);
/* The new version, swapped in, tells RS it has reached its loop (its
 * first heartbeat) and takes over what the old one left queued.
 * sef_receive() does it; a loop that serves queued work before it
 * receives (libdriver) calls it first. */
void sef_lu_confirm(void);
/* No update is being prepared and none waits to be confirmed: SEF has
 * nothing to do before a receive. */
bool sef_lu_idle(void);

/* A library's own part of the state record (libsys's queued messages,
 * libdriver's queues), saved before and restored before the service's.
 * prepare may say -ENOTREADY; commit runs in the new version once it is
 * the service; resume in the old one when the update does not happen.
 * updatable: with this part a service can be updated even without a
 * save callback of its own. */
#define SEF_LU_PART_SERVICE	0
#define SEF_LU_PART_ASYN	1
#define SEF_LU_PART_DRIVER	2
#define SEF_LU_PART_NETDRIVER	3
struct sef_lu_part {
	uint32_t tag;
	int (*prepare)(int state);
	int (*save)(int state, uint32_t *version);
	int (*restore)(uint32_t version, size_t len);
	void (*commit)(void);
	void (*resume)(void);
	bool updatable;
};
void sef_lu_add_part(const struct sef_lu_part *part);

#endif
