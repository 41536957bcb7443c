/*
 * proc - processes: fork and what it copies, trees of children collected
 * by waitpid, orphans adopted by init, exec and its errors, argv and envp
 * across exec, exit statuses, WNOHANG and ECHILD.
 *
 * Run with "--argcheck ..." or "--pidcheck PID PPID", this program is the
 * helper that the exec cases run; it exits 0 when what it got is right.
 */
#include <minix/com.h>
#include <minix/ipc.h>
#include "t.h"

#define LONG_ARG	1000

static int global_var = 1;

static char *long_string(char c, const char *prefix)
{
	static char bufs[2][LONG_ARG + 16];
	static int next;
	char *s = bufs[next++ % 2];
	size_t n = strlen(prefix);

	memcpy(s, prefix, n);
	memset(s + n, c, LONG_ARG);
	s[n + LONG_ARG] = '\0';
	return s;
}

/* The helper: argv and environ must be what exec_passes_argv_envp sent. */
static int argcheck(int argc, char **argv)
{
	const char *want_argv[] = {
		"argcheck-zero", "--argcheck", "one", "two words", "",
		long_string('x', ""), NULL,
	};
	const char *want_env[] = {
		"FOO=bar", "EMPTY=", long_string('y', "LONG="), NULL,
	};
	int i;

	if (argc != 6)
		return 10 + (argc > 9 ? 9 : argc);
	for (i = 0; want_argv[i]; i++)
		if (strcmp(argv[i], want_argv[i]) != 0)
			return 20 + i;
	if (argv[6] != NULL)
		return 30;
	for (i = 0; want_env[i]; i++)
		if (environ[i] == NULL || strcmp(environ[i], want_env[i]) != 0)
			return 40 + i;
	if (environ[i] != NULL)
		return 50;
	if (getenv("FOO") == NULL || strcmp(getenv("FOO"), "bar") != 0)
		return 51;
	return 0;
}

static int pidcheck(char **argv)
{
	if (getpid() != atoi(argv[2]))
		return 2;
	if (getppid() != atoi(argv[3]))
		return 3;
	return 0;
}

static void fork_returns_pids(void)
{
	int p[2];
	pid_t pid, ids[2];

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		ids[0] = getpid();
		ids[1] = getppid();
		t_write_full(p[1], ids, sizeof ids);
		_exit(0);
	}
	T_EQ(t_read_full(p[0], ids, sizeof ids), sizeof ids);
	T_EQ(ids[0], pid);
	T_EQ(ids[1], getpid());
	T_CHECK(pid != getpid(), "the child has the parent's pid");
	T_EQ(t_exit_code(pid), 0);
}

static void fork_copies_memory(void)
{
	int stack_var = 2;
	int *heap = malloc(100000 * sizeof *heap);
	pid_t pid;

	T_CHECK(heap != NULL, "malloc failed");
	for (int i = 0; i < 100000; i++)
		heap[i] = i;
	global_var = 5;
	if ((pid = t_fork()) == 0) {
		int bad = global_var != 5 || stack_var != 2 ||
		    heap[99999] != 99999;
		global_var = 6;
		stack_var = 7;
		for (int i = 0; i < 100000; i++)
			heap[i] = -1;
		_exit(bad);
	}
	T_CHECK(t_exit_code(pid) == 0, "the child did not see the parent's "
	    "memory");
	T_EQ(global_var, 5);
	T_EQ(stack_var, 2);
	for (int i = 0; i < 100000; i++)
		T_CHECK(heap[i] == i, "heap[%d] is %d after the child wrote it",
		    i, heap[i]);
	free(heap);
}

/* A child of the tree: forks two children and checks their statuses. */
static int tree_child(int i)
{
	pid_t g[2];

	for (int j = 0; j < 2; j++) {
		if ((g[j] = fork()) < 0)
			return 1;
		if (g[j] == 0) {
			if (j == 1)
				usleep(100000);
			_exit(10 * i + j + 1);
		}
	}
	for (int j = 1; j >= 0; j--) {
		int status;
		if (waitpid(g[j], &status, 0) != g[j] || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 10 * i + j + 1)
			return 2;
	}
	if (wait(NULL) != -1 || errno != ECHILD)
		return 3;
	return 100 + i;
}

