/*
 * libc - the C library calls ported programs need, as they work on the
 * real system: system() and popen() with the shell, execle and execlp
 * (PATH search, scripts), realpath through symbolic links, basename
 * and dirname, the user and group files, getlogin (from utmp, or the
 * real user), ctermid, cuserid,
 * sysconf and pathconf, readv and writev, sigsetjmp and siglongjmp, and
 * the <strings.h> calls.
 *
 * Run with "--env NAME", it prints $NAME and exits (the exec cases).
 */
#include <grp.h>
#include <libgen.h>
#include <pwd.h>
#include <setjmp.h>
#include <strings.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <utmpx.h>
#include "t.h"

static void system_runs_the_shell(void)
{
	T_CHECK(system(NULL) != 0, "system(NULL) says there is no shell");
	T_EQ(system("exit 0"), 0);
	T_EQ(system("exit 3"), 3 << 8);
	T_EQ(system("echo hi > out; test -f out"), 0);
	char buf[8];
	T_EQ(t_read_file("out", buf, sizeof buf), 3);
	T_CHECK(memcmp(buf, "hi\n", 3) == 0, "out holds %.3s", buf);
	T_CHECK(WIFSIGNALED(system("kill -9 $$")) , "kill -9 of the shell");
	T_EQ(system("/nonexistent/cmd 2>/dev/null"), 127 << 8);
}

static volatile sig_atomic_t got_chld, got_int;

static void on_chld(int sig)
{
	got_chld++;
}

static void on_int(int sig)
{
	got_int++;
}

/* While the command runs the caller ignores SIGINT and SIGQUIT and
 * blocks SIGCHLD; its own handlers are back afterwards. */
static void system_ignores_sigint_blocks_sigchld(void)
{
	struct sigaction sa, now;
	char cmd[64];
	sigset_t mask;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_chld;
	T_SYS(sigaction(SIGCHLD, &sa, NULL));
	sa.sa_handler = on_int;
	T_SYS(sigaction(SIGINT, &sa, NULL));
	snprintf(cmd, sizeof cmd, "kill -INT %d; exit 5", (int) getpid());
	T_EQ(system(cmd), 5 << 8);
	T_EQ(got_int, 0);
	T_SYS(sigaction(SIGINT, NULL, &now));
	T_CHECK(now.sa_handler == on_int, "SIGINT's handler is not back");
	T_SYS(sigprocmask(SIG_BLOCK, NULL, &mask));
	T_CHECK(!sigismember(&mask, SIGCHLD), "SIGCHLD stays blocked");
}

static void popen_reads_and_writes(void)
{
	char line[64];
	FILE *f;
	int st;

	f = popen("echo one; echo two", "r");
	T_CHECK(f != NULL, "popen r: %s", t_errname(errno));
	T_CHECK(fgets(line, sizeof line, f) && strcmp(line, "one\n") == 0,
	    "first line %s", line);
	T_CHECK(fgets(line, sizeof line, f) && strcmp(line, "two\n") == 0,
	    "second line %s", line);
	T_CHECK(fgets(line, sizeof line, f) == NULL, "a third line");
	T_EQ(pclose(f), 0);
	f = popen("cat > written; exit 4", "w");
	T_CHECK(f != NULL, "popen w: %s", t_errname(errno));
	fputs("to the command\n", f);
	st = pclose(f);
	T_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4, "status %#x", st);
	T_EQ(t_read_file("written", line, sizeof line), 15);
	T_CHECK(memcmp(line, "to the command\n", 15) == 0, "wrote %.15s",
	    line);
	T_CHECK(popen("true", "x") == NULL && errno == EINVAL, "mode x");
	f = fopen("written", "r");
	T_ERR(pclose(f), ECHILD);
	fclose(f);
}

