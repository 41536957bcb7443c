/*
 * bi_cd.c - cd and pwd.
 *
 * cd with no operand goes $HOME, `cd -` to $OLDPWD (and says where);
 * relative names are also looked for along $CDPATH.  PWD holds the
 * physical directory, as getcwd gives it.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "builtin.h"
#include "mem.h"
#include "out.h"
#include "var.h"

/* chdir, trying CDPATH's directories for a plain relative name. */
static int change_dir(const char *dir, int *print)
{
	const char *cdpath = var_get("CDPATH"), *p, *end;
	struct strbuf b;
	int r;

	if (dir[0] == '/' || dir[0] == '.' || !cdpath)
		return chdir(dir);
	sb_init(&b);
	for (p = cdpath;; p = end + 1) {
		if (!(end = strchr(p, ':')))
			end = p + strlen(p);
		b.len = 0;
		sb_addn(&b, p, (size_t) (end - p));
		if (b.len)
			sb_addc(&b, '/');
		sb_adds(&b, dir);
		if ((r = chdir(b.s)) == 0) {
			*print |= end > p;
			break;
		}
		if (!*end)
			break;
	}
	sb_free(&b);
	return r == 0 ? 0 : chdir(dir);
}

int bi_cd(int argc, char **argv)
{
	const char *dir;
	char cwd[1024];
	int i = 1, print = 0;

	while (i < argc && (strcmp(argv[i], "-L") == 0
	    || strcmp(argv[i], "-P") == 0))
		i++;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc)
		dir = var_get("HOME");
	else if (strcmp(argv[i], "-") == 0) {
		dir = var_get("OLDPWD");
		print = 1;
	} else
		dir = argv[i];
	if (!dir) {
		sh_warn("cd: %s not set", i >= argc ? "HOME" : "OLDPWD");
		return 1;
	}
	if (change_dir(dir, &print) < 0) {
		sh_warn("cd: %s: %s", dir, strerror(errno));
		return 1;
	}
	if (var_get("PWD"))
		var_set("OLDPWD", var_get("PWD"), 0);
	if (!getcwd(cwd, sizeof(cwd)))
		return 0;
	var_set("PWD", cwd, 0);
	if (print)
		out_fmt(1, "%s\n", cwd);
	return 0;
}

int bi_pwd(int argc, char **argv)
{
	char cwd[1024];

	(void) argc;
	(void) argv;
	if (!getcwd(cwd, sizeof(cwd))) {
		sh_warn("pwd: %s", strerror(errno));
		return 1;
	}
	out_fmt(1, "%s\n", cwd);
	return 0;
}