static void fork_tree_wait(void)
{
	enum { KIDS = 10 };
	pid_t kids[KIDS];
	int got[KIDS] = { 0 }, status;

	for (int i = 0; i < KIDS; i++)
		if ((kids[i] = t_fork()) == 0)
			_exit(tree_child(i));
	/* The first half by pid, last first; the rest by -1. */
	for (int i = KIDS / 2 - 1; i >= 0; i--) {
		int code = t_exit_code(kids[i]);
		T_CHECK(code == 100 + i, "child %d exited %d", i, code);
		got[i]++;
	}
	for (int n = 0; n < KIDS - KIDS / 2; n++) {
		pid_t pid = waitpid(-1, &status, 0);
		int i;
		T_CHECK(pid > 0, "waitpid(-1): %s", t_errname(errno));
		for (i = 0; i < KIDS && kids[i] != pid; i++)
			continue;
		T_CHECK(i < KIDS, "waitpid(-1) gave a stranger, %d", (int) pid);
		T_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 100 + i,
		    "child %d: status %#x", i, status);
		got[i]++;
	}
	for (int i = 0; i < KIDS; i++)
		T_EQ(got[i], 1);
	T_ERR(waitpid(-1, &status, 0), ECHILD);
}

static void orphan_adopted_by_init(void)
{
	int go[2], answer[2];
	pid_t middle, ppid;
	char c = 'g';

	T_SYS(pipe(go));
	T_SYS(pipe(answer));
	if ((middle = t_fork()) == 0) {
		if (t_fork() == 0) {
			char x;
			/* Wait until the middle process is gone. */
			if (read(go[0], &x, 1) != 1)
				_exit(1);
			pid_t pp = getppid();
			t_write_full(answer[1], &pp, sizeof pp);
			_exit(0);
		}
		_exit(0);
	}
	T_EQ(t_exit_code(middle), 0);
	T_EQ(write(go[1], &c, 1), 1);
	T_EQ(t_read_full(answer[0], &ppid, sizeof ppid), sizeof ppid);
	T_CHECK(ppid == 1, "the orphan's parent is %d, not 1", (int) ppid);
}

static void exec_missing_enoent(void)
{
	char *argv[] = { "x", NULL };

	T_ERR(execve("/nonexistent/program", argv, environ), ENOENT);
	T_ERR(execve("no-such-program-here", argv, environ), ENOENT);
}

static void exec_not_executable_eacces(void)
{
	char *argv[] = { "x", NULL };

	t_make_file("plain", "#!/bin/sh\nexit 0\n", 17, 0644);
	T_ERR(execve("plain", argv, environ), EACCES);
	T_SYS(mkdir("dir", 0755));
	T_ERR(execve("dir", argv, environ), EACCES);
	T_SYS(unlink("plain"));
	T_SYS(rmdir("dir"));
}

static void exec_not_elf_enoexec(void)
{
	char *argv[] = { "x", NULL };
	unsigned char junk[200];

	t_make_file("text", "just some text\n", 15, 0755);
	T_ERR(execve("text", argv, environ), ENOEXEC);
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (unsigned char) (i * 37 + 11);
	t_make_file("junk", junk, sizeof junk, 0755);
	T_ERR(execve("junk", argv, environ), ENOEXEC);
	/* An ELF header and nothing more. */
	t_make_file("stub", "\177ELF\001\001\001", 7, 0755);
	T_ERR(execve("stub", argv, environ), ENOEXEC);
	T_SYS(unlink("text"));
	T_SYS(unlink("junk"));
	T_SYS(unlink("stub"));
}

/* Copies the first n bytes of this program into path, mode 0755. */
static void copy_head(const char *path, size_t n)
{
	static char buf[1 << 16];
	int in = T_SYS(open(t_self, O_RDONLY));
	size_t got = t_read_full(in, buf, n < sizeof buf ? n : sizeof buf);

	close(in);
	t_make_file(path, buf, got, 0755);
}

/* A little-endian 32-bit word at p. */
static void put32(unsigned char *p, unsigned v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
	p[2] = (v >> 16) & 0xff;
	p[3] = v >> 24;
}

/* An ELF header and one PT_LOAD of filesz bytes from offset off, in a
 * file of size bytes (what follows the headers is zeroes). */
static void make_elf(const char *path, unsigned off, unsigned filesz,
    unsigned entry, size_t size)
{
	static unsigned char f[4096];

	memset(f, 0, sizeof f);
	memcpy(f, "\177ELF\001\001\001", 7);
	f[16] = 2;			/* ET_EXEC */
	f[18] = 3;			/* EM_386 */
	f[20] = 1;			/* EV_CURRENT */
	put32(f + 24, entry);
	put32(f + 28, 52);		/* e_phoff */
	f[40] = 52;			/* e_ehsize */
	f[42] = 32;			/* e_phentsize */
	f[44] = 1;			/* e_phnum */
	put32(f + 52, 1);		/* PT_LOAD */
	put32(f + 56, off);
	put32(f + 60, 0x08048000);	/* p_vaddr */
	put32(f + 64, 0x08048000);
	put32(f + 68, filesz);
	put32(f + 72, filesz + 4096);	/* p_memsz */
	put32(f + 76, 5);		/* PF_R | PF_X */
	put32(f + 80, 4096);
	t_make_file(path, f, size, 0755);
}

