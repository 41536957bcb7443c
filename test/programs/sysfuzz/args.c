/*
 * args.c - the fuzzer's arguments: each kind of argument drawn from
 * values that are right, nearly right and wrong.
 *
 * Pointers: the runner's good buffer, NULL, the kernel's addresses, an
 * unmapped hole, misaligned ones, one that runs over the end of the data
 * segment (the "edge" page is the last one of the heap: what follows is
 * unmapped), the program's text.  Lengths: zero, small, the buffer's,
 * huge, negative.  Descriptors: open, closed, and those only another
 * process has.  Paths: real files of the worker's scratch directory and
 * of the system, too long, without their NUL (running into the unmapped
 * page after the edge), into nowhere.  A runner that stays root (-r)
 * gets only paths under its scratch directory and none of the pids or
 * devices that could hurt the system.
 *
 * Entry points: rng_seed, rng, rng_below, mix, args_init, args_fill,
 * any_word.
 */
#include <string.h>
#include <stdio.h>
#include <limits.h>
#include <signal.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <sys/sockio.h>
#include <termios.h>
#include <netinet/in.h>
#include "sysfuzz.h"

#define PAGE		4096u
#define NPATHS		40

static uint32_t state;
static bool as_root;
static char *good;			/* BUF_SIZE bytes, page aligned */
static char *edge;			/* the heap's last page */
static char *paths[NPATHS];
static int npaths;
static char pathmem[NPATHS][96];
static char longpath[PATH_MAX + 100];

void rng_seed(uint32_t seed)
{
	state = seed != 0 ? seed : 0x9E3779B9u;
}

uint32_t rng(void)
{
	state ^= state << 13;
	state ^= state >> 17;
	state ^= state << 5;
	return state;
}

uint32_t rng_below(uint32_t n)
{
	return n == 0 ? 0 : rng() % n;
}

/* A seed made of two numbers (a worker's, a chunk's), well mixed. */
uint32_t mix(uint32_t a, uint32_t b)
{
	uint32_t h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u);

	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	return h != 0 ? h : 1;
}

static void add_path(const char *fmt, int a)
{
	if (npaths == NPATHS)
		return;
	snprintf(pathmem[npaths], sizeof(pathmem[0]), fmt, a);
	paths[npaths] = pathmem[npaths];
	npaths++;
}

/* The names a worker uses: its own scratch files, a neighbour's, and
 * (not as root) the system's. */
static void make_paths(int w, int nw)
{
	static const char *own[] = { "%d", "%d/f", "%d/g", "%d/d", "%d/d/f",
		"%d/fifo", "%d/l", "%d/loop", "%d/f/x", "%d/../%d", "%d/d/..",
		"%d/nodev" };
	static const char *sys[] = { "/", ".", "..", "", "/etc/passwd",
		"/etc/rc", "/dev/null", "/dev/zero", "/dev/random",
		"/dev/urandom", "/dev/hello", "/dev/log", "/dev/tty",
		"/dev/c0d0", "/dev/mem", "/dev/console", "/usr/bin/ls",
		"/bin/sh", "/nonexistent/x", "/tmp", "/etc", "/dev" };
	char fmt[64];
	size_t i;

	for (i = 0; i < sizeof(own) / sizeof(own[0]); i++) {
		snprintf(fmt, sizeof(fmt), "%s/w%s", SCRATCH, own[i]);
		add_path(fmt, w);
		snprintf(fmt, sizeof(fmt), "%s/w%s", SCRATCH, own[i]);
		if (i < 4)
			add_path(fmt, (w + 1) % nw);
	}
	for (i = 0; !as_root && i < sizeof(sys) / sizeof(sys[0]); i++)
		add_path(sys[i], 0);
	memset(longpath, 0, sizeof(longpath));
	for (i = 0; i + 2 < sizeof(longpath) - 1; i += 2)
		memcpy(longpath + i, "a/", 2);
}