/* Runs argv's program in a child with output to "out"; its text. */
static const char *output_of(void (*run)(void))
{
	static char buf[256];
	pid_t pid;
	int fd;
	size_t n;

	if ((pid = t_fork()) == 0) {
		fd = open("out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(fd, 1);
		run();
		_exit(99);
	}
	T_EQ(t_exit_code(pid), 0);
	n = t_read_file("out", buf, sizeof buf - 1);
	buf[n] = '\0';
	return buf;
}

static void run_execle(void)
{
	char *env[] = { "GREETING=from execle", NULL };

	execle(t_self, "libc", "--env", "GREETING", (char *) NULL, env);
}

static void run_execlp_script(void)
{
	setenv("PATH", "/nonexistent:bin", 1);
	execlp("hello.sh", "hello.sh", "arg", (char *) NULL);
}

static void execle_and_execlp(void)
{
	const char *out = output_of(run_execle);

	T_CHECK(strcmp(out, "from execle\n") == 0, "execle: %s", out);
	T_SYS(mkdir("bin", 0755));
	t_make_file("bin/hello.sh", "echo script $1\n", 15, 0755);
	out = output_of(run_execlp_script);
	T_CHECK(strcmp(out, "script arg\n") == 0, "execlp: %s", out);
	setenv("PATH", "/nonexistent", 1);
	T_ERR(execlp("hello.sh", "hello.sh", (char *) NULL), ENOENT);
}

static void realpath_resolves_links(void)
{
	char buf[PATH_MAX], want[PATH_MAX], *p;

	T_SYS(mkdir("a", 0755));
	T_SYS(mkdir("a/b", 0755));
	t_make_file("a/b/f", "", 0, 0644);
	T_SYS(symlink("a/b", "lb"));
	T_SYS(symlink("../b/f", "a/b/rel"));
	T_SYS(symlink(t_casedir, "abs"));
	T_SYS(symlink("loop", "loop"));
	snprintf(want, sizeof want, "%s/a/b/f", t_casedir);
	T_CHECK((p = realpath("lb/./f", buf)) && strcmp(p, want) == 0,
	    "lb/./f: %s", p ? p : t_errname(errno));
	T_CHECK((p = realpath("a//b/rel", buf)) && strcmp(p, want) == 0,
	    "a//b/rel: %s", p ? p : t_errname(errno));
	T_CHECK((p = realpath("abs/a/../lb/../b/f", NULL)) &&
	    strcmp(p, want) == 0, "abs/...: %s", p ? p : t_errname(errno));
	free(p);
	T_CHECK((p = realpath("/", buf)) && strcmp(p, "/") == 0, "/: %s", p);
	T_CHECK((p = realpath("/..", buf)) && strcmp(p, "/") == 0, "/..");
	T_CHECK(realpath("a/missing", buf) == NULL && errno == ENOENT,
	    "missing: %s", t_errname(errno));
	T_CHECK(realpath("a/b/f/x", buf) == NULL && errno == ENOTDIR,
	    "file/x: %s", t_errname(errno));
	T_CHECK(realpath("loop", buf) == NULL && errno == ELOOP,
	    "loop: %s", t_errname(errno));
	T_CHECK(realpath("", buf) == NULL && errno == ENOENT, "empty");
}

static void basename_and_dirname(void)
{
	static const struct { const char *in, *base, *dir; } t[] = {
		{ "/usr/lib", "lib", "/usr" }, { "/usr/", "usr", "/" },
		{ "usr", "usr", "." }, { "/", "/", "/" }, { ".", ".", "." },
		{ "..", "..", "." }, { "//x//y//", "y", "//x" },
		{ "", ".", "." },
	};
	char a[32], b[32];

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		strcpy(a, t[i].in);
		strcpy(b, t[i].in);
		T_CHECK(strcmp(basename(a), t[i].base) == 0, "basename(%s)",
		    t[i].in);
		T_CHECK(strcmp(dirname(b), t[i].dir) == 0, "dirname(%s) %s",
		    t[i].in, dirname(b));
	}
	T_CHECK(strcmp(basename(NULL), ".") == 0 &&
	    strcmp(dirname(NULL), ".") == 0, "NULL");
}

