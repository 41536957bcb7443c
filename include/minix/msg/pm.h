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
#define PM_SIGACTION	(PM_BASE + 7)	/* m_pm_sigaction ->
					 * m_pm_sigaction_reply */
#define PM_SIGPROCMASK	(PM_BASE + 8)	/* m_pm_sigprocmask ->
					 * m_pm_sigprocmask_reply */
#define PM_SIGSUSPEND	(PM_BASE + 9)	/* m_pm_sigsuspend -> -EINTR */
#define PM_SIGPENDING	(PM_BASE + 10)	/* -> m_pm_sigpending_reply */
#define PM_SIGRETURN	(PM_BASE + 11)	/* m_pm_sigreturn; no reply */
#define PM_ALARM	(PM_BASE + 12)	/* m_pm_alarm -> ticks left */
#define PM_TIMES	(PM_BASE + 13)	/* -> m_pm_times_reply */
#define PM_GETID	(PM_BASE + 14)	/* -> m_pm_getid_reply */
#define PM_SETUID	(PM_BASE + 15)	/* m_pm_setuid */
#define PM_SETGID	(PM_BASE + 16)	/* m_pm_setgid */
#define PM_SETEUID	(PM_BASE + 17)	/* m_pm_setuid */
#define PM_SETEGID	(PM_BASE + 18)	/* m_pm_setgid */
#define PM_SETSID	(PM_BASE + 19)	/* -> the new session id */
#define PM_GETPGRP	(PM_BASE + 20)	/* m_pm_getpgrp -> pgrp */
#define PM_SETPGID	(PM_BASE + 21)	/* m_pm_setpgid */
#define PM_GETSID	(PM_BASE + 22)	/* m_pm_getsid -> sid */
#define PM_TIME		(PM_BASE + 23)	/* -> m_pm_time_reply */
#define PM_STIME	(PM_BASE + 24)	/* m_pm_stime: set the clock */
#define PM_SLEEP	(PM_BASE + 25)	/* m_pm_sleep -> 0 / ticks left */
#define PM_REBOOT	(PM_BASE + 26)	/* m_pm_reboot */
#define PM_GETPROCS	(PM_BASE + 27)	/* m_pm_getprocs -> entries */
#define PM_SRV_NEW	(PM_BASE + 28)	/* RS (asynsend): a service RS made
					 * itself (FORK_EMPTY); m_pm_srv_new */
#define PM_SRV_KILL	(PM_BASE + 29)	/* RS (asynsend): a service has ended
					 * or must end; clean up,
					 * m_pm_srv_kill */
#define PM_EPINFO	(PM_BASE + 30)	/* m_pm_epinfo -> m_pm_epinfo_reply */
#define PM_JOBSIG	(PM_BASE + 31)	/* a terminal: m_pm_jobsig -> JOBSIG_*
					 * or -EIO (orphaned group) */
#define PM_SRV_EPINFO	(PM_BASE + 32)	/* RS (asynsend): who is ep?
					 * m_pm_epinfo; answered with
					 * PM_RS_EPINFO */
#define PM_GETPRIO	(PM_BASE + 33)	/* m_pm_prio (which, who) -> m_pm_prio
					 * (prio: the lowest nice value) */
#define PM_SETPRIO	(PM_BASE + 34)	/* m_pm_prio (which, who, prio) */
#define PM_SYSINFO	(PM_BASE + 35)	/* m_pm_getprocs (a struct pm_sysinfo) */
#define PM_GETGROUPS	(PM_BASE + 36)	/* -> m_pm_groups */
#define PM_SETGROUPS	(PM_BASE + 37)	/* m_pm_groups (root only) */
#define PM_ITIMER	(PM_BASE + 38)	/* m_pm_itimer -> m_pm_itimer (the
					 * timer as it was) */
#define PM_LAST		PM_ITIMER

/* PM_JOBSIG's answers.  SENT: the caller's group got sig, so the terminal
 * holds the request until the group is in the foreground.  IGNORED: the
 * caller ignores or blocks sig, so nothing was sent (a read fails with
 * EIO, a write goes ahead). */
#define JOBSIG_SENT	0
#define JOBSIG_IGNORED	1

/* PM -> RS (asynsend): a service has ended; m_pm_rs_exit. */
#define PM_RS_EXIT	(PM_BASE + 40)
/* PM -> RS (asynsend): the answer to PM_SRV_EPINFO, m_pm_epinfo_reply.
 * RS asks and is answered this way so that it never waits for PM. */
#define PM_RS_EPINFO	(PM_BASE + 41)

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

