/*
 * msg/pm.h - the process manager's protocol: programs -> PM, and the
 * calls PM makes of VFS (PM_VFS_*) to keep file state in step.
 *
 * Every call is a sendrec; the reply's m_type is the result (a pid, a
 * count, OK) or a negated error.  Addresses are the caller's own; PM
 * copies through them with SYS_VIRCOPY.
 */
#ifndef _MINIX_MSG_PM_H
#define _MINIX_MSG_PM_H

#include <limits.h>
#include <minix/types.h>

#define PM_BASE		0x0100
#define PM_EXIT		(PM_BASE + 1)	/* m_pm_exit; no reply */
#define PM_FORK		(PM_BASE + 2)	/* -> child pid / 0 in the child */
#define PM_WAITPID	(PM_BASE + 3)	/* m_pm_waitpid -> pid, status */
#define PM_GETPID	(PM_BASE + 4)	/* -> m_pm_getpid_reply */
#define PM_EXEC		(PM_BASE + 5)	/* m_pm_exec; no reply on success */
#define PM_KILL		(PM_BASE + 6)	/* m_pm_kill */
#define PM_SIGACTION	(PM_BASE + 7)	/* m_pm_sig <-> m_pm_sig */
#define PM_SIGPROCMASK	(PM_BASE + 8)	/* m_pm_sig (how, mask) -> old mask */
#define PM_SIGSUSPEND	(PM_BASE + 9)	/* m_pm_sig (mask) -> -EINTR */
#define PM_SIGPENDING	(PM_BASE + 10)	/* -> m_pm_sig (mask) */
#define PM_SIGRETURN	(PM_BASE + 11)	/* m_pm_sigreturn; no reply */
#define PM_ALARM	(PM_BASE + 12)	/* m_pm_time (ticks) -> ticks left */
#define PM_TIMES	(PM_BASE + 13)	/* -> m_pm_times_reply */
#define PM_GETID	(PM_BASE + 14)	/* -> m_pm_id (uid, euid, gid, egid) */
#define PM_SETUID	(PM_BASE + 15)	/* m_pm_id (uid) */
#define PM_SETGID	(PM_BASE + 16)	/* m_pm_id (gid) */
#define PM_SETEUID	(PM_BASE + 17)
#define PM_SETEGID	(PM_BASE + 18)
#define PM_SETSID	(PM_BASE + 19)	/* -> the new session id */
#define PM_GETPGRP	(PM_BASE + 20)	/* m_pm_pgrp (pid) -> pgrp */
#define PM_SETPGID	(PM_BASE + 21)	/* m_pm_pgrp (pid, pgid) */
#define PM_GETSID	(PM_BASE + 22)	/* m_pm_pgrp (pid) -> sid */
#define PM_TIME		(PM_BASE + 23)	/* -> m_pm_time (sec, nsec) */
#define PM_STIME	(PM_BASE + 24)	/* m_pm_time (sec): set the clock */
#define PM_SLEEP	(PM_BASE + 25)	/* m_pm_time (ticks) -> 0 / ticks left */
#define PM_REBOOT	(PM_BASE + 26)	/* m_pm_reboot */
#define PM_GETPROCS	(PM_BASE + 27)	/* m_pm_getprocs -> entries */
#define PM_SRV_NEW	(PM_BASE + 28)	/* RS (asynsend): a service RS made
					 * itself (FORK_EMPTY); m_pm_srv */
#define PM_SRV_KILL	(PM_BASE + 29)	/* RS (asynsend): a service has ended
					 * or must end; clean up, m_pm_srv */
#define PM_EPINFO	(PM_BASE + 30)	/* m_pm_srv (ep) -> m_pm_srv_reply */
#define PM_JOBSIG	(PM_BASE + 31)	/* a terminal: m_pm_jobsig -> JOBSIG_*
					 * or -EIO (orphaned group) */
#define PM_GETGROUPS	(PM_BASE + 32)	/* -> m_pm_groups */
#define PM_SETGROUPS	(PM_BASE + 33)	/* m_pm_groups (root only) */
#define PM_ITIMER	(PM_BASE + 34)	/* m_pm_itimer -> m_pm_itimer (the
					 * timer as it was) */
#define PM_LAST		PM_ITIMER

/* PM_JOBSIG's answers.  SENT: the caller's group got sig, so the terminal
 * holds the request until the group is in the foreground.  IGNORED: the
 * caller ignores or blocks sig, so nothing was sent (a read fails with
 * EIO, a write goes ahead). */
#define JOBSIG_SENT	0
#define JOBSIG_IGNORED	1

/* PM -> RS (asynsend): a service has exited; m_pm_srv (ep, uid: the
 * wait status). */
#define PM_RS_EXIT	(PM_BASE + 40)

struct m_pm_exit {
	int status;
};

struct m_pm_waitpid {
	int pid;			/* -1 any, 0 my group, >0 one, <-1 group */
	int options;			/* WNOHANG, WUNTRACED */
};
struct m_pm_waitpid_reply {
	int status;			/* wait status word (sys/wait.h) */
};

struct m_pm_getpid_reply {
	int pid;
	int ppid;
};

struct m_pm_exec {
	vir_bytes path;
	uint32_t path_len;		/* including the NUL */
	vir_bytes frame;		/* argc/argv/envp image, see exec.h */
	uint32_t frame_len;
};