static void users_and_groups(void)
{
	struct passwd *pw, pwb, *pr;
	struct group *gr, grb, *grr;
	char buf[1024], tiny[8];

	pw = getpwnam("root");
	T_CHECK(pw && pw->pw_uid == 0 && pw->pw_gid == 0 &&
	    strcmp(pw->pw_dir, "/root") == 0, "getpwnam(root)");
	pw = getpwuid(100);
	T_CHECK(pw && strcmp(pw->pw_name, "ast") == 0, "getpwuid(100)");
	errno = 0;
	T_CHECK(getpwnam("no-such-user") == NULL && errno == 0, "no user");
	T_EQ(getpwnam_r("root", &pwb, buf, sizeof buf, &pr), 0);
	T_CHECK(pr == &pwb && strcmp(pwb.pw_shell, "/bin/sh") == 0, "_r");
	T_EQ(getpwnam_r("root", &pwb, tiny, sizeof tiny, &pr), ERANGE);
	T_EQ(getpwuid_r(54321, &pwb, buf, sizeof buf, &pr), 0);
	T_CHECK(pr == NULL, "getpwuid_r of no one");
	gr = getgrgid(0);
	T_CHECK(gr && strcmp(gr->gr_name, "root") == 0, "getgrgid(0)");
	gr = getgrnam("users");
	T_CHECK(gr && gr->gr_gid == 100 && gr->gr_mem[0] &&
	    strcmp(gr->gr_mem[0], "ast") == 0 && gr->gr_mem[1] == NULL,
	    "getgrnam(users)");
	T_EQ(getgrnam_r("users", &grb, buf, sizeof buf, &grr), 0);
	T_CHECK(grr && grr->gr_mem[0] && strcmp(grr->gr_mem[0], "ast") == 0,
	    "getgrnam_r");
	T_EQ(getgrgid_r(100, &grb, tiny, sizeof tiny, &grr), ERANGE);
	int n = 0;
	setpwent();
	while ((pw = getpwent()) != NULL)
		n += pw->pw_uid == 0;
	endpwent();
	T_EQ(n, 1);
}

static void login_names_and_terminal(void)
{
	char buf[L_cuserid], name[LOGIN_NAME_MAX];

	T_CHECK(getlogin() && strcmp(getlogin(), "root") == 0, "getlogin");
	T_EQ(getlogin_r(name, sizeof name), 0);
	T_EQ(getlogin_r(name, 2), ERANGE);
	T_CHECK(strcmp(cuserid(buf), "root") == 0, "cuserid %s", buf);
	T_CHECK(strcmp(ctermid(NULL), "/dev/tty") == 0, "ctermid");
	T_CHECK(ctermid(buf) == buf, "ctermid(buf)");
}

/* A session login recorded in utmp for this terminal names the login
 * user, whoever the process has become since (su); once it has ended,
 * the real user's name is the answer again. */
static void getlogin_follows_the_terminal_session(void)
{
	const char *tty = ttyname(0);
	struct utmpx u;

	T_CHECK(tty != NULL && strncmp(tty, "/dev/", 5) == 0,
	    "stdin is no terminal: %s", tty ? tty : "none");
	memset(&u, 0, sizeof u);
	strcpy(u.ut_user, "ast");
	strncpy(u.ut_line, tty + 5, sizeof u.ut_line);
	memcpy(u.ut_id, "tst", 4);
	u.ut_pid = getpid();
	u.ut_type = USER_PROCESS;
	setutxent();
	T_CHECK(pututxline(&u) != NULL, "pututxline: %s", t_errname(errno));
	T_CHECK(getlogin() && strcmp(getlogin(), "ast") == 0, "getlogin %s",
	    getlogin() ? getlogin() : "NULL");
	u.ut_type = DEAD_PROCESS;
	u.ut_user[0] = '\0';
	setutxent();
	T_CHECK(pututxline(&u) != NULL, "pututxline: %s", t_errname(errno));
	endutxent();
	T_CHECK(getlogin() && strcmp(getlogin(), "root") == 0, "after: %s",
	    getlogin() ? getlogin() : "NULL");
}

