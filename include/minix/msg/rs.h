/*
 * msg/rs.h - the reincarnation server's protocol: RS -> services (SEF's
 * side), and the service command -> RS.
 */
#ifndef _MINIX_MSG_RS_H
#define _MINIX_MSG_RS_H

#include <minix/types.h>
#include <minix/config.h>
#include <minix/priv.h>

#define RS_LABEL_LEN	16

#define RS_BASE		0x0300
/* RS -> a service, and its answer. */
#define RS_INIT		(RS_BASE + 1)	/* m_rs_init: initialise now */
#define RS_INIT_REPLY	(RS_BASE + 2)	/* service -> RS (sendrec):
					 * m_rs_init_reply */
#define RS_SIGNAL	(RS_BASE + 3)	/* m_rs_signal: e.g. SIGTERM, stop cleanly */
/* Live update (docs/liveupdate.md): RS asks the running instance to
 * prepare; it answers when ready and waits (sendrec) - an answer comes
 * only if the update does not happen; the new instance initialises from
 * the old one's state and, once swapped in, confirms from its loop. */
#define RS_LU_PREPARE	(RS_BASE + 4)	/* RS -> old: m_rs_lu_prepare */
#define RS_LU_READY	(RS_BASE + 5)	/* old -> RS (sendrec): m_rs_lu_ready */
#define RS_EXIT		(RS_BASE + 6)	/* service -> RS (sendrec): m_rs_exit;
					 * RS ends it, so there is no answer
					 * (sef_exit) */
#define RS_LU_INIT	(RS_BASE + 7)	/* RS -> new: m_rs_lu_init */
#define RS_LU_CONFIRM	(RS_BASE + 8)	/* new -> RS (sendrec): m_rs_lu_confirm */
#define RS_LU_INIT_REPLY (RS_BASE + 9)	/* new -> RS (sendrec):
					 * m_rs_lu_init_reply */
/* The service command -> RS (sendrec). */
#define RS_UP		(RS_BASE + 10)	/* m_rs_up: start it */
#define RS_DOWN		(RS_BASE + 11)	/* m_rs_label */
#define RS_RESTART	(RS_BASE + 12)	/* m_rs_label: a forced restart, as
					 * after a crash */
#define RS_REFRESH	(RS_BASE + 13)	/* m_rs_label: a clean stop and start */
#define RS_SHUTDOWN	(RS_BASE + 14)	/* no payload: stop restarting, the
					 * system goes down */
#define RS_UPDATE	(RS_BASE + 15)	/* m_rs_update: live update, answered
					 * when it is over */
#define RS_LIST		(RS_BASE + 16)	/* m_rs_list -> entries */
#define RS_LOOKUP	(RS_BASE + 17)	/* m_rs_label -> endpoint */
/* The PCI bus driver -> RS (sendrec). */
#define RS_PCI_ACL	(RS_BASE + 18)	/* m_rs_pci_acl -> struct rs_pci_acl */
/* init -> RS (sendrec), when RS has woken it with SIGUSR1. */
#define RS_SCRIPT_NEXT	(RS_BASE + 19)	/* m_rs_script_next -> a struct
					 * rs_script copied to buf, or -ENOENT */
#define RS_LAST		RS_SCRIPT_NEXT

#define SEF_INIT_FRESH	0		/* first start */
#define SEF_INIT_RESTART 1		/* after a crash or a kill */
#define SEF_INIT_LU	2		/* a live update's new version */

struct m_rs_init {
	int type;			/* SEF_INIT_* */
	endpoint_t old_endpoint;	/* the instance this one replaces */
	int restarts;			/* how many times it came back */
	char label[RS_LABEL_LEN];
};

struct m_rs_init_reply {
	int result;			/* OK: initialised; or why not */
};

struct m_rs_exit {
	int status;			/* the service's exit status */
};

struct m_rs_signal {
	int sig;
};

/* RS_LU_PREPARE: reach state (SEF_LU_STATE_*; SEF_LU_STATE_NULL: stop
 * preparing update id), then grant the state record to new_ep. */
struct m_rs_lu_prepare {
	uint32_t id;			/* the update, to match the answers */
	int state;
	endpoint_t new_ep;
};

/* RS_LU_READY: prepared (result OK: the record is behind grant) or not
 * (why).  The times are TSC readings, for the downtime figures. */
struct m_rs_lu_ready {
	uint32_t id;
	int result;
	cp_grant_id_t grant;
	uint32_t len;
	uint64_t stopped;		/* the state was reached */
	uint64_t saved;			/* the record was made */
};

