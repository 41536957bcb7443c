/*
 * rs.h - the reincarnation server's own declarations.
 *
 * RS is the parent of every system service.  For each it keeps what it
 * needs to bring the service back without anyone's help: the binary (a
 * copy in RS's memory, so that even the disk driver can be restarted
 * when the disk is what died), the arguments and the privileges.
 */
#ifndef _RS_RS_H
#define _RS_RS_H

#include <assert.h>
#include <stdbool.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/ds.h>

#define NR_SERVICES	64
#define RS_INIT_TIMEOUT	(10 * HZ)	/* a service has this long to init */
#define RS_STOP_TIMEOUT	(2 * HZ)	/* and this long to stop cleanly */
#define RS_TICK		(HZ / 10)	/* how often RS looks at the clock */
#define RS_MAX_FAILS	6		/* restarts in a row; the next failure
					   is given up */
#define RS_BACKOFF_MAX	30		/* periods at most between restarts */
#define RS_STABLE	(10 * HZ)	/* up this long: failures are forgiven */
#define RS_DEFAULT_PERIOD HZ		/* the backoff unit without heartbeat */

/* r_state */
enum rs_state {
	RSS_FREE,
	RSS_STARTING,		/* forked and exec'd, waiting for its init */
	RSS_UP,			/* running */
	RSS_STOPPING,		/* asked to stop (down, refresh) */
	RSS_BACKOFF,		/* dead, to be restarted at r_restart_at */
	RSS_GIVEN_UP,		/* failed too often */
	RSS_SCRIPT,		/* dead; its recovery script decides */
};

struct rproc {
	enum rs_state r_state;
	struct rs_start r_start;	/* label, path, args, privileges */
	endpoint_t r_endpoint;
	int r_pid;
	bool r_pid_known;		/* PM has told us r_pid */
	bool r_boot;			/* started by the kernel, not by us */
	bool r_core;			/* the system cannot go on without it */
	void *r_image;			/* the binary, for restarts */
	size_t r_image_len;

	int r_restarts;			/* how often it came back */
	int r_fails;			/* failures in a row */
	uint32_t r_started;		/* tick of the last start */
	uint32_t r_deadline;		/* STARTING, STOPPING: give up then */
	uint32_t r_restart_at;		/* BACKOFF: start again then */
	uint32_t r_ping_sent;		/* heartbeat: tick of the last ping */
	bool r_ping_answered;
	uint32_t r_cpu_seen;		/* its CPU ticks at the last check */
	int r_busy_checks;		/* checks in a row it was busy at */
	bool r_refresh;			/* STOPPING: start again afterwards */
	char r_failure[48];		/* the last failure, in words */
	uint32_t r_failure_tick;
	/* when each failure of this run in a row came and was restarted */
	struct rs_failure_event r_history[RS_MAX_FAILS + 1];

	struct rs_lu_report r_lu;	/* its last live update */

	endpoint_t r_caller;		/* a service command waiting, or NONE */
	bool r_script_due;		/* SCRIPT: init has not taken the job */
	char r_script_reason[8];	/* ... and why it failed, in a word */
};

_Static_assert(RS_MAX_FAILS + 1 <= RS_HISTORY,
    "service status shows every failure up to the give-up");

extern struct rproc rproc[NR_SERVICES];
extern bool rs_shutting_down;


/* boot.c */
void boot_services(void);

/* table.c */
struct rproc *rs_find_label(const char *label);
struct rproc *rs_find_endpoint(endpoint_t ep);
struct rproc *rs_new(const char *label);
void rs_free(struct rproc *rp);
uint32_t rs_now(void);

/* start.c */
int rs_start(struct rproc *rp, int type);
int rs_make_instance(struct rproc *rp, const void *data, size_t len,
	const char *args, endpoint_t *epp);
void rs_end_instance(endpoint_t ep);
void rs_update_ipc(struct rproc *rp);
int rs_ipc_out(struct rproc *rp, endpoint_t ep);
int rs_set_privileges(struct rproc *rp, endpoint_t ep);

/* dspub.c */
int rs_publish_label(const char *label, endpoint_t ep);
void rs_withdraw_label(const char *label);
void rs_ds_flush(void);

/* update.c */
int rs_lu_request(message *m);
void rs_lu_ready(message *m);
void rs_lu_init_reply(message *m);
void rs_lu_confirm(message *m);
bool rs_lu_failed(endpoint_t ep, const char *why);
bool rs_lu_busy(const struct rproc *rp);
bool rs_lu_holds_ds(void);
void rs_lu_tick(void);

/* init.c */
int rs_init_start(struct rproc *rp, int type);
int rs_init_sync(struct rproc *rp, int type);
void rs_init_reply(message *m);
void rs_answer(struct rproc *rp, int status);

/* failure.c */
void rs_failed(struct rproc *rp, const char *why);

/* lostreply.c */
bool rs_lost_reply(const struct rproc *rp, uint32_t period);
bool rs_lost_irq(const struct rproc *rp, uint32_t period);
bool rs_spinning(struct rproc *rp, uint32_t period);
void rs_exited(endpoint_t ep, int status);
void rs_service_exit(message *m);
void rs_tick(void);
void rs_stop(struct rproc *rp, bool refresh);
void rs_forget(struct rproc *rp);

/* script.c */
int rs_run_script(struct rproc *rp, const char *why);
void rs_script_tick(void);
int rs_script_next(const message *m);

/* request.c */
void rs_request(message *m);
void rs_pm_answer(const message *m);
int rs_take_binary(endpoint_t from, vir_bytes image, uint32_t len,
	void **bufp, size_t *lenp);

/* pm.c */
int rs_pm_srv_new(endpoint_t ep, uint32_t uid);
int rs_pm_srv_kill(endpoint_t ep);
int rs_ask_pm(endpoint_t ep);

/* signal.c */
void do_kernel_signals(void);

#endif