static void sysconf_answers_every_name(void)
{
	for (int name = 0; name < _SC_COUNT; name++) {
		errno = 0;
		long v = sysconf(name);
		T_CHECK(v != -1 || errno == 0, "sysconf(%d): %s", name,
		    t_errname(errno));
	}
	T_ERR(sysconf(-1), EINVAL);
	T_ERR(sysconf(_SC_COUNT), EINVAL);
	T_EQ(sysconf(_SC_ARG_MAX), ARG_MAX);
	T_EQ(sysconf(_SC_OPEN_MAX), OPEN_MAX);
	T_EQ(sysconf(_SC_PAGESIZE), 4096);
	T_EQ(sysconf(_SC_CLK_TCK), CLOCKS_PER_SEC);
	T_EQ(sysconf(_SC_JOB_CONTROL), _POSIX_JOB_CONTROL);
	T_EQ(sysconf(_SC_VERSION), 200809L);
	T_CHECK(sysconf(_SC_CHILD_MAX) >= _POSIX_CHILD_MAX, "CHILD_MAX");
	T_CHECK(OPEN_MAX >= _POSIX_OPEN_MAX && PATH_MAX >= _POSIX_PATH_MAX &&
	    NAME_MAX >= _POSIX_NAME_MAX && PIPE_BUF >= _POSIX_PIPE_BUF &&
	    NGROUPS_MAX >= _POSIX_NGROUPS_MAX, "a limit below POSIX's least");
	errno = 0;
	T_CHECK(sysconf(_SC_THREADS) == -1 && errno == 0, "threads");
	char path[64];
	T_CHECK(confstr(_CS_PATH, path, sizeof path) > 1 && path[0] == '/',
	    "confstr(_CS_PATH)");
}

/* pathconf: the limits VFS and the file system really keep to. */
static void pathconf_tells_the_truth(void)
{
	char name[NAME_MAX + 2];
	int p[2], fd;

	t_make_file("f", "", 0, 0644);
	T_EQ(pathconf(".", _PC_NAME_MAX), NAME_MAX);
	T_EQ(pathconf("f", _PC_LINK_MAX), LINK_MAX);
	T_EQ(pathconf(".", _PC_PATH_MAX), PATH_MAX);
	T_EQ(pathconf(".", _PC_NO_TRUNC), 1);
	T_EQ(pathconf(".", _PC_CHOWN_RESTRICTED), 1);
	T_ERR(pathconf("missing", _PC_NAME_MAX), ENOENT);
	T_ERR(pathconf(".", 999), EINVAL);
	/* NAME_MAX bytes make a name; one more is too long. */
	memset(name, 'n', NAME_MAX);
	name[NAME_MAX] = '\0';
	fd = T_SYS(open(name, O_WRONLY | O_CREAT, 0644));
	T_SYS(close(fd));
	name[NAME_MAX] = 'n';
	name[NAME_MAX + 1] = '\0';
	T_ERR(open(name, O_WRONLY | O_CREAT, 0644), ENAMETOOLONG);
	T_SYS(pipe(p));
	T_EQ(fpathconf(p[0], _PC_PIPE_BUF), PIPE_BUF);
	T_ERR(fpathconf(p[0], _PC_NAME_MAX), EINVAL);
	T_ERR(fpathconf(99, _PC_PIPE_BUF), EBADF);
	/* Every name has an answer for a directory, but a terminal's. */
	for (int nm = 0; nm < _PC_COUNT; nm++) {
		if (nm == _PC_MAX_CANON || nm == _PC_MAX_INPUT)
			continue;
		errno = 0;
		long v = pathconf(".", nm);
		T_CHECK(v != -1 || errno == 0, "pathconf(., %d): %s", nm,
		    t_errname(errno));
	}
	T_ERR(pathconf(".", _PC_MAX_CANON), EINVAL);
	T_EQ(pathconf("/dev/console", _PC_MAX_CANON), MAX_CANON);
	T_EQ(pathconf("/dev/console", _PC_MAX_INPUT), MAX_INPUT);
	close(p[0]);
	close(p[1]);
}

static void readv_writev(void)
{
	char a[3], b[5], c[100];
	struct iovec w[3] = { { "abc", 3 }, { "", 0 }, { "defgh", 5 } };
	struct iovec r[2] = { { a, sizeof a }, { b, sizeof b } };
	int fd, p[2];

	fd = T_SYS(open("v", O_RDWR | O_CREAT | O_TRUNC, 0644));
	T_EQ(writev(fd, w, 3), 8);
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(readv(fd, r, 2), 8);
	T_CHECK(memcmp(a, "abc", 3) == 0 && memcmp(b, "defgh", 5) == 0,
	    "read back %.3s %.5s", a, b);
	T_EQ(readv(fd, r, 2), 0);
	T_ERR(writev(fd, w, 0), EINVAL);
	T_ERR(writev(fd, w, IOV_MAX + 1), EINVAL);
	T_ERR(readv(99, r, 2), EBADF);
	T_SYS(close(fd));
	/* A short read fills the first buffer before the second. */
	T_SYS(pipe(p));
	T_EQ(write(p[1], "xyzw", 4), 4);
	T_EQ(readv(p[0], r, 2), 4);
	T_CHECK(memcmp(a, "xyz", 3) == 0 && b[0] == 'w', "scatter");
	struct iovec big[2] = { { c, 100 }, { c, 100 } };
	memset(c, 'q', sizeof c);
	T_EQ(writev(p[1], big, 2), 200);
	T_EQ(read(p[0], c, sizeof c), 100);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
}