/* RS_LU_INIT: initialise as the new version of the instance at old_ep,
 * from its state record. */
struct m_rs_lu_init {
	uint32_t id;
	endpoint_t old_ep;
	cp_grant_id_t grant;
	uint32_t len;
	int restarts;
	char label[RS_LABEL_LEN];
};

/* RS_LU_INIT_REPLY: how the initialisation went; RS answers once the new
 * version has the old one's endpoint (or has been abandoned). */
struct m_rs_lu_init_reply {
	uint32_t id;
	int result;
	uint64_t started;		/* TSC: the init began */
	uint64_t fetched;		/* the record was copied in */
	uint64_t restored;		/* and taken up */
	uint64_t done;			/* the service's init returned */
};

/* RS_LU_CONFIRM: the new version has reached its receive loop (its first
 * heartbeat); RS ends the old one and answers. */
struct m_rs_lu_confirm {
	uint32_t id;
};

/* What `service up` sends (RS copies it from the caller): the service's
 * binary, arguments, and its etc/system.conf entry, already parsed. */
#define RS_PATH_LEN	128
#define RS_ARGS_LEN	256
#define RS_MAX_IPC	16
#define RS_IPC_ALL	"ALL"		/* every system service */
#define RS_IPC_USER	"USER"		/* ordinary programs (to answer them) */

#define RSF_NO_RESTART	0x01		/* a crash ends it for good */
#define RS_IMAGE_MAX	(4 << 20)	/* the largest binary RS keeps */

/* A heartbeat period (rss_period) is 0 (none) or within these, in
 * ticks: more often starves the service of time to answer, less often
 * leaves a hang unnoticed for longer than anyone waits. */
#define RS_PERIOD_MIN	(HZ / 10)
#define RS_PERIOD_MAX	(3600 * HZ)

/* The PCI devices a service may use: by vendor and device id, or by
 * class (the class code's bytes under the mask: "pci class 02" is
 * 0x020000 under 0xFF0000). */
#define RS_MAX_PCI	8
struct rs_pci_id {
	uint16_t vid, did;
};
struct rs_pci_class {
	uint32_t code, mask;
};
struct rs_pci_acl {
	char label[RS_LABEL_LEN];
	int nr_id;
	struct rs_pci_id id[RS_MAX_PCI];
	int nr_class;
	struct rs_pci_class class[RS_MAX_PCI];
};

struct rs_start {
	char rss_label[RS_LABEL_LEN];
	char rss_path[RS_PATH_LEN];
	char rss_args[RS_ARGS_LEN];
	char rss_script[RS_PATH_LEN];	/* run on a failure, or "" */
	int rss_major;			/* its device's major, or -1 */
	uint32_t rss_period;		/* heartbeat, ticks; 0: none */
	uint32_t rss_flags;		/* RSF_* */
	uint32_t rss_uid;
	struct priv_desc rss_priv;	/* kernel calls, ports, IRQs, memory */
	int rss_nr_ipc;
	char rss_ipc[RS_MAX_IPC][RS_LABEL_LEN];	/* IPC targets by label */
	struct rs_pci_acl rss_pci;	/* PCI devices (label unused) */
};

/* A recovery script that init is to start, as
 *	/bin/sh rsc_path restart rsc_label rsc_reason rsc_count
 * (RS never forks: fork waits for PM, and RS never waits for PM). */
struct rs_script {
	char rsc_path[RS_PATH_LEN];
	char rsc_label[RS_LABEL_LEN];
	char rsc_reason[8];		/* exit, signal, hang, init, restart */
	int rsc_count;			/* failures in a row */
};

/* One failure of a run of failures in a row, in ticks of uptime. */
#define RS_HISTORY	8		/* the first failures of a run kept */
struct rs_failure_event {
	uint32_t rfe_failed;		/* when it failed */
	uint32_t rfe_restarted;		/* when RS started it again; 0: not */
};

/* What a live update did, for `service update` and `service status`:
 * its outcome and, in TSC readings (guest instructions under QEMU
 * -icount), when each step ended. */
#define RLU_NONE	0		/* never updated */
#define RLU_DONE	1		/* the new version runs */
#define RLU_ABORTED	2		/* refused or not prepared: the old
					   version never stopped */
#define RLU_ROLLED_BACK	3		/* the new version failed: the old one
					   runs again */