struct m_pm_kill {
	int pid;
	int sig;
};

struct m_pm_sig {
	int sig;			/* SIGACTION */
	int how;			/* SIGPROCMASK: SIG_BLOCK, ... */
	vir_bytes handler;		/* SIGACTION: SIG_DFL, SIG_IGN, or code */
	uint32_t mask;			/* sa_mask, or the set */
	uint32_t flags;			/* sa_flags */
	vir_bytes trampoline;		/* SIGACTION: libc's return path */
};

struct m_pm_sigreturn {
	vir_bytes context;		/* struct sigcontext on the stack */
};

struct m_pm_times_reply {
	uint32_t user, sys;		/* ticks */
	uint32_t child_user, child_sys;
	uint32_t uptime;
};

struct m_pm_id {
	uint32_t uid, euid, gid, egid;
};

struct m_pm_pgrp {
	int pid;
	int pgid;
};

struct m_pm_time {
	int64_t sec;
	uint32_t nsec;
	uint32_t ticks;			/* ALARM, SLEEP */
};

struct m_pm_groups {			/* supplementary groups */
	int ngroups;
	uint32_t groups[NGROUPS_MAX];
};

struct m_pm_itimer {			/* setitimer, getitimer */
	int which;			/* ITIMER_REAL, _VIRTUAL, _PROF */
	int set;			/* 0: only read it */
	uint32_t value;			/* ticks to go; 0: stopped */
	uint32_t interval;		/* ticks between signals after that */
};

struct m_pm_reboot {
	int how;			/* RBT_* in msg/sys.h */
};

struct m_pm_getprocs {
	vir_bytes buf;			/* struct pm_procinfo[] */
	uint32_t len;			/* bytes */
};

struct m_pm_jobsig {			/* from a terminal driver */
	endpoint_t ep;			/* who read or wrote from the background */
	int sig;			/* SIGTTIN or SIGTTOU */
};

struct m_pm_srv {			/* RS's services */
	endpoint_t ep;
	uint32_t uid;
};
struct m_pm_srv_reply {
	endpoint_t ep;			/* the child */
	int pid;
	uint32_t uid;			/* EPINFO: its effective uid */
};

/* One line of `ps`. */
struct pm_procinfo {
	int pi_pid, pi_ppid, pi_pgrp;
	uint32_t pi_uid;
	endpoint_t pi_endpoint;
	char pi_name[16];
	char pi_state;			/* R S T Z */
	uint8_t pi_system;		/* a system service */
	uint16_t pi_pad;
	uint32_t pi_user_ticks, pi_sys_ticks;
	uint32_t pi_mem;		/* bytes */
};

/* PM -> VFS: keep VFS's per-process state in step. */
#define PM_VFS_BASE	0x0180
#define PM_VFS_FORK	(PM_VFS_BASE + 1)	/* m_pm_vfs */
#define PM_VFS_EXIT	(PM_VFS_BASE + 2)	/* m_pm_vfs */
#define PM_VFS_EXEC	(PM_VFS_BASE + 3)	/* m_pm_vfs_exec -> m_pm_vfs_exec_reply */
#define PM_VFS_SETUID	(PM_VFS_BASE + 4)	/* m_pm_vfs (uid, euid) */
#define PM_VFS_SETGID	(PM_VFS_BASE + 5)	/* m_pm_vfs (gid, egid) */
#define PM_VFS_SETSID	(PM_VFS_BASE + 6)	/* m_pm_vfs */
#define PM_VFS_UNPAUSE	(PM_VFS_BASE + 7)	/* m_pm_vfs: end its blocked call */
#define PM_VFS_SYNC	(PM_VFS_BASE + 8)	/* before a reboot */
#define PM_VFS_NEWPROC	(PM_VFS_BASE + 9)	/* m_pm_vfs: a process PM did
						 * not fork (a boot process) */
#define PM_VFS_SETPGID	(PM_VFS_BASE + 10)	/* m_pm_vfs (pgrp) */
#define PM_VFS_SETGROUPS (PM_VFS_BASE + 11)	/* m_pm_vfs_groups */
#define PM_VFS_LAST	PM_VFS_SETGROUPS

struct m_pm_vfs {
	endpoint_t ep;
	endpoint_t parent;		/* FORK */
	int pid;
	uint32_t uid, euid;		/* SETUID, or gid/egid for SETGID */
	int pgrp;			/* SETPGID: its new process group */
};

struct m_pm_vfs_groups {
	endpoint_t ep;			/* first, as in struct m_pm_vfs */
	int ngroups;
	uint32_t groups[NGROUPS_MAX];
};

struct m_pm_vfs_exec {
	endpoint_t ep;
	vir_bytes path;			/* in ep's space */
	uint32_t path_len;
	vir_bytes frame;
	uint32_t frame_len;
	uint32_t uid, gid;		/* effective, for the permission check */
};
struct m_pm_vfs_exec_reply {
	vir_bytes pc, sp;		/* where the new image starts */
	uint32_t setuid;		/* the file's owner, if set-user-id */
	uint32_t setgid;
	uint32_t flags;			/* EXEC_SETUID, EXEC_SETGID */
	char name[16];			/* the program's name */
};
#define EXEC_SETUID	0x1
#define EXEC_SETGID	0x2
#define EXEC_DEAD	0x4	/* failed after the old image was gone */

#endif