/* A program whose segments run past the end of its file cannot be
 * loaded: exec must fail with ENOEXEC, not start it to fault. */
static void exec_truncated_elf_enoexec(void)
{
	char *argv[] = { "x", NULL };
	struct stat st;

	T_SYS(stat(t_self, &st));
	copy_head("half", (size_t) st.st_size / 2);
	T_ERR(execve("half", argv, environ), ENOEXEC);
	copy_head("headers", 200);
	T_ERR(execve("headers", argv, environ), ENOEXEC);
	make_elf("past", 0, 4096, 0x08048000, 200);
	T_ERR(execve("past", argv, environ), ENOEXEC);
	make_elf("offset", 8192, 16, 0x08048000, 200);
	T_ERR(execve("offset", argv, environ), ENOEXEC);
	make_elf("wrap", 0xfffff000u, 0x2000, 0x08048000, 200);
	T_ERR(execve("wrap", argv, environ), ENOEXEC);
	/* The entry point must lie in what is loaded. */
	make_elf("entry", 0, 200, 0x09000000, 200);
	T_ERR(execve("entry", argv, environ), ENOEXEC);
}

static void exec_passes_argv_envp(void)
{
	char *argv[] = {
		"argcheck-zero", "--argcheck", "one", "two words", "",
		long_string('x', ""), NULL,
	};
	char *envp[] = { "FOO=bar", "EMPTY=", long_string('y', "LONG="), NULL };
	pid_t pid;
	int code;

	if ((pid = t_fork()) == 0) {
		execve(t_self, argv, envp);
		T_FAIL("execve %s: %s", t_self, t_errname(errno));
	}
	code = t_exit_code(pid);
	T_CHECK(code == 0, "the helper says %d (1x: argc, 2x: argv[x], "
	    "30: no NULL, 4x: environ[x], 50: extra env, 51: getenv)", code);
}

static void exec_keeps_pid_and_parent(void)
{
	char a[16], b[16];
	pid_t pid;

	/* The child learns its pid, then execs with it as an argument. */
	if ((pid = t_fork()) == 0) {
		snprintf(a, sizeof a, "%d", (int) getpid());
		snprintf(b, sizeof b, "%d", (int) getppid());
		execl(t_self, "proc", "--pidcheck", a, b, (char *) NULL);
		T_FAIL("execl %s: %s", t_self, t_errname(errno));
	}
	T_EQ(t_exit_code(pid), 0);
}

static void exit_statuses_0_to_255(void)
{
	enum { BATCH = 8 };
	pid_t pids[BATCH];

	for (int base = 0; base < 256; base += BATCH) {
		for (int k = 0; k < BATCH; k++)
			if ((pids[k] = t_fork()) == 0)
				_exit(base + k);
		for (int k = 0; k < BATCH; k++) {
			int code = t_exit_code(pids[k]);
			T_CHECK(code == base + k, "_exit(%d) arrived as %d",
			    base + k, code);
		}
	}
	if ((pids[0] = t_fork()) == 0)
		exit(256 + 7);
	T_EQ(t_exit_code(pids[0]), 7);
	if ((pids[0] = t_fork()) == 0)
		exit(-1);
	T_EQ(t_exit_code(pids[0]), 255);
}

static void wnohang_polls(void)
{
	int p[2], status;
	pid_t pid, r = 0;
	char c = 'x';

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		_exit(42);
	}
	T_SYS(close(p[0]));
	T_EQ(waitpid(pid, &status, WNOHANG), 0);
	T_EQ(waitpid(-1, &status, WNOHANG), 0);
	T_EQ(write(p[1], &c, 1), 1);
	for (int i = 0; i < 500 && r == 0; i++) {
		r = waitpid(pid, &status, WNOHANG);
		if (r == 0)
			usleep(10000);
	}
	T_CHECK(r == pid, "WNOHANG never collected the child: %d, %s",
	    (int) r, t_errname(errno));
	T_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 42,
	    "status %#x", status);
}

static void echild_without_children(void)
{
	int status;

	T_ERR(wait(&status), ECHILD);
	T_ERR(waitpid(-1, &status, 0), ECHILD);
	T_ERR(waitpid(-1, &status, WNOHANG), ECHILD);
	T_ERR(waitpid(getppid(), &status, 0), ECHILD);
	T_ERR(waitpid(1, &status, WNOHANG), ECHILD);
}

