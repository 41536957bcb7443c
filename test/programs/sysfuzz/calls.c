/*
 * calls.c - the calls the fuzzer makes: every request of PM's and VFS's
 * call tables, the messages a server takes only from another server
 * (they must be refused to a program), and messages of random type and
 * content to each server a program may reach (PM, VFS, RS, DS; drivers
 * are reached through VFS's device files and sockets).
 *
 * Each entry names the kinds of its payload's words in order (args.c
 * makes them); the request goes to the server as it is, without libc,
 * so that a server sees exactly the bad pointer or length.  A runner
 * that stays root (-r) leaves out what would hurt the system rather than
 * itself: reboot, setting the clock, signals or priorities for other
 * processes, mount, driver mapping, device nodes, and raw messages.
 *
 * Entry points: calls_count, call_one.
 */
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <minix/com.h>
#include "sysfuzz.h"

#define USER	0x1		/* not as root */
#define RARE	0x2		/* ends the runner: a quarter as often */
#define RAW	0x4		/* random type and words */

struct call {
	endpoint_t ep;
	int type;		/* RAW: the protocol's base */
	const char *name;
	unsigned flags;
	uint8_t kinds[MAX_ARGS];
};

#define P(t, f, ...)	{ PM_PROC_EP, t, #t, f, { __VA_ARGS__ } }
#define V(t, f, ...)	{ VFS_PROC_EP, t, #t, f, { __VA_ARGS__ } }