/* The good buffer and, after it, the edge page that ends the heap. */
static void make_memory(void)
{
	uintptr_t brk = (uintptr_t) sbrk(0);
	uintptr_t up = (brk + PAGE - 1) & ~(uintptr_t) (PAGE - 1);

	if (sbrk((intptr_t) (up - brk + BUF_SIZE + PAGE)) == (void *) -1) {
		good = edge = NULL;
		return;
	}
	good = (char *) up;
	edge = good + BUF_SIZE;
	memset(good, 0, BUF_SIZE);
	memset(edge, 'x', PAGE);	/* no NUL up to the end */
}

void args_init(int worker, int nworkers, bool root)
{
	as_root = root;
	make_paths(worker, nworkers);
	make_memory();
}

/* A word of anything: small numbers, edges, addresses, noise. */
uint32_t any_word(void)
{
	switch (rng_below(7)) {
	case 0: return 0;
	case 1: return rng_below(64);
	case 2: return (uint32_t) -1 - rng_below(4);
	case 3: return 0xC0000000u + (rng() & 0xFFFFF);
	case 4: return 0x08048000u + (rng() & 0xFFFF);
	case 5: return 0x80000000u >> rng_below(32);
	default: return rng();
	}
}

static uint32_t pointer(void)
{
	uintptr_t g = (uintptr_t) good, e = (uintptr_t) edge;

	switch (rng_below(14)) {
	case 0: case 1: case 2: return g + 64 * rng_below(BUF_SIZE / 128);
	case 3: return g + 1 + rng_below(3);			/* misaligned */
	case 4: return 0;
	case 5: return 1 + rng_below(PAGE);
	case 6: return 0xC0000000u + (rng() & 0x3FFFFF);	/* kernel */
	case 7: return 0xFFFFFFFFu - rng_below(64);		/* wraps */
	case 8: return 0x60000000u + (rng() & 0xFFFF);		/* no heap */
	case 9: return 0xA0000000u + (rng() & 0xFFFFF) * (1 + rng_below(2));
	case 10: return e + PAGE - 1 - rng_below(64);		/* straddles */
	case 11: return 0x08048000u + (rng() & 0x3FFF);	/* text */
	case 12: return 0xBF000000u + (rng() & 0xFFFF);	/* below stack */
	default: return g + BUF_SIZE - rng_below(16);		/* runs on */
	}
}

static uint32_t length(void)
{
	static const uint32_t edges[] = { 0, 1, 3, 4, 512, 4096, BUF_SIZE,
		BUF_SIZE + 1, 65536, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFFu,
		(uint32_t) -4096, 1u << 20 };

	if (rng_below(3) == 0)
		return rng_below(BUF_SIZE);
	return edges[rng_below(sizeof(edges) / sizeof(edges[0]))];
}

/* Descriptors 3..11 are often open (the runner opens some, and calls
 * open more); the rest are closed, only the worker's, or impossible. */
static uint32_t descriptor(void)
{
	uint32_t fd;

	switch (rng_below(10)) {
	case 0: case 1: case 2: fd = rng_below(12); break;
	case 3: fd = rng_below(OPEN_MAX); break;
	case 4: fd = (uint32_t) -1; break;
	case 5: fd = OPEN_MAX + rng_below(2) * 1000; break;
	case 6: fd = 0x80000000u; break;
	default: fd = 3 + rng_below(6); break;	/* the runner's own */
	}
	if (fd == LOG_FD || fd == PROG_FD)
		fd = 60;		/* never the runner's own two */
	return fd;
}

