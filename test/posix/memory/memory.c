/*
 * memory - mmap, munmap and mprotect (anonymous and private file
 * mappings, protections that really fault, fork copying them, the
 * errors), and user contexts: getcontext, setcontext, makecontext and
 * swapcontext.
 */
#include <sys/mman.h>
#include <ucontext.h>
#include "t.h"

#define PAGE	4096

/* Runs fn in a child; returns the signal that ended it (0: none). */
static int fault_of(void (*fn)(void *), void *arg)
{
	pid_t pid;
	int status;

	if ((pid = t_fork()) == 0) {
		fn(arg);
		_exit(0);
	}
	status = t_wait(pid);
	return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

static void read_byte(void *p)
{
	volatile char c = *(volatile char *) p;
	(void) c;
}

static void write_byte(void *p)
{
	*(volatile char *) p = 1;
}

static char *map(size_t len, int prot)
{
	char *p = mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	T_CHECK(p != MAP_FAILED, "mmap(%zu): %s", len, t_errname(errno));
	return p;
}

static void anonymous_zeroed_writable_unmapped(void)
{
	char *p = map(3 * PAGE, PROT_READ | PROT_WRITE);

	T_CHECK(((uintptr_t) p & (PAGE - 1)) == 0, "not page-aligned: %p", p);
	for (int i = 0; i < 3 * PAGE; i++)
		T_CHECK(p[i] == 0, "byte %d is %d", i, p[i]);
	memset(p, 'x', 3 * PAGE);
	T_EQ(p[3 * PAGE - 1], 'x');
	T_SYS(munmap(p + PAGE, PAGE));		/* a hole in the middle */
	T_EQ(p[0], 'x');
	T_EQ(fault_of(read_byte, p + PAGE), SIGSEGV);
	T_EQ(p[2 * PAGE], 'x');
	T_SYS(munmap(p, 3 * PAGE));		/* the hole is no error */
	T_EQ(fault_of(read_byte, p), SIGSEGV);
}

static void placement_hints_and_fixed(void)
{
	char *a = map(4 * PAGE, PROT_READ | PROT_WRITE), *b, *c;

	b = map(4 * PAGE, PROT_READ | PROT_WRITE);
	T_CHECK(b + 4 * PAGE <= a || a + 4 * PAGE <= b, "overlap %p %p", a, b);
	memset(a, 'a', 4 * PAGE);
	c = mmap(a + PAGE, 2 * PAGE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	T_CHECK(c == a + PAGE, "MAP_FIXED gave %p, not %p", c, a + PAGE);
	T_CHECK(a[0] == 'a' && a[PAGE] == 0 && a[3 * PAGE - 1] == 0 &&
	    a[3 * PAGE] == 'a', "MAP_FIXED did not replace just its pages");
	T_SYS(munmap(a, 4 * PAGE));
	c = mmap(a, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_CHECK(c == a, "a free hint was not taken: %p, not %p", c, a);
	T_SYS(munmap(c, PAGE));
	T_SYS(munmap(b, 4 * PAGE));
	/* Much memory, given back each time. */
	for (int i = 0; i < 40; i++) {
		c = map(4 << 20, PROT_READ | PROT_WRITE);
		c[0] = c[(4 << 20) - 1] = 1;
		T_SYS(munmap(c, 4 << 20));
	}
}

static void mprotect_read_only_and_none(void)
{
	char *p = map(2 * PAGE, PROT_READ | PROT_WRITE);
	int fd;

	strcpy(p, "kept");
	T_SYS(mprotect(p, 2 * PAGE, PROT_READ));
	T_CHECK(strcmp(p, "kept") == 0, "read-only lost its data");
	T_EQ(fault_of(write_byte, p + PAGE), SIGSEGV);
	/* The kernel will not write there either. */
	fd = T_SYS(open("/dev/zero", O_RDONLY));
	T_ERR(read(fd, p, 1), EFAULT);
	T_SYS(mprotect(p, 2 * PAGE, PROT_NONE));
	T_EQ(fault_of(read_byte, p), SIGSEGV);
	T_ERR(write(1, p, 1), EFAULT);
	T_SYS(mprotect(p, PAGE, PROT_READ | PROT_WRITE));
	p[0] = 'K';
	T_EQ(read(fd, p + 1, 1), 1);
	T_EQ(p[1], 0);
	T_EQ(fault_of(read_byte, p + PAGE), SIGSEGV);
	T_SYS(close(fd));
	T_SYS(munmap(p, 2 * PAGE));
}

static void mprotect_errors(void)
{
	char *p = map(PAGE, PROT_READ);

	T_ERR(mprotect(p + 1, PAGE, PROT_READ), EINVAL);
	T_ERR(mprotect(p, PAGE, 0x100), EINVAL);
	T_SYS(munmap(p, PAGE));
	T_ERR(mprotect(p, PAGE, PROT_READ), ENOMEM);
	T_SYS(mprotect(p, 0, PROT_READ));
}

/* Private means private: a child has a copy, protections and all. */
static void fork_copies_mappings(void)
{
	char *p = map(2 * PAGE, PROT_READ | PROT_WRITE);
	pid_t pid;

	strcpy(p, "parent");
	T_SYS(mprotect(p + PAGE, PAGE, PROT_NONE));
	if ((pid = t_fork()) == 0) {
		T_CHECK(strcmp(p, "parent") == 0, "the child sees %s", p);
		strcpy(p, "child");
		T_EQ(fault_of(read_byte, p + PAGE), SIGSEGV);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_CHECK(strcmp(p, "parent") == 0, "the child's write showed: %s", p);
	T_SYS(munmap(p, 2 * PAGE));
}

static void file_mapped_private(void)
{
	static char data[PAGE + 904];
	char *p;
	int fd, wr, q[2];

	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (char) ('a' + i % 26);
	t_make_file("f", data, sizeof data, 0644);
	fd = T_SYS(open("f", O_RDONLY));
	T_EQ(lseek(fd, 7, SEEK_SET), 7);
	p = mmap(NULL, sizeof data, PROT_READ, MAP_PRIVATE, fd, 0);
	T_CHECK(p != MAP_FAILED, "mmap of a file: %s", t_errname(errno));
	T_CHECK(memcmp(p, data, sizeof data) == 0, "the map differs");
	T_EQ(p[sizeof data], 0);		/* the last page's tail */
	T_EQ(lseek(fd, 0, SEEK_CUR), 7);
	T_EQ(fault_of(write_byte, p), SIGSEGV);
	T_SYS(munmap(p, sizeof data));
	p = mmap(NULL, 100, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, PAGE);
	T_CHECK(p != MAP_FAILED && p[0] == data[PAGE], "at offset %d", PAGE);
	p[0] = '!';				/* the file keeps its byte */
	T_EQ(t_read_file("f", data, sizeof data), sizeof data);
	T_CHECK(data[PAGE] != '!', "a private write reached the file");
	T_ERR((long) mmap(NULL, 100, PROT_READ, MAP_PRIVATE, fd, 100),
	    EINVAL);
	wr = T_SYS(open("f", O_WRONLY));
	T_ERR((long) mmap(NULL, 100, PROT_READ, MAP_PRIVATE, wr, 0), EACCES);
	T_SYS(pipe(q));
	T_ERR((long) mmap(NULL, 100, PROT_READ, MAP_PRIVATE, q[0], 0),
	    ENODEV);
	T_ERR((long) mmap(NULL, 100, PROT_READ, MAP_PRIVATE, 99, 0), EBADF);
	close(q[0]);
	close(q[1]);
	close(wr);
	close(fd);
}

static void mmap_errors(void)
{
	int anon = MAP_PRIVATE | MAP_ANONYMOUS;

	T_ERR((long) mmap(NULL, 0, PROT_READ, anon, -1, 0), EINVAL);
	T_ERR((long) mmap(NULL, PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0),
	    EINVAL);
	T_ERR((long) mmap(NULL, PAGE, PROT_READ, MAP_SHARED | MAP_ANONYMOUS,
	    -1, 0), ENOTSUP);
	T_ERR((long) mmap(NULL, (size_t) 3 << 30, PROT_READ, anon, -1, 0),
	    ENOMEM);
	T_ERR((long) mmap((void *) 0x1001, PAGE, PROT_READ, anon | MAP_FIXED,
	    -1, 0), EINVAL);
	T_ERR((long) mmap((void *) 0x1000, PAGE, PROT_READ, anon | MAP_FIXED,
	    -1, 0), ENOMEM);
	T_ERR(munmap((void *) 0xA0000001, PAGE), EINVAL);
	T_ERR(munmap((void *) 0x1000, PAGE), EINVAL);
}

/* ---- contexts ---- */

static ucontext_t main_ctx, a_ctx, b_ctx;
static volatile int trace[16], ntrace;
static char stack_a[16384] __attribute__((aligned(16)));
static char stack_b[16384] __attribute__((aligned(16)));

static void getcontext_setcontext_loop(void)
{
	volatile int rounds = 0;

	T_SYS(getcontext(&main_ctx));
	if (++rounds < 3)
		setcontext(&main_ctx);
	T_EQ(rounds, 3);
}

static void add_args(int a, int b, int c)
{
	trace[ntrace++] = a + b + c;
}

static void makecontext_runs_with_args_then_uc_link(void)
{
	char *top;

	T_SYS(getcontext(&a_ctx));
	a_ctx.uc_stack.ss_sp = stack_a;
	a_ctx.uc_stack.ss_size = sizeof stack_a;
	a_ctx.uc_link = &main_ctx;
	makecontext(&a_ctx, (void (*)(void)) add_args, 3, 1, 20, 300);
	ntrace = 0;
	T_SYS(swapcontext(&main_ctx, &a_ctx));
	T_EQ(ntrace, 1);
	T_EQ(trace[0], 321);
	top = stack_a + sizeof stack_a;
	T_CHECK((char *) &top > top || (char *) &top < stack_a,
	    "back on our own stack");
}

static void ping(void)
{
	for (int i = 0; i < 500; i++) {
		trace[0]++;
		swapcontext(&a_ctx, &b_ctx);
	}
}

static void pong(void)
{
	for (;;) {
		trace[1]++;
		swapcontext(&b_ctx, &a_ctx);
	}
}

/* Two coroutines take turns; when the first ends, uc_link comes home. */
static void swapcontext_coroutines(void)
{
	T_SYS(getcontext(&a_ctx));
	a_ctx.uc_stack.ss_sp = stack_a;
	a_ctx.uc_stack.ss_size = sizeof stack_a;
	a_ctx.uc_link = &main_ctx;
	makecontext(&a_ctx, ping, 0);
	T_SYS(getcontext(&b_ctx));
	b_ctx.uc_stack.ss_sp = stack_b;
	b_ctx.uc_stack.ss_size = sizeof stack_b;
	b_ctx.uc_link = NULL;
	makecontext(&b_ctx, pong, 0);
	trace[0] = trace[1] = 0;
	T_SYS(swapcontext(&main_ctx, &a_ctx));
	T_EQ(trace[0], 500);
	T_EQ(trace[1], 500);
}

static void nothing(void)
{
}

/* A context's signal mask comes back with it; a function whose
 * uc_link is NULL ends the process when it returns. */
static void mask_and_null_link(void)
{
	sigset_t set, now;
	volatile int resumed = 0;
	pid_t pid;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	T_SYS(sigprocmask(SIG_BLOCK, &set, NULL));
	T_SYS(getcontext(&main_ctx));
	if (!resumed) {
		resumed = 1;
		T_SYS(sigprocmask(SIG_UNBLOCK, &set, NULL));
		setcontext(&main_ctx);
	}
	T_SYS(sigprocmask(SIG_BLOCK, NULL, &now));
	T_CHECK(sigismember(&now, SIGUSR1), "the mask did not come back");
	if ((pid = t_fork()) == 0) {
		getcontext(&a_ctx);
		a_ctx.uc_stack.ss_sp = stack_a;
		a_ctx.uc_stack.ss_size = sizeof stack_a;
		a_ctx.uc_link = NULL;
		makecontext(&a_ctx, nothing, 0);
		setcontext(&a_ctx);
		_exit(7);
	}
	T_EQ(t_exit_code(pid), 0);
}

static void x87_control_word_kept(void)
{
	unsigned short cw = 0, chop, saved;
	volatile int resumed = 0;

	__asm__ volatile("fnstcw %0" : "=m"(saved));
	chop = saved | 0xc00;			/* round toward zero */
	__asm__ volatile("fldcw %0" : : "m"(chop));
	T_SYS(getcontext(&main_ctx));
	if (!resumed) {
		resumed = 1;
		__asm__ volatile("fldcw %0" : : "m"(saved));
		setcontext(&main_ctx);
	}
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	__asm__ volatile("fldcw %0" : : "m"(saved));
	T_EQ(cw, chop);
}

static const struct t_case cases[] = {
	{ "anonymous_zeroed_writable_unmapped",
	    anonymous_zeroed_writable_unmapped, 0 },
	{ "placement_hints_and_fixed", placement_hints_and_fixed, 60 },
	{ "mprotect_read_only_and_none", mprotect_read_only_and_none, 0 },
	{ "mprotect_errors", mprotect_errors, 0 },
	{ "fork_copies_mappings", fork_copies_mappings, 0 },
	{ "file_mapped_private", file_mapped_private, 0 },
	{ "mmap_errors", mmap_errors, 0 },
	{ "getcontext_setcontext_loop", getcontext_setcontext_loop, 0 },
	{ "makecontext_runs_with_args_then_uc_link",
	    makecontext_runs_with_args_then_uc_link, 0 },
	{ "swapcontext_coroutines", swapcontext_coroutines, 0 },
	{ "mask_and_null_link", mask_and_null_link, 0 },
	{ "x87_control_word_kept", x87_control_word_kept, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}