struct m_pm_sigaction {
	int sig;
	int change;			/* 0: only ask for the action now */
	vir_bytes handler;		/* SIG_DFL, SIG_IGN, or code */
	uint32_t mask;			/* sa_mask */
	uint32_t flags;			/* sa_flags */
	vir_bytes trampoline;		/* libc's return path from handlers */
};
struct m_pm_sigaction_reply {		/* the action before the call */
	vir_bytes handler;
	uint32_t mask;
	uint32_t flags;
};

struct m_pm_sigprocmask {
	int how;			/* SIG_BLOCK, _UNBLOCK, _SETMASK */
	uint32_t set;
};
struct m_pm_sigprocmask_reply {
	uint32_t old;			/* the mask before the call */
};

struct m_pm_sigsuspend {
	uint32_t mask;			/* blocked while suspended */
};

struct m_pm_sigpending_reply {
	uint32_t pending;		/* the blocked signals that came */
};

struct m_pm_sigreturn {
	vir_bytes context;		/* struct sigcontext on the stack */
};

struct m_pm_times_reply {
	uint32_t user, sys;		/* ticks */
	uint32_t child_user, child_sys;
	uint32_t uptime;
};

struct m_pm_getid_reply {
	uint32_t uid, euid, gid, egid;	/* real and effective */
};

struct m_pm_prio {			/* GETPRIO, SETPRIO */
	int which;			/* PRIO_PROCESS, PRIO_PGRP, PRIO_USER */
	int who;			/* a pid, pgrp or uid; 0: the caller's */
	int prio;			/* a nice value, -20..19 */
};

struct m_pm_setuid {			/* SETUID, SETEUID */
	uint32_t uid;
};

struct m_pm_setgid {			/* SETGID, SETEGID */
	uint32_t gid;
};

struct m_pm_getpgrp {
	int pid;			/* whose group; 0: the caller's */
};

struct m_pm_getsid {
	int pid;			/* whose session; 0: the caller's */
};

struct m_pm_setpgid {
	int pid;			/* who moves; 0: the caller */
	int pgid;			/* to which group; 0: one of its own */
};

struct m_pm_alarm {
	uint32_t ticks;			/* SIGALRM after this long; 0: none */
};

/* The furthest ahead PM keeps an alarm, a timer or a sleep (ticks, 248
 * days): what it answers of one must fit a reply's int. */
#define ALARM_TICKS_MAX	0x7FFFFFFFu

struct m_pm_sleep {
	uint32_t ticks;			/* how long */
};

struct m_pm_time_reply {		/* the time of day */
	int64_t sec;			/* since 1970 */
	uint32_t nsec;
};

struct m_pm_stime {
	int64_t sec;			/* the time of day now, since 1970 */
};

struct m_pm_groups {			/* GETGROUPS' reply, SETGROUPS */
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
	vir_bytes buf;			/* struct pm_procinfo[] (or pm_sysinfo) */
	uint32_t len;			/* bytes */
};

struct m_pm_jobsig {			/* from a terminal driver */
	endpoint_t ep;			/* who read or wrote from the background */
	int sig;			/* SIGTTIN or SIGTTOU */
};

struct m_pm_srv_new {			/* a service RS has made */
	endpoint_t ep;
	uint32_t uid;			/* it runs as */
};

struct m_pm_srv_kill {			/* a service RS has ended */
	endpoint_t ep;
};

struct m_pm_epinfo {			/* EPINFO, SRV_EPINFO */
	endpoint_t ep;			/* who is this? */
};
struct m_pm_epinfo_reply {		/* EPINFO, and PM_RS_EPINFO */
	endpoint_t ep;			/* the process asked about */
	int pid;
	uint32_t uid;			/* its effective uid */
	int result;			/* OK, or -ESRCH: no such process
					 * (EPINFO's reply has it in m_type
					 * too) */
};

struct m_pm_rs_exit {			/* a service's process has ended */
	endpoint_t ep;
	int status;			/* its wait status (sys/wait.h) */
};

/* One line of `ps`. */
struct pm_procinfo {
	int pi_pid, pi_ppid, pi_pgrp;
	uint32_t pi_uid;
	endpoint_t pi_endpoint;
	char pi_name[16];
	char pi_state;			/* R S T Z */
	uint8_t pi_system;		/* a system service or kernel task */
	int8_t pi_nice;			/* -20..19 */
	uint8_t pi_queue;		/* its scheduling queue */
	uint32_t pi_user_ticks, pi_sys_ticks;
	uint32_t pi_mem;		/* bytes */
};