/* A path's address and length (two words). */
static void path(uint32_t *w)
{
	const char *p;
	uint32_t n;

	switch (rng_below(12)) {
	case 0:					/* too long */
		w[0] = (uintptr_t) longpath + rng_below(40);
		w[1] = rng_below(2) ? 0 : strlen(longpath) + 1;
		return;
	case 1:					/* no NUL before nowhere */
		n = 1 + rng_below(200);
		w[0] = (uintptr_t) edge + PAGE - n;
		w[1] = rng_below(2) ? 0 : n + rng_below(100);
		return;
	case 2:					/* a bad address */
		w[0] = pointer();
		if (as_root && w[0] >= 0x08048000u && w[0] < 0x10000000u)
			w[0] = 0xC0000000u;	/* not the names in rodata */
		w[1] = rng_below(2) ? 0 : length();
		return;
	default:
		break;
	}
	p = paths[rng_below(npaths)];
	w[0] = (uintptr_t) p;
	n = strlen(p) + 1;
	switch (rng_below(8)) {
	case 0: w[1] = 0; break;		/* VFS finds the NUL */
	case 1: w[1] = n - 1; break;		/* the NUL left out */
	case 2: w[1] = length(); break;
	default: w[1] = n; break;
	}
}

static uint32_t flags(void)
{
	static const uint32_t bits[] = { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT,
		O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK, O_NOCTTY, O_DIRECTORY,
		O_CLOEXEC, O_NOFOLLOW };
	uint32_t f = rng_below(3);
	int i;

	for (i = 3; i < (int) (sizeof(bits) / sizeof(bits[0])); i++)
		if (rng_below(4) == 0)
			f |= bits[i];
	if (rng_below(8) == 0)
		f |= rng();
	return f;
}

static uint32_t mode(void)
{
	static const uint32_t types[] = { 0, S_IFREG, S_IFDIR, S_IFIFO,
		S_IFCHR, S_IFBLK, S_IFLNK, S_IFSOCK };

	if (rng_below(8) == 0)
		return rng();
	return types[rng_below(8)] | (rng() & 07777);
}

/* A signal: any but SIGALRM, the runner's own watchdog. */
static uint32_t signal_nr(void)
{
	uint32_t s = rng_below(4) == 0 ? any_word() : rng_below(NSIG + 2);

	return s == SIGALRM ? SIGUSR2 : s;
}

static uint32_t pid(void)
{
	pid_t me = getpid();

	if (as_root) {
		static const int safe[] = { 0, 99999, 0x7FFFFFF0 };
		return rng_below(2) ? me : safe[rng_below(3)];
	}
	switch (rng_below(9)) {
	case 0: return 0;
	case 1: return (uint32_t) -1;
	case 2: return 1;
	case 3: return getppid();
	case 4: return me + 1 + rng_below(8);
	case 5: return -me;
	case 6: return 0x80000000u;
	case 7: return rng_below(200);
	default: return me;
	}
}

static uint32_t ioctl_req(void)
{
	static const uint32_t known[] = { FIONBIO, FIONREAD, SIOCGIFINFO,
		SIOCGPCBINFO, SIOCSIFINFO, TCGETS, TCSETS, TIOCGWINSZ,
		TIOCSWINSZ, TIOCGPGRP };
	uint32_t r;

	if (rng_below(3) == 0)
		r = _IOC(rng() & 0xC0000000u, rng_below(256), rng_below(256),
			rng());
	else
		r = known[rng_below(sizeof(known) / sizeof(known[0]))];
	if (as_root && (r == SIOCSIFINFO || (r & 0xFF00) == ('i' << 8)))
		r = FIONREAD;		/* not the network's configuration */
	return r;
}

/* A sockaddr and its length (two words): localhost at one of a few
 * ports every worker shares, or something wrong. */
static void sockaddr(uint32_t *w)
{
	struct sockaddr_in *sin = (struct sockaddr_in *) (good + 2048);

	if (rng_below(3) == 0) {
		w[0] = pointer();
		w[1] = length();
		return;
	}
	memset(sin, 0, sizeof(*sin));
	sin->sin_family = rng_below(8) == 0 ? rng_below(12) : AF_INET;
	sin->sin_port = htons(7000 + rng_below(4));
	sin->sin_addr.s_addr = htonl(rng_below(4) == 0 ? rng()
		: INADDR_LOOPBACK);
	w[0] = (uintptr_t) sin;
	w[1] = rng_below(4) == 0 ? length() : sizeof(*sin);
}

