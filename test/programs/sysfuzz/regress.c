/*
 * regress.c - the calls the fuzzer found crashing a server, made once
 * each on purpose (sysfuzz -R): every one must get the answer it should
 * (an error, or poll's POLLNVAL), and the server must still answer
 * after it.
 *
 * Entry points: regress_run, regress_count.
 */
#include <stdio.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
#include <sys/wait.h>
#include <minix/com.h>
#include "sysfuzz.h"

struct regress {
	const char *name;
	endpoint_t ep;
	void (*make)(message *m);
	bool (*right)(const message *m);	/* the answer it should get */
};

/* poll() of an entry whose fd is past the table: VFS read its answer
 * from beyond the select entry (page fault). */
static struct pollfd big[2] = { { 1000, POLLIN, 0 },
	{ 0x7FFFFFF0, POLLOUT, 0 } };

static void poll_big_fd(message *m)
{
	m->m_type = VFS_POLL;
	m->m_vfs_poll.fds = (vir_bytes) big;
	m->m_vfs_poll.nfds = 2;
	m->m_vfs_poll.timeout = 0;
}

static bool both_invalid(const message *m)
{
	return m->m_type == 2 && big[0].revents == POLLNVAL
		&& big[1].revents == POLLNVAL;
}

static const struct regress cases[] = {
	{ "vfs_poll_fd_past_the_table", VFS_PROC_EP, poll_big_fd,
		both_invalid },
};

static int base_of(endpoint_t ep)
{
	return ep == PM_PROC_EP ? PM_BASE : ep == VFS_PROC_EP ? VFS_BASE
		: ep == RS_PROC_EP ? RS_BASE : DS_BASE;
}

/* Made from a child as uid 1000: 0 the right answer, 1 another, more
 * if none. */
static int made_by_user(const struct regress *c)
{
	message m;
	int status;
	pid_t pid;

	if ((pid = fork()) == 0) {
		if (setuid(FUZZ_UID) != 0)
			_exit(2);
		memset(&m, 0, sizeof(m));
		c->make(&m);
		if (ipc_sendrec(c->ep, &m) != OK)
			_exit(3);
		_exit(c->right(&m) ? 0 : 1);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return 2;
	return WEXITSTATUS(status);
}

int regress_count(void)
{
	return (int) (sizeof(cases) / sizeof(cases[0]));
}

/* Runs every case; prints a line for each; returns the failures. */
int regress_run(int first)
{
	message m;
	size_t i;
	int r, bad = 0;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		r = made_by_user(&cases[i]);
		memset(&m, 0, sizeof(m));
		m.m_type = base_of(cases[i].ep) + 999;	/* unknown */
		if (ipc_sendrec(cases[i].ep, &m) != OK || m.m_type >= 0)
			r = -1;			/* the server is gone */
		printf("%s %d %s%s\n", r != 0 ? "not ok" : "ok",
			first + (int) i, cases[i].name,
			r == 1 ? " (a wrong answer)" : "");
		bad += r != 0;
	}
	return bad;
}