/* The whole system, for uptime and top. */
struct pm_sysinfo {
	int64_t si_boot_time;		/* seconds since 1970 */
	uint32_t si_uptime;		/* ticks since boot */
	uint32_t si_hz;			/* ticks per second */
	uint32_t si_loadavg[3];		/* 1, 5, 15 minutes; LOAD_SCALE is 1 */
	uint32_t si_mem_total;		/* bytes of RAM */
	uint32_t si_mem_free;		/* bytes not handed out */
	uint32_t si_procs;		/* processes PM knows */
	uint64_t si_kernel_entry_tsc;	/* the kernel's k_entry_tsc */
};

/* PM -> VFS: keep VFS's per-process state in step. */
#define PM_VFS_BASE	0x0180
#define PM_VFS_FORK	(PM_VFS_BASE + 1)	/* m_pm_vfs_fork */
#define PM_VFS_EXIT	(PM_VFS_BASE + 2)	/* m_pm_vfs_proc */
#define PM_VFS_EXEC	(PM_VFS_BASE + 3)	/* m_pm_vfs_exec -> m_pm_vfs_exec_reply */
#define PM_VFS_SETUID	(PM_VFS_BASE + 4)	/* m_pm_vfs_setuid */
#define PM_VFS_SETGID	(PM_VFS_BASE + 5)	/* m_pm_vfs_setgid */
#define PM_VFS_SETSID	(PM_VFS_BASE + 6)	/* m_pm_vfs_proc */
#define PM_VFS_UNPAUSE	(PM_VFS_BASE + 7)	/* m_pm_vfs_proc: end its
						 * blocked call */
#define PM_VFS_SYNC	(PM_VFS_BASE + 8)	/* no payload: before a
						 * reboot */
#define PM_VFS_NEWPROC	(PM_VFS_BASE + 9)	/* m_pm_vfs_newproc: a
						 * process PM did not fork
						 * (a service) */
#define PM_VFS_SETPGID	(PM_VFS_BASE + 10)	/* m_pm_vfs_setpgid */
#define PM_VFS_SETGROUPS (PM_VFS_BASE + 11)	/* m_pm_vfs_setgroups */
#define PM_VFS_LAST	PM_VFS_SETGROUPS

struct m_pm_vfs_proc {			/* EXIT, SETSID, UNPAUSE */
	endpoint_t ep;			/* the process */
};

struct m_pm_vfs_fork {
	endpoint_t ep;			/* the child */
	endpoint_t parent;		/* whose files it shares */
	int pid;			/* the child's */
};

struct m_pm_vfs_newproc {
	endpoint_t ep;
	int pid;
};

struct m_pm_vfs_setuid {
	endpoint_t ep;
	uint32_t ruid, euid;		/* its user ids now */
};

struct m_pm_vfs_setgid {
	endpoint_t ep;
	uint32_t rgid, egid;		/* its group ids now */
};

struct m_pm_vfs_setpgid {
	endpoint_t ep;
	int pgrp;			/* its process group now */
};

struct m_pm_vfs_setgroups {
	endpoint_t ep;
	int ngroups;			/* its supplementary groups now */
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

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_PM(X) \
	X(m_pm_exit) \
	X(m_pm_waitpid) \
	X(m_pm_waitpid_reply) \
	X(m_pm_getpid_reply) \
	X(m_pm_exec) \
	X(m_pm_kill) \
	X(m_pm_sigaction) \
	X(m_pm_sigaction_reply) \
	X(m_pm_sigprocmask) \
	X(m_pm_sigprocmask_reply) \
	X(m_pm_sigsuspend) \
	X(m_pm_sigpending_reply) \
	X(m_pm_sigreturn) \
	X(m_pm_times_reply) \
	X(m_pm_getid_reply) \
	X(m_pm_prio) \
	X(m_pm_setuid) \
	X(m_pm_setgid) \
	X(m_pm_getpgrp) \
	X(m_pm_getsid) \
	X(m_pm_setpgid) \
	X(m_pm_alarm) \
	X(m_pm_sleep) \
	X(m_pm_time_reply) \
	X(m_pm_stime) \
	X(m_pm_groups) \
	X(m_pm_itimer) \
	X(m_pm_reboot) \
	X(m_pm_getprocs) \
	X(m_pm_jobsig) \
	X(m_pm_srv_new) \
	X(m_pm_srv_kill) \
	X(m_pm_epinfo) \
	X(m_pm_epinfo_reply) \
	X(m_pm_rs_exit) \
	X(m_pm_vfs_proc) \
	X(m_pm_vfs_fork) \
	X(m_pm_vfs_newproc) \
	X(m_pm_vfs_setuid) \
	X(m_pm_vfs_setgid) \
	X(m_pm_vfs_setpgid) \
	X(m_pm_vfs_setgroups) \
	X(m_pm_vfs_exec) \
	X(m_pm_vfs_exec_reply)

#endif