static uint32_t small_of(const uint32_t *v, int n)
{
	return rng_below(6) == 0 ? any_word() : v[rng_below(n)];
}
#define ONE_OF(...) small_of((const uint32_t[]) { __VA_ARGS__ }, \
	(int) (sizeof((const uint32_t[]) { __VA_ARGS__ }) / sizeof(uint32_t)))

static uint32_t label(uint32_t *w)
{
	static char labels[][20] = { "mfs", "at_wini", "memory", "tty",
		"nosuchfs", "" };
	char *l = labels[rng_below(6)];

	w[0] = (uintptr_t) l;
	w[1] = rng_below(4) == 0 ? length() : strlen(l) + 1;
	return 2;
}

static uint32_t i64(uint32_t *w)
{
	static const int64_t v[] = { 0, 1, 511, 4096, -1, INT64_MIN,
		INT64_MAX, 1LL << 31, 1LL << 32, (1LL << 31) - 1, -4096 };
	int64_t x = rng_below(4) == 0 ? (int64_t) rng() << rng_below(32)
		: v[rng_below(sizeof(v) / sizeof(v[0]))];

	memcpy(w, &x, sizeof(x));
	return 2;
}

/* Fill the kind's words at w; *used says how many. */
void args_fill(uint8_t kind, uint32_t *w, int *used)
{
	*used = 1;
	switch (kind) {
	case K_WORD: w[0] = any_word(); break;
	case K_INT: w[0] = ONE_OF(0, 1, 2, 3, -1, 0x7FFFFFFF, 0x80000000u);
		break;
	case K_FD: w[0] = descriptor(); break;
	case K_PTR: w[0] = pointer(); break;
	case K_LEN: w[0] = length(); break;
	case K_PATH: case K_LINKTARGET: path(w); *used = 2; break;
	case K_FLAGS: w[0] = flags(); break;
	case K_MODE: w[0] = mode(); break;
	case K_SIG: w[0] = signal_nr(); break;
	case K_PID: w[0] = pid(); break;
	case K_ID: w[0] = ONE_OF(0, FUZZ_UID, 1, (uint32_t) -1, 65535,
		0x10000); break;
	case K_I64: *used = i64(w); break;
	case K_WHENCE: w[0] = ONE_OF(SEEK_SET, SEEK_CUR, SEEK_END, 3, -1);
		break;
	case K_FCNTL: w[0] = rng_below(16); break;
	case K_IOCTL: w[0] = ioctl_req(); break;
	case K_DOMAIN: w[0] = ONE_OF(AF_INET, AF_INET, AF_UNIX, AF_INET6,
		AF_UNSPEC); break;
	case K_SOCKTYPE: w[0] = ONE_OF(SOCK_STREAM, SOCK_DGRAM, SOCK_RAW,
		SOCK_SEQPACKET) | (rng_below(4) == 0 ? SOCK_NONBLOCK : 0);
		break;
	case K_SOCKADDR: sockaddr(w); *used = 2; break;
	case K_TICKS: w[0] = ONE_OF(0, 1, 5, 50, 0x7FFFFFFF, 0xFFFFFFFFu,
		0x80000000u); break;
	case K_SIGSET: w[0] = rng() & ~(1u << (SIGALRM - 1)); break;
	case K_HOW: w[0] = ONE_OF(0, 1, 2, 3, -1); break;
	case K_LABEL: *used = label(w); break;
	case K_PRIO_WHICH: w[0] = ONE_OF(0, 1, 2, 3, -1); break;
	case K_DEV: w[0] = (rng_below(40) << 8) | rng_below(300); break;
	case K_NFDS: w[0] = ONE_OF(0, 1, 8, 62, 64, 65, -1, 0x10000); break;
	default: w[0] = 0; break;
	}
}
