/*
 * exec.c - execve and its friends.
 *
 * We build the new program's initial stack here, as it will be: argc,
 * the argv pointers, NULL, the envp pointers, NULL, then the strings,
 * with every pointer an offset from the frame's start.  VFS copies the
 * frame to the top of the new stack and adds the base to each pointer.
 */
#include <unistd.h>
#include <stdlib.h>
#include <stdarg.h>
#include <limits.h>
#include "syscall.h"

static size_t count_strings(char *const v[], size_t *bytes)
{
	size_t n = 0;

	for (; v != NULL && v[n] != NULL; n++)
		*bytes += strlen(v[n]) + 1;
	return n;
}

/* Put the strings of v at *str, their offsets at *vec; returns false when
 * it would not fit. */
static void place(char *frame, uint32_t *vec, size_t *str, char *const v[],
	size_t n)
{
	size_t i, len;

	for (i = 0; i < n; i++) {
		len = strlen(v[i]) + 1;
		memcpy(frame + *str, v[i], len);
		vec[i] = *str;
		*str += len;
	}
	vec[n] = 0;
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	size_t bytes = 0, argc, envc, ptrs, size, str;
	uint32_t *vec;
	char *frame;
	message m;

	argc = count_strings(argv, &bytes);
	envc = count_strings(envp, &bytes);
	ptrs = (1 + argc + 1 + envc + 1) * sizeof(uint32_t);
	size = (ptrs + bytes + 3) & ~3u;
	if (size > ARG_MAX) {
		errno = E2BIG;
		return -1;
	}
	if ((frame = malloc(size)) == NULL)
		return -1;
	memset(frame, 0, size);
	vec = (uint32_t *) frame;
	vec[0] = argc;
	str = ptrs;
	place(frame, vec + 1, &str, argv, argc);
	place(frame, vec + 2 + argc, &str, envp, envc);
	msg_clear(&m);
	m.m_pm_exec.path = (vir_bytes) path;
	m.m_pm_exec.path_len = 0;	/* VFS finds the end */
	m.m_pm_exec.frame = (vir_bytes) frame;
	m.m_pm_exec.frame_len = size;
	(void) _syscall(PM, PM_EXEC, &m);	/* returns only on failure */
	free(frame);
	return -1;
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/* A file exec refused as no program of ours (ENOEXEC) is a shell
 * script, as POSIX says execvp must assume: run it with /bin/sh. */
static void exec_script(const char *path, char *const argv[])
{
	size_t n = 0;
	char **av;

	while (argv[n] != NULL)
		n++;
	if ((av = malloc((n + 3) * sizeof(char *))) == NULL)
		return;
	av[0] = "sh";
	av[1] = (char *) path;
	memcpy(av + 2, argv + (n > 0), (n - (n > 0) + 1) * sizeof(char *));
	execve("/bin/sh", av, environ);
	free(av);
	errno = ENOEXEC;
}

/* execve, then the shell if it was a script. */
static void try_exec(const char *path, char *const argv[])
{
	execve(path, argv, environ);
	if (errno == ENOEXEC)
		exec_script(path, argv);
}

/* Try path as given if it has a slash, else each PATH directory (an
 * empty one is the working directory); with no PATH, the usual ones. */
int execvp(const char *file, char *const argv[])
{
	const char *p, *end, *dirs = getenv("PATH");
	char buf[PATH_MAX];
	int saved = ENOENT;
	size_t dlen;

	if (file[0] == '\0') {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/') != NULL) {
		try_exec(file, argv);
		return -1;
	}
	if (dirs == NULL)
		dirs = "/bin:/usr/bin:/sbin:/usr/sbin";
	for (p = dirs; ; p = end + 1) {
		end = strchr(p, ':');
		dlen = end != NULL ? (size_t) (end - p) : strlen(p);
		if (dlen + strlen(file) + 2 <= sizeof(buf)) {
			memcpy(buf, p, dlen);
			buf[dlen] = '/';
			strcpy(buf + dlen + (dlen > 0), file);
			try_exec(dlen > 0 ? buf : file, argv);
			if (errno != ENOENT && errno != ENOTDIR)
				saved = errno;
		}
		if (end == NULL)
			break;
	}
	errno = saved;
	return -1;
}

/* Gather the NULL-terminated variadic list into an argv. */
static char **collect(const char *arg0, va_list ap)
{
	va_list copy;
	size_t n = 1, i;
	char **argv;

	va_copy(copy, ap);
	while (va_arg(copy, char *) != NULL)
		n++;
	va_end(copy);
	if ((argv = malloc((n + 1) * sizeof(char *))) == NULL)
		return NULL;
	argv[0] = (char *) arg0;
	for (i = 1; i < n; i++)
		argv[i] = va_arg(ap, char *);
	argv[n] = NULL;
	return argv;
}

int execl(const char *path, const char *arg, ...)
{
	va_list ap;
	char **argv;

	va_start(ap, arg);
	argv = collect(arg, ap);
	va_end(ap);
	if (argv == NULL)
		return -1;
	execve(path, argv, environ);
	free(argv);
	return -1;
}

int execlp(const char *file, const char *arg, ...)
{
	va_list ap;
	char **argv;

	va_start(ap, arg);
	argv = collect(arg, ap);
	va_end(ap);
	if (argv == NULL)
		return -1;
	execvp(file, argv);
	free(argv);
	return -1;
}

/* execl with the environment after the list's NULL. */
int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	char **argv, *const *envp;
	size_t n = 0;

	va_start(ap, arg);
	argv = collect(arg, ap);
	va_end(ap);
	if (argv == NULL)
		return -1;
	va_start(ap, arg);
	while (argv[n] != NULL)		/* past the arguments and the NULL */
		n++;
	for (size_t i = 1; i <= n; i++)
		(void) va_arg(ap, char *);
	envp = va_arg(ap, char *const *);
	va_end(ap);
	execve(path, argv, envp);
	free(argv);
	return -1;
}
