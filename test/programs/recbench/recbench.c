/*
 * recbench.c - how long recovery takes, in guest instructions.
 *
 * usage (as a service, so that it can watch DS):
 *	service up /usr/tests/recbench -args "LABEL DEVICE read|write"
 *
 * For each round: kill -9 the driver LABEL, wait for its new instance to
 * announce itself (the driver-up event in DS), then do one request on
 * DEVICE (read or write one block) and time it to completion.  Under
 * QEMU -icount shift=0 the TSC counts guest instructions, so the figures
 * printed are repeatable on any host.  Prints
 *	bench: recovery_LABEL_announce N instructions
 *	bench: recovery_LABEL_request N instructions
 * (the medians of the rounds), then exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <fcntl.h>
#include <unistd.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/ds.h>
#include <minix/tsc.h>

#define ROUNDS		3
#define SETTLE_SECONDS	11	/* RS forgives failures after 10 s up */
#define BLOCK		512

static const char *label, *device;
static int writing;


static pid_t pid_of(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_EPINFO;
	m.m_pm_epinfo.ep = ep;
	if (ipc_sendrec(PM_PROC_EP, &m) != OK || m.m_type != OK)
		return -1;
	return m.m_pm_epinfo_reply.pid;
}

/* Wait for the driver-up event of an instance other than old. */
static int wait_announce(endpoint_t old)
{
	char key[DS_MAX_KEYLEN];
	endpoint_t ep;
	message m;

	for (;;) {
		if (sef_receive(ANY, &m) != OK || m.m_source != DS_PROC_EP)
			continue;
		while (ds_check(key, NULL, NULL) == OK) {
			if (strncmp(key, DS_DRV_VFS, strlen(DS_DRV_VFS)) != 0
			    || strcmp(key + strlen(DS_DRV_VFS), label) != 0)
				continue;
			if (ds_retrieve_label_endpt(label, &ep) == OK
			    && ep != old)
				return OK;
		}
	}
}

/* One block from or to the device, to completion. */
static int request(void)
{
	static char buf[BLOCK];
	int fd, r;

	if ((fd = open(device, writing ? O_WRONLY : O_RDONLY)) < 0)
		return -1;
	r = writing ? write(fd, buf, sizeof(buf)) : read(fd, buf, sizeof(buf));
	close(fd);
	return r > 0 ? 0 : -1;
}

static int one_round(uint64_t *announce, uint64_t *first)
{
	endpoint_t ep;
	uint64_t t0;
	pid_t pid;

	if (ds_retrieve_label_endpt(label, &ep) != OK
	    || (pid = pid_of(ep)) <= 0) {
		printf("recbench: no running %s\n", label);
		return -1;
	}
	t0 = read_tsc();
	if (kill(pid, SIGKILL) != 0) {
		printf("recbench: cannot kill %s (pid %d)\n", label, pid);
		return -1;
	}
	wait_announce(ep);
	*announce = read_tsc() - t0;
	while (request() != 0)
		;			/* not reopened yet: try again */
	*first = read_tsc() - t0;
	return 0;
}

static int cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	uint64_t announce[ROUNDS], first[ROUNDS];
	char key[DS_MAX_KEYLEN];
	int i;

	sef_startup();
	if (argc != 4 || (strcmp(argv[3], "read") != 0
	    && strcmp(argv[3], "write") != 0)) {
		printf("usage: recbench LABEL DEVICE read|write\n");
		return 1;
	}
	label = argv[1];
	device = argv[2];
	writing = strcmp(argv[3], "write") == 0;
	snprintf(key, sizeof(key), "%s%s", DS_DRV_VFS, label);
	if (ds_subscribe(key, 0) != OK) {
		printf("recbench: cannot subscribe to %s\n", key);
		return 1;
	}
	for (i = 0; i < ROUNDS; i++) {
		sleep(SETTLE_SECONDS);
		if (one_round(&announce[i], &first[i]) != 0)
			return 1;
	}
	qsort(announce, ROUNDS, sizeof(announce[0]), cmp64);
	qsort(first, ROUNDS, sizeof(first[0]), cmp64);
	printf("bench: recovery_%s_announce %llu instructions\n", label,
		(unsigned long long) announce[ROUNDS / 2]);
	printf("bench: recovery_%s_request %llu instructions\n", label,
		(unsigned long long) first[ROUNDS / 2]);
	return 0;
}