static sigjmp_buf jb;

static void jump_back(int sig)
{
	siglongjmp(jb, sig);
}

/* sigsetjmp(env, 1) brings the mask back; with 0 the handler's mask
 * (its own signal blocked) stays. */
static void sigsetjmp_restores_the_mask(void)
{
	struct sigaction sa;
	sigset_t mask;
	volatile int rounds = 0;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = jump_back;
	T_SYS(sigaction(SIGUSR1, &sa, NULL));
	if (sigsetjmp(jb, 1) == 0) {
		raise(SIGUSR1);
		T_FAIL("the handler came back");
	}
	rounds++;
	T_SYS(sigprocmask(SIG_BLOCK, NULL, &mask));
	T_CHECK(!sigismember(&mask, SIGUSR1), "SIGUSR1 still blocked");
	if (sigsetjmp(jb, 0) == 0) {
		raise(SIGUSR1);
		T_FAIL("the handler came back");
	}
	rounds++;
	T_SYS(sigprocmask(SIG_BLOCK, NULL, &mask));
	T_CHECK(sigismember(&mask, SIGUSR1), "mask restored without asking");
	T_EQ(rounds, 2);
	T_EQ(SIGIOT, SIGABRT);
}

static void strings_calls(void)
{
	char buf[16];

	T_CHECK(index("hello", 'l') == strchr("hello", 'l'), "index");
	T_CHECK(rindex("hello", 'l') == strrchr("hello", 'l'), "rindex");
	T_EQ(ffs(0), 0);
	T_EQ(ffs(1), 1);
	T_EQ(ffs(0x80000000), 32);
	T_EQ(ffs(12), 3);
	bcopy("abcdef", buf, 7);
	bcopy(buf, buf + 1, 5);
	T_CHECK(strcmp(buf, "aabcde") == 0, "bcopy overlap %s", buf);
	T_EQ(bcmp("abc", "abd", 2), 0);
	T_CHECK(bcmp("abc", "abd", 3) != 0, "bcmp");
	T_EQ(strcasecmp("HeLLo", "hello"), 0);
	T_CHECK(strncasecmp("abcX", "ABCy", 3) == 0, "strncasecmp");
	T_CHECK(memccpy(buf, "key=value", '=', sizeof buf) == buf + 4,
	    "memccpy stops after the byte");
	T_CHECK(memccpy(buf, "abc", 'z', 3) == NULL, "memccpy no byte");
}

static const struct t_case cases[] = {
	{ "system_runs_the_shell", system_runs_the_shell, 60 },
	{ "system_ignores_sigint_blocks_sigchld",
	    system_ignores_sigint_blocks_sigchld, 0 },
	{ "popen_reads_and_writes", popen_reads_and_writes, 0 },
	{ "execle_and_execlp", execle_and_execlp, 0 },
	{ "realpath_resolves_links", realpath_resolves_links, 0 },
	{ "basename_and_dirname", basename_and_dirname, 0 },
	{ "users_and_groups", users_and_groups, 0 },
	{ "login_names_and_terminal", login_names_and_terminal, 0 },
	{ "getlogin_follows_the_terminal_session",
	    getlogin_follows_the_terminal_session, 0 },
	{ "sysconf_answers_every_name", sysconf_answers_every_name, 0 },
	{ "pathconf_tells_the_truth", pathconf_tells_the_truth, 0 },
	{ "readv_writev", readv_writev, 0 },
	{ "sigsetjmp_restores_the_mask", sigsetjmp_restores_the_mask, 0 },
	{ "strings_calls", strings_calls, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--env") == 0) {
		const char *v = getenv(argv[2]);
		printf("%s\n", v ? v : "(unset)");
		return 0;
	}
	return t_main(argc, argv, cases, NULL);
}
