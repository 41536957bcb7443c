/*
 * workload.c - the data-checking workload of a fault campaign, one per
 * driver: each request's data is checked, not only its status.
 *
 *	hello	 read /dev/hello: the greeting a fresh instance gave
 *	printer	 print one job line on /dev/lp (the host compares the
 *		 parallel port's file with the jobs reported printed)
 *	at_wini, write a block of the round's pattern to /dev/c0d0, read it
 *	ahci	 back (the raw disk: every request reaches the driver)
 *	memory	 write a file on the root file system (the ram disk),
 *		 fsync, read it back; read /dev/ram's boot block, which
 *		 nothing writes, and compare it with the campaign's first
 *	e1000,	 an ICMP echo of the round's pattern to the gateway of the
 *	rtl8139	 card's own QEMU user network (tools/faults gives each card
 *		 its own: e1000 10.0.2.0/24, rtl8139 10.0.3.0/24), so the
 *		 route picks the card; the echoed bytes are compared
 *
 * workload_run() answers WL_OK, WL_ERROR (a request failed: allowed
 * while a driver recovers) or WL_BAD (data came back wrong).
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "faultinj.h"

#define DISK_BLOCK	4096
#define DISK_SLOTS	256		/* blocks of the disk the rounds use */
#define FILE_BYTES	8192
#define BOOT_BYTES	1024
#define DATA_FILE	"/tmp/faultinj.dat"
#define ECHO_BYTES	1024		/* payload: most of a frame's DMA */
#define ECHO_TRIES	2		/* 2 x 1 s stays under the campaign's
					 * 5 s answer bound; a lost frame is
					 * an error, retried by verify() */

static char greeting[64];
static ssize_t greeting_len;
static uint8_t boot_block[BOOT_BYTES];
static uint8_t buf[FILE_BYTES], back[FILE_BYTES];

/* Read up to n bytes of path from offset off; the count, or -1. */
static ssize_t read_dev(const char *path, off_t off, void *b, size_t n)
{
	ssize_t r;
	int fd;

	if ((fd = open(path, O_RDONLY)) < 0)
		return -1;
	r = lseek(fd, off, SEEK_SET) == off ? read(fd, b, n) : -1;
	close(fd);
	return r;
}

static void pattern(uint8_t *b, size_t n, uint32_t round)
{
	uint32_t st = fi_mix(round, 0x5eed);
	size_t i;

	for (i = 0; i < n; i++)
		b[i] = (uint8_t) fi_rand(&st);
}

/* What the drivers answer when all is well, before any fault. */
int workload_init(void)
{
	greeting_len = read_dev("/dev/hello", 0, greeting, sizeof(greeting));
	if (greeting_len <= 0
	    || read_dev("/dev/ram", 0, boot_block, BOOT_BYTES) != BOOT_BYTES)
		return -1;
	return 0;
}

static int hello(void)
{
	char got[64];
	ssize_t n = read_dev("/dev/hello", 0, got, sizeof(got));

	if (n < 0)
		return WL_ERROR;
	return n == greeting_len && memcmp(got, greeting, n) == 0 ? WL_OK
		: WL_BAD;
}

static int printer(uint32_t round)
{
	char job[32];
	int fd, n = snprintf(job, sizeof(job), "job %06lu\n",
		(unsigned long) round);
	ssize_t r;

	if ((fd = open("/dev/lp", O_WRONLY)) < 0)
		return WL_ERROR;
	r = write(fd, job, n);
	close(fd);
	if (r != n)
		return WL_ERROR;
	printf("lp: printed job %06lu\n", (unsigned long) round);
	return WL_OK;
}

static int disk(uint32_t round)
{
	off_t off = (off_t) (round % DISK_SLOTS) * DISK_BLOCK;
	ssize_t r;
	int fd;

	pattern(buf, DISK_BLOCK, round);
	if ((fd = open("/dev/c0d0", O_RDWR)) < 0)
		return WL_ERROR;
	r = lseek(fd, off, SEEK_SET) == off ? write(fd, buf, DISK_BLOCK) : -1;
	close(fd);
	if (r != DISK_BLOCK)
		return WL_ERROR;
	if (read_dev("/dev/c0d0", off, back, DISK_BLOCK) != DISK_BLOCK)
		return WL_ERROR;
	return memcmp(buf, back, DISK_BLOCK) == 0 ? WL_OK : WL_BAD;
}