static const struct call calls[] = {
	P(PM_EXIT, RARE, K_INT),
	P(PM_FORK, RARE, 0),
	P(PM_WAITPID, 0, K_PID, K_INT),
	P(PM_GETPID, 0, 0),
	P(PM_EXEC, RARE, K_PATH, K_PTR, K_LEN),
	P(PM_KILL, 0, K_PID, K_SIG),
	P(PM_SIGACTION, 0, K_SIG, K_INT, K_WORD, K_SIGSET, K_WORD, K_WORD),
	P(PM_SIGPROCMASK, 0, K_HOW, K_SIGSET),
	P(PM_SIGSUSPEND, 0, K_SIGSET),
	P(PM_SIGPENDING, 0, 0),
	P(PM_SIGRETURN, RARE, K_PTR),
	P(PM_ALARM, 0, K_TICKS),
	P(PM_TIMES, 0, 0),
	P(PM_GETID, 0, 0),
	P(PM_SETUID, 0, K_ID),
	P(PM_SETGID, 0, K_ID),
	P(PM_SETEUID, 0, K_ID),
	P(PM_SETEGID, 0, K_ID),
	P(PM_SETSID, 0, 0),
	P(PM_GETPGRP, 0, K_PID),
	P(PM_SETPGID, 0, K_PID, K_PID),
	P(PM_GETSID, 0, K_PID),
	P(PM_TIME, 0, 0),
	P(PM_STIME, USER, K_I64),
	P(PM_SLEEP, 0, K_TICKS),
	P(PM_REBOOT, USER, K_INT),
	P(PM_GETPROCS, 0, K_PTR, K_LEN),
	P(PM_SRV_NEW, USER, K_WORD, K_ID),
	P(PM_SRV_KILL, USER, K_WORD),
	P(PM_EPINFO, 0, K_WORD),
	P(PM_JOBSIG, USER, K_WORD, K_SIG),
	P(PM_SRV_EPINFO, USER, K_WORD),
	P(PM_GETPRIO, 0, K_PRIO_WHICH, K_PID),
	P(PM_SETPRIO, USER, K_PRIO_WHICH, K_PID, K_INT),
	P(PM_SYSINFO, 0, K_PTR, K_LEN),
	P(PM_GETGROUPS, 0, 0),
	P(PM_SETGROUPS, 0, K_INT, K_ID, K_ID, K_ID),
	P(PM_ITIMER, 0, K_INT, K_INT, K_TICKS, K_TICKS),
	V(VFS_OPEN, 0, K_PATH, K_FLAGS, K_MODE),
	V(VFS_CLOSE, 0, K_FD),
	V(VFS_READ, 0, K_FD, K_PTR, K_LEN),
	V(VFS_WRITE, 0, K_FD, K_PTR, K_LEN),
	V(VFS_LSEEK, 0, K_FD, K_WHENCE, K_I64),
	V(VFS_STAT, 0, K_PATH, K_PTR),
	V(VFS_LSTAT, 0, K_PATH, K_PTR),
	V(VFS_FSTAT, 0, K_FD, K_PTR),
	V(VFS_DUP, 0, K_FD, K_FD),
	V(VFS_FCNTL, 0, K_FD, K_FCNTL, K_INT, K_PTR),
	V(VFS_PIPE, 0, 0),
	V(VFS_IOCTL, 0, K_FD, K_IOCTL, K_PTR),
	V(VFS_MKDIR, 0, K_PATH, K_MODE),
	V(VFS_MKNOD, 0, K_PATH, K_MODE, K_DEV),
	V(VFS_UNLINK, 0, K_PATH),
	V(VFS_RMDIR, 0, K_PATH),
	V(VFS_RENAME, 0, K_PATH, K_PATH),
	V(VFS_LINK, 0, K_PATH, K_PATH),
	V(VFS_SYMLINK, 0, K_LINKTARGET, K_PATH),
	V(VFS_READLINK, 0, K_PATH, K_PTR, K_LEN),
	V(VFS_CHDIR, 0, K_PATH),
	V(VFS_FCHDIR, 0, K_FD),
	V(VFS_GETDENTS, 0, K_FD, K_PTR, K_LEN),
	V(VFS_CHMOD, 0, K_PATH, K_MODE),
	V(VFS_FCHMOD, 0, K_FD, K_MODE),
	V(VFS_CHOWN, 0, K_PATH, K_ID, K_ID, K_INT),
	V(VFS_FCHOWN, 0, K_FD, K_ID, K_ID),
	V(VFS_UMASK, 0, K_MODE),
	V(VFS_UTIME, 0, K_PATH, K_I64, K_I64, K_INT),
	V(VFS_TRUNCATE, 0, K_PATH, K_I64),
	V(VFS_FTRUNCATE, 0, K_FD, K_I64),
	V(VFS_ACCESS, 0, K_PATH, K_INT),
	V(VFS_MOUNT, USER, K_PATH, K_PATH, K_LABEL, K_INT),
	V(VFS_UMOUNT, USER, K_PATH),
	V(VFS_SYNC, 0, 0),
	V(VFS_FSYNC, 0, K_FD),
	V(VFS_STATVFS, 0, K_PATH, K_PTR),
	V(VFS_FSTATVFS, 0, K_FD, K_PTR),
	V(VFS_SELECT, 0, K_NFDS, K_PTR, K_PTR, K_PTR, K_PTR),
	V(VFS_GETMOUNTS, 0, K_PTR, K_LEN),
	V(VFS_SOCKET, 0, K_DOMAIN, K_SOCKTYPE, K_INT),
	V(VFS_BIND, 0, K_FD, K_SOCKADDR),
	V(VFS_CONNECT, 0, K_FD, K_SOCKADDR),
	V(VFS_LISTEN, 0, K_FD, K_INT),
	V(VFS_ACCEPT, 0, K_FD, K_PTR, K_PTR, K_INT),
	V(VFS_SENDTO, 0, K_FD, K_PTR, K_LEN, K_INT, K_SOCKADDR),
	V(VFS_RECVFROM, 0, K_FD, K_PTR, K_LEN, K_INT, K_PTR, K_PTR),
	V(VFS_SHUTDOWN, 0, K_FD, K_HOW),
	V(VFS_GETSOCKNAME, 0, K_FD, K_PTR, K_PTR),
	V(VFS_GETPEERNAME, 0, K_FD, K_PTR, K_PTR),
	V(VFS_SETSOCKOPT, 0, K_FD, K_INT, K_INT, K_PTR, K_LEN),
	V(VFS_GETSOCKOPT, 0, K_FD, K_INT, K_INT, K_PTR, K_PTR),
	V(VFS_POLL, 0, K_PTR, K_NFDS, K_INT),
	V(VFS_SYSINFO, 0, K_PTR, K_LEN),
	V(VFS_MAPDRIVER, USER, K_INT, K_WORD, K_WORD, K_WORD, K_WORD),
	/* Another server's requests, which a program must not make. */
	V(PM_VFS_BASE, USER | RAW, 0),
	V(FS_BASE, USER | RAW, 0),
	V(CDEV_BASE, USER | RAW, 0),
	V(SDEV_BASE, USER | RAW, 0),
	{ RS_PROC_EP, PM_RS_EXIT, "PM_RS_EXIT", USER, { K_WORD, K_INT } },
	{ RS_PROC_EP, RS_LIST, "RS_LIST", 0, { K_PTR, K_LEN } },
	{ RS_PROC_EP, PM_BASE, "RS_PM_RAW", USER | RAW, { 0 } },
	{ DS_PROC_EP, DS_BASE, "DS_RAW", USER | RAW, { 0 } },
	{ RS_PROC_EP, RS_BASE, "RS_RAW", USER | RAW, { 0 } },
	P(PM_BASE, USER | RAW, 0),
	V(VFS_BASE, USER | RAW, 0),
};
#define NCALLS	(int) (sizeof(calls) / sizeof(calls[0]))