static void grandchild_not_waitable(void)
{
	int p[2], go[2];
	pid_t child, grand;
	char c = 'x';

	T_SYS(pipe(p));
	T_SYS(pipe(go));
	if ((child = t_fork()) == 0) {
		pid_t g = t_fork();
		if (g == 0) {
			read(go[0], &c, 1);
			_exit(0);
		}
		t_write_full(p[1], &g, sizeof g);
		_exit(t_exit_code(g));
	}
	T_EQ(t_read_full(p[0], &grand, sizeof grand), sizeof grand);
	T_ERR(waitpid(grand, NULL, WNOHANG), ECHILD);
	T_ERR(waitpid(grand, NULL, 0), ECHILD);
	T_EQ(write(go[1], &c, 1), 1);
	T_EQ(t_exit_code(child), 0);
}

static void fork_shares_open_files(void)
{
	int fd = T_SYS(open("f", O_RDWR | O_CREAT | O_TRUNC, 0644));
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		t_write_full(fd, "child", 5);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_EQ(lseek(fd, 0, SEEK_CUR), 5);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void many_sequential_forks(void)
{
	for (int i = 0; i < 300; i++) {
		pid_t pid = fork();
		T_CHECK(pid >= 0, "fork number %d failed: %s", i,
		    t_errname(errno));
		if (pid == 0)
			_exit(i & 0x7f);
		T_EQ(t_exit_code(pid), i & 0x7f);
	}
}

static void exit_flushes_stdio(void)
{
	char buf[64];
	int fd;
	pid_t pid;

	fd = T_SYS(open("out", O_WRONLY | O_CREAT | O_TRUNC, 0644));
	if ((pid = t_fork()) == 0) {
		dup2(fd, 1);
		setvbuf(stdout, NULL, _IOFBF, 1024);
		printf("flushed by exit");
		exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	if ((pid = t_fork()) == 0) {
		dup2(fd, 1);
		setvbuf(stdout, NULL, _IOFBF, 1024);
		printf("-lost");
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(fd));
	size_t n = t_read_file("out", buf, sizeof buf);
	T_CHECK(n == 15 && memcmp(buf, "flushed by exit", 15) == 0,
	    "the file holds \"%.*s\"", (int) n, buf);
	T_SYS(unlink("out"));
}

/* The calls PM takes from RS alone are refused to anyone else at once,
 * never left unanswered (the caller would hang). */
static void rs_only_calls_refused(void)
{
	static const int calls[] = { PM_SRV_NEW, PM_SRV_KILL, PM_SRV_EPINFO };
	message m;
	size_t i;

	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		memset(&m, 0, sizeof(m));
		m.m_type = calls[i];
		m.m_pm_srv_kill.ep = NONE;
		T_EQ(ipc_sendrec(PM_PROC_EP, &m), 0);
		T_EQ(m.m_type, -EPERM);
	}
}

static const struct t_case cases[] = {
	{ "fork_returns_pids", fork_returns_pids, 0 },
	{ "fork_copies_memory", fork_copies_memory, 0 },
	{ "fork_tree_wait", fork_tree_wait, 60 },
	{ "orphan_adopted_by_init", orphan_adopted_by_init, 0 },
	{ "exec_missing_enoent", exec_missing_enoent, 0 },
	{ "exec_not_executable_eacces", exec_not_executable_eacces, 0 },
	{ "exec_not_elf_enoexec", exec_not_elf_enoexec, 0 },
	{ "exec_truncated_elf_enoexec", exec_truncated_elf_enoexec, 0 },
	{ "exec_passes_argv_envp", exec_passes_argv_envp, 0 },
	{ "exec_keeps_pid_and_parent", exec_keeps_pid_and_parent, 0 },
	{ "exit_statuses_0_to_255", exit_statuses_0_to_255, 120 },
	{ "wnohang_polls", wnohang_polls, 0 },
	{ "echild_without_children", echild_without_children, 0 },
	{ "grandchild_not_waitable", grandchild_not_waitable, 0 },
	{ "fork_shares_open_files", fork_shares_open_files, 0 },
	{ "many_sequential_forks", many_sequential_forks, 120 },
	{ "exit_flushes_stdio", exit_flushes_stdio, 0 },
	{ "rs_only_calls_refused", rs_only_calls_refused, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--argcheck") == 0)
		return argcheck(argc, argv);
	if (argc == 4 && strcmp(argv[1], "--pidcheck") == 0)
		return pidcheck(argv);
	return t_main(argc, argv, cases, NULL);
}