static int ramdisk(uint32_t round)
{
	ssize_t r;
	int fd;

	pattern(buf, FILE_BYTES, round);
	if ((fd = open(DATA_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
		return WL_ERROR;
	r = write(fd, buf, FILE_BYTES);
	if (fsync(fd) != 0)
		r = -1;
	close(fd);
	if (r != FILE_BYTES)
		return WL_ERROR;
	if (read_dev(DATA_FILE, 0, back, FILE_BYTES) != FILE_BYTES)
		return WL_ERROR;
	if (memcmp(buf, back, FILE_BYTES) != 0)
		return WL_BAD;
	if (read_dev("/dev/ram", 0, back, BOOT_BYTES) != BOOT_BYTES)
		return WL_ERROR;
	return memcmp(boot_block, back, BOOT_BYTES) == 0 ? WL_OK : WL_BAD;
}

/* An ICMP echo request or reply with its payload. */
struct echo {
	uint8_t type, code;
	uint16_t sum, id, seq;
	uint8_t data[ECHO_BYTES];
} __attribute__((packed));

static uint16_t sum16(const void *p, size_t n)
{
	const uint8_t *b = p;
	uint32_t s = 0;
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		s += (uint32_t) (b[i] | b[i + 1] << 8);
	if (n & 1)
		s += b[n - 1];
	while (s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return (uint16_t) ~s;
}

/* Echo the round's pattern off gw: WL_OK when the reply's payload is the
 * pattern, WL_BAD when a reply to this very request (id and sequence)
 * carries other bytes, WL_ERROR when none came.  Only QEMU's gateway is
 * ever addressed (a restricted user network: nothing leaves the host). */
static int echo(const char *gw, uint32_t round)
{
	static struct echo req;
	static uint8_t in[sizeof(struct echo) + 64];
	struct timeval tv = { 1, 0 };
	struct sockaddr_in to;
	const struct echo *e;
	uint16_t id = (uint16_t) getpid(), seq = (uint16_t) round;
	int s, tries, r = WL_ERROR;
	size_t hl;
	ssize_t n;

	if ((s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)) < 0)
		return WL_ERROR;
	(void) setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	memset(&to, 0, sizeof(to));
	to.sin_family = AF_INET;
	to.sin_addr.s_addr = inet_addr(gw);
	memset(&req, 0, sizeof(req));
	req.type = 8;				/* echo request */
	req.id = id;
	req.seq = htons(seq);
	pattern(req.data, ECHO_BYTES, round);
	req.sum = sum16(&req, sizeof(req));
	for (tries = 0; tries < ECHO_TRIES && r == WL_ERROR; tries++) {
		if (sendto(s, &req, sizeof(req), 0, (struct sockaddr *) &to,
		    sizeof(to)) != (ssize_t) sizeof(req))
			break;
		/* Replies until ours, or the receive times out. */
		while ((n = recv(s, in, sizeof(in), 0)) >= 0) {
			hl = (size_t) (in[0] & 0xF) * 4;
			if ((size_t) n < hl + 8)
				continue;
			e = (const struct echo *) (in + hl);
			if (e->type != 0 || e->id != id || e->seq != htons(seq))
				continue;	/* not ours (an earlier try) */
			r = (size_t) n == hl + sizeof(req)
			    && memcmp(e->data, req.data, ECHO_BYTES) == 0
			    ? WL_OK : WL_BAD;
			break;
		}
	}
	close(s);
	return r;
}

int workload_run(const char *label, uint32_t round)
{
	if (strcmp(label, "hello") == 0)
		return hello();
	if (strcmp(label, "printer") == 0)
		return printer(round);
	if (strcmp(label, "at_wini") == 0 || strcmp(label, "ahci") == 0)
		return disk(round);
	if (strcmp(label, "memory") == 0)
		return ramdisk(round);
	if (strcmp(label, "e1000") == 0)
		return echo("10.0.2.2", round);
	if (strcmp(label, "rtl8139") == 0)
		return echo("10.0.3.2", round);
	return WL_OK;			/* a driver without a workload */
}
