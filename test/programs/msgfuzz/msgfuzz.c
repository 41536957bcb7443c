/*
 * msgfuzz.c - malformed messages must not crash a server.
 *
 * usage: msgfuzz [COUNT [SEED]]
 *
 * Sends COUNT messages of random content to the servers a program can
 * reach (PM, VFS, RS, DS): request types around each protocol's range,
 * payloads of random bytes, sometimes small numbers, sometimes
 * pointers into nowhere.  Each message goes from a child of its own
 * running as an ordinary user (uid 1000) in a process group of its own,
 * so a message that happens to mean "exit", "kill" or "wait forever"
 * harms only that child; the parent ends children that take too long.
 * Afterwards it checks that every server still answers.  Prints one line
 * per server and a summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>
#include <minix/com.h>
#include <minix/ipc.h>

#define FUZZ_UID	1000
#define CHILD_SECONDS	2	/* a child may take this long */

static const struct { const char *name; endpoint_t ep; int base; } servers[] = {
	{ "pm", PM_PROC_EP, PM_BASE },
	{ "vfs", VFS_PROC_EP, VFS_BASE },
	{ "rs", RS_PROC_EP, RS_BASE },
	{ "ds", DS_PROC_EP, DS_BASE },
};
#define NSERVERS (int) (sizeof(servers) / sizeof(servers[0]))

static uint32_t rng;

static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

/* A payload word: mostly small numbers and plausible addresses, the
 * rest anything at all. */
static uint32_t word(void)
{
	switch (next() % 6) {
	case 0: return 0;
	case 1: return next() % 64;
	case 2: return (uint32_t) -1 - next() % 4;
	case 3: return 0xC0000000u + (next() & 0xFFFFF);	/* the kernel */
	case 4: return 0x08048000u + (next() & 0xFFFF);		/* code */
	default: return next();
	}
}

static void make_message(message *m, int server)
{
	uint32_t *w = (uint32_t *) m;
	size_t i;

	for (i = 0; i < sizeof(*m) / sizeof(*w); i++)
		w[i] = word();
	m->m_type = next() % 8 == 0 ? (int) next()
		: servers[server].base + (int) (next() % 72);
}

static void send_from_child(int server, const message *m)
{
	message copy = *m;
	int fd;

	(void) setpgid(0, 0);
	if (setuid(FUZZ_UID) != 0)
		_exit(2);
	for (fd = 0; fd < 3; fd++)		/* nothing to wait for */
		(void) close(fd);
	(void) open("/dev/null", O_RDWR);
	(void) dup(0);
	(void) dup(0);
	(void) ipc_sendrec(servers[server].ep, &copy);
	_exit(0);
}

static void fuzz_one(int server)
{
	message m;
	pid_t pid;
	int status, waited;

	make_message(&m, server);
	if ((pid = fork()) < 0) {
		perror("msgfuzz: fork");
		exit(1);
	}
	if (pid == 0)
		send_from_child(server, &m);
	for (waited = 0; waitpid(pid, &status, WNOHANG) == 0; waited++) {
		if (waited < 50)
			continue;	/* most answers come at once */
		if (waited == 50 + CHILD_SECONDS * 10) {
			(void) kill(pid, SIGKILL);
			(void) waitpid(pid, &status, 0);
			break;
		}
		usleep(100000);
	}
}

/* Does the server still answer a harmless request? */
static int alive(int server)
{
	char buf[64];

	switch (server) {
	case 0: return getpid() > 0 && getppid() >= 0;
	case 1: return getcwd(buf, sizeof(buf)) != NULL
		&& access("/etc/rc", R_OK) == 0;
	default: {
		message m;
		memset(&m, 0, sizeof(m));
		m.m_type = servers[server].base + 999;	/* unknown: ENOSYS */
		return ipc_sendrec(servers[server].ep, &m) == 0
			&& m.m_type < 0;
	}
	}
}

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 400, i, s, failed = 0;

	rng = argc > 2 ? (uint32_t) strtoul(argv[2], NULL, 0) : 0x2545F491u;
	if (argc > 3 || count <= 0 || rng == 0) {
		fprintf(stderr, "usage: msgfuzz [COUNT [SEED]]\n");
		return 2;
	}
	for (i = 0; i < count; i++)
		fuzz_one(i % NSERVERS);
	for (s = 0; s < NSERVERS; s++) {
		int ok = alive(s);
		printf("%s %d %s_survives_%d_messages\n", ok ? "ok" : "not ok",
			s + 1, servers[s].name, count / NSERVERS);
		failed += !ok;
	}
	printf("%d passed, %d failed\n", NSERVERS - failed, failed);
	return failed != 0;
}
