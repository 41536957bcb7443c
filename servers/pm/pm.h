/*
 * pm.h - the process manager's declarations.
 *
 * PM keeps the process tree: pids, parents, process groups and sessions,
 * user and group ids, exit statuses until they are waited for, and every
 * process's signal state.  The kernel keeps the rest (registers, memory);
 * VFS keeps open files (PM tells it about forks, execs and exits).
 */
#ifndef _PM_PM_H
#define _PM_PM_H

#include <assert.h>
#include <stdbool.h>
#include <limits.h>
#include <signal.h>
#include <minix/syslib.h>
#include <minix/sef.h>

#define NR_MPROCS	NR_PROCS
#define NR_ROOT_PROCS	8	/* of them, only root may take the last */
#define INIT_PID	1

/* mp_flags */
#define MP_IN_USE	0x0001
#define MP_ZOMBIE	0x0002	/* exited; status waits for the parent */
#define MP_WAITING	0x0004	/* in waitpid */
#define MP_SIGSUSPENDED	0x0008	/* in sigsuspend */
#define MP_SLEEPING	0x0010	/* in sleep */
#define MP_STOPPED	0x0020	/* stopped by a signal */
#define MP_SYSTEM	0x0040	/* a system service (RS manages it) */
#define MP_EXITING	0x0080	/* exit in progress */
#define MP_STOP_REPORTED 0x0100	/* its stop was reported to waitpid */
#define MP_CORE		0x0200	/* the system cannot go on without it
				   (boot.list's "core"): never signalled */

struct sigact {
	vir_bytes handler;	/* SIG_DFL (0), SIG_IGN (1) or code */
	sigset_t mask;
	int flags;
};

struct mproc {
	int mp_flags;
	endpoint_t mp_endpoint;
	pid_t mp_pid;
	struct mproc *mp_parent;
	pid_t mp_pgrp;
	pid_t mp_sid;
	int mp_nice;			/* -20..19: its queue (prio.c) */
	uid_t mp_ruid, mp_euid;
	gid_t mp_rgid, mp_egid;
	int mp_ngroups;			/* supplementary groups */
	gid_t mp_groups[NGROUPS_MAX];
	int mp_status;			/* wait status, for a zombie */
	char mp_name[PROC_NAME_LEN];

	sigset_t mp_sigmask;
	sigset_t mp_sigpending;
	sigset_t mp_sigmask_saved;	/* the mask before sigsuspend */
	struct sigact mp_sigact[_NSIG];
	vir_bytes mp_sigtramp;		/* libc's return path from handlers */

	pid_t mp_wpid;			/* waitpid's arguments */
	int mp_wopts;
	uint32_t mp_alarm;		/* tick of SIGALRM, 0: none */
	uint32_t mp_alarm_ival;		/* ITIMER_REAL's interval, ticks */
	uint32_t mp_wakeup;		/* tick to end a sleep */
	uint32_t mp_child_utime;	/* of waited-for children */
	uint32_t mp_child_stime;
};

extern struct mproc mproc[NR_MPROCS];
extern struct mproc *mp;		/* the caller of the current call */
extern message m_in;			/* the current call */
extern uint32_t boot_time;		/* seconds since 1970 at tick 0 */

#define W_EXITCODE(code, sig)	(((code) << 8) | (sig))
#define SIGBIT(s)	(1u << ((s) - 1))
#define sigismember_(set, s)	(((set) & SIGBIT(s)) != 0)

/* main.c */
void reply(struct mproc *rmp, int status);
void reply_msg(struct mproc *rmp, message *m);
int reply_last(const message *m);
struct mproc *find_ep(endpoint_t ep);
struct mproc *find_pid(pid_t pid);
uint32_t uptime_now(void);

/* forkexit.c */
int do_fork(void);
int do_srv_new(void);
struct mproc *srv_adopt(endpoint_t ep);
int do_exit(void);
int do_waitpid(void);
void pm_exit(struct mproc *rmp, int status);
void release_zombie(struct mproc *rmp);
bool wake_parent(struct mproc *p, struct mproc *c);

/* exec.c */
int do_exec(void);

/* signal.c */
int do_kill(void);
int do_jobsig(void);
int do_sigaction(void);
int do_sigprocmask(void);
int do_sigsuspend(void);
int do_sigpending(void);
int do_sigreturn(void);
int check_sig(pid_t pid, int sig, struct mproc *sender);
void sig_proc(struct mproc *rmp, int sig);
void check_pending(struct mproc *rmp);
void do_kernel_signals(void);

/* time.c */
int do_alarm(void);
int do_sleep(void);
int do_time(void);
int do_stime(void);
int do_times(void);
int do_itimer(void);
void set_timer(void);
void expire_timers(void);

/* getset.c */
int do_getpid(void);
int do_getid(void);
int do_setuid(void);
int do_setgid(void);
int do_setsid(void);
int do_getpgrp(void);
int do_setpgid(void);
int do_getsid(void);
int do_getgroups(void);
int do_setgroups(void);

/* prio.c */
int do_getprio(void);
int do_setprio(void);
int nice_queue(int nice);

/* misc.c */
int do_reboot(void);
void shut_down(int how);
int do_getprocs(void);
int do_sysinfo(void);
int do_srv_kill(void);
int do_epinfo(void);
int do_srv_epinfo(void);
int tell_vfs(int type, message *m);
int tell_vfs_proc(int type, struct mproc *rmp);

#endif
