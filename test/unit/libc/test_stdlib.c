/*
 * test_stdlib.c - the rest of stdlib.h and gen/: the environment
 * (getenv, setenv, unsetenv, putenv over a startup-style environ), abs
 * and div, rand/srand, atexit's limit, abort() and its hook, assert's
 * message, and setlocale().
 */
#include <limits.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static int env_count(void)
{
	int n = 0;

	while (rs_environ[n] != NULL)
		n++;
	return n;
}

static void test_env(void)
{
	static char *startup[] = { "HOME=/root", "PATH=/bin", "TERM=vt100",
	    NULL };
	static char mine[] = "MINE=1";

	rs_environ = startup;
	t_str("getenv", rs_getenv("PATH"), "/bin");
	t_check("getenv missing", rs_getenv("NOPE") == NULL, "found");
	t_check("getenv prefix is not a match", rs_getenv("PAT") == NULL,
	    "found");
	t_int("setenv new", rs_setenv("EDITOR", "vi", 0), 0);
	t_str("setenv new is visible", rs_getenv("EDITOR"), "vi");
	t_str("setenv keeps the others", rs_getenv("HOME"), "/root");
	t_int("setenv no overwrite", rs_setenv("HOME", "/x", 0), 0);
	t_str("setenv no overwrite keeps", rs_getenv("HOME"), "/root");
	rs_setenv("HOME", "/home/me", 1);
	t_str("setenv overwrite", rs_getenv("HOME"), "/home/me");
	t_str("startup array untouched", startup[0], "HOME=/root");
	rs_errno = 0;
	t_check("setenv bad name", rs_setenv("A=B", "x", 1) == -1 &&
	    rs_errno == RS_EINVAL, "errno %d", rs_errno);
	t_check("setenv empty name", rs_setenv("", "x", 1) == -1, "accepted");
	t_int("putenv", rs_putenv(mine), 0);
	mine[5] = '2';
	t_str("putenv uses the string itself", rs_getenv("MINE"), "2");
	t_int("unsetenv", rs_unsetenv("PATH"), 0);
	t_check("unsetenv removes", rs_getenv("PATH") == NULL &&
	    rs_getenv("TERM") != NULL, "still there");
	t_int("count after changes", env_count(), 4);
	for (int i = 0; i < 100; i++) {
		char name[16];

		snprintf(name, sizeof(name), "V%d", i);
		rs_setenv(name, name, 1);
	}
	t_check("environment grows", env_count() == 104 &&
	    strcmp(rs_getenv("V99"), "V99") == 0, "count %d", env_count());
	rs_environ = NULL;
	t_check("getenv with no environment", rs_getenv("HOME") == NULL, "found");
	t_int("setenv with no environment", rs_setenv("A", "b", 0), 0);
	t_str("and it is there", rs_getenv("A"), "b");
}

static void test_arith(void)
{
	rs_div_t d = rs_div(-7, 2);
	rs_ldiv_t ld = rs_ldiv(7L, -2L);

	t_int("abs", rs_abs(-5), 5);
	t_int("labs", rs_labs(-5L), 5);
	t_int("llabs", rs_llabs(-5000000000LL), 5000000000LL);
	t_check("div truncates", d.quot == -3 && d.rem == -1, "%d %d", d.quot,
	    d.rem);
	t_check("ldiv", ld.quot == -3 && ld.rem == 1, "%ld %ld", ld.quot,
	    ld.rem);
}

static void test_rand(void)
{
	int a[5], same = 1, inrange = 1, distinct = 0;

	rs_srand(42);
	for (int i = 0; i < 5; i++)
		a[i] = rs_rand();
	rs_srand(42);
	for (int i = 0; i < 5; i++)
		same &= rs_rand() == a[i];
	t_check("srand repeats the sequence", same, "differs");
	rs_srand(1);
	for (int i = 0; i < 10000; i++) {
		int r = rs_rand();

		inrange &= r >= 0 && r <= 0x7fffffff;
		distinct += (r & 1);
	}
	t_check("rand in [0, RAND_MAX] with a fair low bit", inrange &&
	    distinct > 4700 && distinct < 5300, "odd %d", distinct);
}

static void nothing(void)
{
}

/* Runs f; answers the _exit status it ended with, or -1. */
static int exit_status_of(void (*f)(void))
{
	jmp_buf jb;

	fake_exit_status = -1;
	fake_exit_jump = &jb;
	if (setjmp(jb) == 0)
		f();
	fake_exit_jump = NULL;
	return fake_exit_status;
}

static void call_abort(void)
{
	rs_abort();
}

static void call_assert(void)
{
	rs___assert_fail("x > 0", "file.c", 12, "func");
}

static void test_end(void)
{
	int r = 0, before = fake_abort_count;

	for (int i = 0; i < 32; i++)
		r |= rs_atexit(nothing);
	t_check("atexit takes 32 handlers", r == 0, "refused one");
	t_int("abort exits with 134", exit_status_of(call_abort), 134);
	t_int("abort calls the hook", fake_abort_count, before + 1);
	fake_clear_output();
	t_int("assert failure aborts", exit_status_of(call_assert), 134);
	t_str("assert failure message", fake_output(2),
	    "Assertion failed: x > 0, file file.c, line 12, function func\n");
}

static void test_locale(void)
{
	t_str("setlocale C", rs_setlocale(6, "C"), "C");
	t_str("setlocale query", rs_setlocale(0, NULL), "C");
	t_str("setlocale empty", rs_setlocale(6, ""), "C");
	t_check("setlocale other", rs_setlocale(6, "de_DE") == NULL, "accepted");
}

int main(void)
{
	fake_files_reset();
	test_env();
	test_arith();
	test_rand();
	test_end();
	test_locale();
	return t_done();
}
