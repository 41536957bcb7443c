/*
 * assert.c - assert() in a system process: a broken invariant is a panic.
 *
 * libc's __assert_fail() ends a program with abort(), which asks PM to
 * signal it and then to let it exit: PM cannot ask itself, and a server
 * that PM may be waiting for (VFS, and through VFS every file server and
 * driver) would wait for PM in turn.  This one says where on the console
 * and ends the process through the kernel (panic()), which its manager
 * RS sees as a crash.  System processes link libsys before libc (LDADD=
 * -lsys -lc), so theirs is this definition.
 */
#include <assert.h>
#include <minix/syslib.h>

void __assert_fail(const char *expr, const char *file, int line,
    const char *func)
{
	panic("%s: assertion \"%s\" failed (%s, line %d)", func, expr, file,
		line);
}
