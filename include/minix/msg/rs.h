/*
 * msg/rs.h - the reincarnation server's protocol: RS -> services (SEF's
 * side), and the service command -> RS.
 */
#ifndef _MINIX_MSG_RS_H
#define _MINIX_MSG_RS_H

#include <minix/types.h>
#include <minix/priv.h>

#define RS_LABEL_LEN	16

#define RS_BASE		0x0300
/* RS -> a service, and its answer. */
#define RS_INIT		(RS_BASE + 1)	/* m_rs_init: initialise now */
#define RS_INIT_REPLY	(RS_BASE + 2)	/* service -> RS (sendrec):
					 * m_rs_init_reply */
#define RS_SIGNAL	(RS_BASE + 3)	/* m_rs_signal: e.g. SIGTERM, stop cleanly */
#define RS_LU_PREPARE	(RS_BASE + 4)	/* m_rs_lu_prepare: reach state, then
					 * answer */
#define RS_LU_REPLY	(RS_BASE + 5)	/* service -> RS: m_rs_lu_reply */
#define RS_EXIT		(RS_BASE + 6)	/* service -> RS (sendrec): m_rs_exit;
					 * RS ends it, so there is no answer
					 * (sef_exit) */
/* The service command -> RS (sendrec). */
#define RS_UP		(RS_BASE + 10)	/* m_rs_up: start it */
#define RS_DOWN		(RS_BASE + 11)	/* m_rs_label */
#define RS_RESTART	(RS_BASE + 12)	/* m_rs_label: a forced restart, as
					 * after a crash */
#define RS_REFRESH	(RS_BASE + 13)	/* m_rs_label: a clean stop and start */
#define RS_SHUTDOWN	(RS_BASE + 14)	/* no payload: stop restarting, the
					 * system goes down */
#define RS_UPDATE	(RS_BASE + 15)	/* live update (not yet: ENOSYS) */
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

struct m_rs_lu_prepare {
	int state;			/* SEF_LU_STATE_* */
};
struct m_rs_lu_reply {
	int result;			/* OK: in that state; or why not */
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
};
#define RST_BOOT	0x01		/* started by the kernel */
#define RST_UP		0x02		/* running and initialised */
#define RST_BACKOFF	0x04		/* waiting to be restarted */
#define RST_GIVEN_UP	0x08		/* failed too often: not restarted */

struct m_rs_up {
	vir_bytes start;		/* the caller's struct rs_start */
	uint32_t start_len;		/* its size */
	vir_bytes image;		/* the binary, read by the command */
	uint32_t image_len;		/* (RS reads no file: it never waits
					 * for VFS) */
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
	X(m_rs_lu_reply) \
	X(m_rs_up) \
	X(m_rs_label) \
	X(m_rs_list) \
	X(m_rs_script_next) \
	X(m_rs_pci_acl)

#endif
