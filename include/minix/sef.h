/*
 * sef.h - the System Event Framework: what every system process does to
 * be a well-behaved part of a self-healing system.
 *
 * A service registers callbacks, calls sef_startup(), then loops on
 * sef_receive().  SEF waits for RS's go-ahead at startup and runs the
 * init callback for the case at hand (a fresh start, a restart after a
 * crash, or the new version of a live update), answers RS's heartbeat
 * pings, turns RS's signals into the signal callback, and drives the
 * live-update preparation protocol.  Everything else is returned to the
 * service.
 */
#ifndef _MINIX_SEF_H
#define _MINIX_SEF_H

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
typedef int (*sef_cb_lu_prepare_t)(int state);
typedef int (*sef_cb_lu_state_isvalid_t)(int state);

/* Live-update states (service update -state S). */
#define SEF_LU_STATE_NULL		0
#define SEF_LU_STATE_WORK_FREE		1	/* no work in progress */
#define SEF_LU_STATE_REQUEST_FREE	2	/* no request pending */
#define SEF_LU_STATE_PROTOCOL_FREE	3	/* no protocol conversation open */
#define SEF_LU_STATE_CUSTOM_BASE	4	/* the service's own */

void sef_setcb_init_fresh(sef_cb_init_t cb);
void sef_setcb_init_restart(sef_cb_init_t cb);	/* default: as fresh */
void sef_setcb_init_lu(sef_cb_init_t cb);	/* default: as fresh */
void sef_setcb_signal_handler(sef_cb_signal_t cb); /* default: SIGTERM exits */
void sef_setcb_lu_prepare(sef_cb_lu_prepare_t cb);
void sef_setcb_lu_state_isvalid(sef_cb_lu_state_isvalid_t cb);

void sef_startup(void);
int sef_receive(endpoint_t src, message *m);

/* End this service with status.  A service must not call exit(): that
 * waits for PM, and PM may be waiting (through VFS) for the service
 * itself.  RS ends it instead and tells PM. */
void sef_exit(int status) __attribute__((noreturn));

/* Ready-made callbacks. */
int sef_cb_init_fail(int type, sef_init_info_t *info);	/* always refuses */
int sef_cb_lu_state_isvalid_standard(int state);	/* states 1..3 */

/* The label RS gave us (valid after sef_startup). */
const char *sef_self_label(void);

#endif