int calls_count(void)
{
	return NCALLS;
}

/* A call the runner may make: not RARE ones three times in four. */
static const struct call *pick(bool root)
{
	const struct call *c;

	for (;;) {
		c = &calls[rng_below(NCALLS)];
		if (root && (c->flags & USER))
			continue;
		if ((c->flags & RARE) && rng_below(4) != 0)
			continue;
		return c;
	}
}

/* A raw message: a type near the protocol's base (or anything), any
 * words; never one that closes the runner's own descriptors. */
static void make_raw(const struct call *c, message *m)
{
	int i;

	m->m_type = rng_below(8) == 0 ? (int) rng()
		: c->type + (int) rng_below(72);
	for (i = 0; i < MSG_PAYLOAD_SIZE / 4; i++)
		m->m_u32[i] = any_word();
	for (i = 0; i < 2 && c->ep == VFS_PROC_EP; i++)
		if (m->m_u32[i] == LOG_FD || m->m_u32[i] == PROG_FD)
			m->m_u32[i] = 60;
}

static void make(const struct call *c, message *m, bool root)
{
	int i, w = 0, used;

	memset(m, 0, sizeof(*m));
	if (c->flags & RAW) {
		make_raw(c, m);
		return;
	}
	m->m_type = c->type;
	for (i = 0; i < MAX_ARGS && c->kinds[i] != K_NONE; i++) {
		args_fill(c->kinds[i], &m->m_u32[w], &used);
		w += used;
	}
	if (root && c->type == VFS_MKNOD
	    && (S_ISCHR(m->m_vfs_mknod.mode) || S_ISBLK(m->m_vfs_mknod.mode)))
		m->m_vfs_mknod.mode = S_IFIFO | (m->m_vfs_mknod.mode & 0777);
}

static void say(const char *line)
{
	(void) write(LOG_FD, line, strlen(line));
}

/* -v: the call and its words before it is made, its answer after. */
static void log_call(const char *id, const struct call *c, const message *m)
{
	char line[200];
	int n, i;

	n = snprintf(line, sizeof(line), "%s %s %#x", id, c->name, m->m_type);
	for (i = 0; i < 8 && n < (int) sizeof(line) - 12; i++)
		n += snprintf(line + n, sizeof(line) - n, " %08x",
			(unsigned) m->m_u32[i]);
	snprintf(line + n, sizeof(line) - n, "\n");
	say(line);
}

/* Make one call (the worker's chunk's i-th); with -v, log it. */
void call_one(int worker, int chunk, int i, bool root, bool verbose)
{
	const struct call *c = pick(root);
	struct itimerval watchdog = { { 0, 0 }, { 0, 300000 } };
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	char id[40], line[80];
	message m;
	int r;

	make(c, &m, root);
	snprintf(id, sizeof(id), "w%d.%d.%d", worker, chunk, i);
	if (verbose)
		log_call(id, c, &m);
	(void) setitimer(ITIMER_REAL, &watchdog, NULL);	/* ends a wait */
	r = ipc_sendrec(c->ep, &m);
	(void) setitimer(ITIMER_REAL, &off, NULL);
	if (c->type == PM_FORK && r == OK && m.m_type == 0)
		_exit(0);			/* the copy does no more */
	if (verbose) {
		snprintf(line, sizeof(line), "%s = %d/%d\n", id, r, m.m_type);
		say(line);
	}
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;				/* the copies it forked */
}
