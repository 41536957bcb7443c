/*
 * path.c - finding and starting programs.
 *
 * Entry points: path_find (for type, command -v and `.`) and shell_exec,
 * which replaces the process with a program, searching PATH the way
 * execvp does, and runs a file without a #! line as a shell script.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "eval.h"
#include "out.h"
#include "sh.h"
#include "var.h"

static const char *search_path(void)
{
	const char *p = var_get("PATH");

	return p ? p : DEFAULT_PATH;
}

/* dir/name in scratch memory; an empty dir is the current one. */
static char *join(const char *dir, size_t dirlen, const char *name)
{
	size_t n = strlen(name);
	char *s = arena_alloc(scratch, dirlen + n + 2), *o = s;

	if (dirlen == 0)
		*o++ = '.';
	memcpy(o, dir, dirlen);
	o += dirlen;
	*o++ = '/';
	memcpy(o, name, n + 1);
	return s;
}

/* Where PATH finds name (a regular, maybe executable file), or NULL. */
char *path_find(const char *name, int want_exec)
{
	const char *dir = search_path(), *end;
	struct stat st;
	char *cand;

	if (strchr(name, '/'))
		return arena_strdup(scratch, name);
	for (;; dir = end + 1) {
		end = strchr(dir, ':');
		if (!end)
			end = dir + strlen(dir);
		cand = join(dir, (size_t) (end - dir), name);
		if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)
		    && (!want_exec || access(cand, X_OK) == 0))
			return cand;
		if (!*end)
			return NULL;
	}
}

/* execve, and for a file the kernel cannot run, the shell on it. */
static void try_exec(const char *path, char **argv, char **env)
{
	int argc;
	char **args;

	execve(path, argv, env);
	if (errno != ENOEXEC)
		return;
	for (argc = 0; argv[argc]; argc++)
		;
	args = arena_alloc(scratch, sizeof(*args) * (size_t) (argc + 2));
	args[0] = "sh";
	args[1] = (char *) path;
	memcpy(args + 2, argv + 1, sizeof(*args) * (size_t) argc);
	execve(SHELL_PATH, args, env);
	errno = ENOEXEC;
}

void shell_exec(char **argv, char **env)
{
	const char *dir = search_path(), *end;
	int err = ENOENT;

	if (strchr(argv[0], '/')) {
		try_exec(argv[0], argv, env);
		err = errno;
	} else {
		for (;; dir = end + 1) {
			if (!(end = strchr(dir, ':')))
				end = dir + strlen(dir);
			try_exec(join(dir, (size_t) (end - dir), argv[0]),
				argv, env);
			if (errno != ENOENT && errno != ENOTDIR)
				err = errno;
			if (!*end)
				break;
		}
	}
	if (err == ENOENT)
		sh_warn("%s: not found", argv[0]);
	else
		sh_warn("%s: %s", argv[0], strerror(err));
	sh_exit(err == ENOENT ? 127 : 126);
}