struct rs_lu_report {
	int rlr_outcome;		/* RLU_* */
	char rlr_why[64];		/* what went wrong, in words */
	uint32_t rlr_when;		/* uptime tick of the outcome */
	int rlr_state;			/* the state asked for */
	uint64_t rlr_requested;		/* RS asked the old version */
	uint64_t rlr_stopped;		/* it reached the state: it stops */
	uint64_t rlr_saved;		/* its state record is made */
	uint64_t rlr_started;		/* the new version's init begins */
	uint64_t rlr_fetched;		/* it has copied the record */
	uint64_t rlr_restored;		/* and taken it up */
	uint64_t rlr_init_done;		/* its init is done */
	uint64_t rlr_swapped;		/* it has the old endpoint */
	uint64_t rlr_confirmed;		/* it has reached its loop */
};

/* One line of `service list`, and the history `service status` shows. */
struct rs_status {
	char rst_label[RS_LABEL_LEN];
	char rst_path[RS_PATH_LEN];
	endpoint_t rst_endpoint;
	int rst_pid;
	int rst_restarts;
	uint32_t rst_period;
	uint32_t rst_flags;		/* RST_* */
	char rst_failure[48];		/* the last failure, in words */
	uint32_t rst_failure_age;	/* seconds since it */
	int rst_major;
	uint32_t rst_now;		/* uptime when this was filled */
	int rst_fails;			/* failures in a row (0: none now) */
	struct rs_failure_event rst_history[RS_HISTORY];   /* the first */
	struct priv_desc rst_priv;	/* what the kernel lets it do now */
	int rst_grants;			/* grants it holds now (-1: unknown) */
	uint32_t rst_mem;		/* bytes of memory it has now */
	struct rs_lu_report rst_update;	/* its last live update */
};
#define RST_BOOT	0x01		/* started by the kernel */
#define RST_UP		0x02		/* running and initialised */
#define RST_BACKOFF	0x04		/* waiting to be restarted */
#define RST_GIVEN_UP	0x08		/* failed too often: not restarted */
#define RST_UPDATING	0x10		/* a live update is under way */

/* RS_UPDATE (m_rs_update): what to update to.  RS fills in ru_report
 * before it answers. */
#define RUF_SELF	0x01		/* the running binary again */
#define RUF_ARGS	0x02		/* ru_args replace the arguments */
struct rs_update {
	char ru_path[RS_PATH_LEN];	/* the new binary's path */
	char ru_args[RS_ARGS_LEN];
	int ru_state;			/* SEF_LU_STATE_*; 0: work free */
	uint32_t ru_maxtime;		/* ticks to reach it; 0: 2 s */
	uint32_t ru_flags;		/* RUF_* */
	struct rs_lu_report ru_report;
};
#define RS_LU_MAXTIME_DEFAULT	(2 * HZ)
#define RS_LU_MAXTIME_MAX	(20 * HZ)

struct m_rs_up {
	vir_bytes start;		/* the caller's struct rs_start */
	uint32_t start_len;		/* its size */
	vir_bytes image;		/* the binary, read by the command */
	uint32_t image_len;		/* (RS reads no file: it never waits
					 * for VFS) */
};

/* RS_UPDATE: what to update to (a struct rs_update, which RS fills in
 * with its report before it answers) and the new binary (none for
 * RUF_SELF). */
struct m_rs_update {
	vir_bytes update;		/* the caller's struct rs_update */
	uint32_t update_len;		/* its size */
	vir_bytes image;		/* the binary, read by the command */
	uint32_t image_len;
	char label[RS_LABEL_LEN];	/* the service */
};

struct m_rs_label {			/* DOWN, RESTART, REFRESH, LOOKUP */
	char label[RS_LABEL_LEN];	/* the service */
};

struct m_rs_list {
	vir_bytes buf;			/* the caller's struct rs_status[] */
	uint32_t len;			/* its size in bytes */
};

struct m_rs_script_next {
	vir_bytes buf;			/* the caller's struct rs_script */
	uint32_t len;			/* its size */
};

/* pci asks for the PCI rights of the service at ep; RS copies a struct
 * rs_pci_acl to buf (-ESRCH: no service has that endpoint now). */
struct m_rs_pci_acl {
	endpoint_t ep;
	vir_bytes buf;
	uint32_t len;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_RS(X) \
	X(m_rs_init) \
	X(m_rs_init_reply) \
	X(m_rs_exit) \
	X(m_rs_signal) \
	X(m_rs_lu_prepare) \
	X(m_rs_lu_ready) \
	X(m_rs_lu_init) \
	X(m_rs_lu_init_reply) \
	X(m_rs_lu_confirm) \
	X(m_rs_up) \
	X(m_rs_update) \
	X(m_rs_label) \
	X(m_rs_list) \
	X(m_rs_script_next) \
	X(m_rs_pci_acl)

#endif
