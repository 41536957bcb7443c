/*
 * bi_var.c - builtins that manage variables: export readonly unset
 * local.
 */
#include <string.h>
#include "builtin.h"
#include "out.h"
#include "sh.h"
#include "var.h"

/* NAME or NAME=value operands of export and readonly. */
static int mark(int argc, char **argv, int flag, const char *prefix)
{
	int i = 1, status = 0;
	const char *eq;

	if (i < argc && strcmp(argv[i], "-p") == 0)
		i++;
	if (i >= argc) {
		var_print(flag, prefix);
		return 0;
	}
	for (; i < argc; i++) {
		eq = strchr(argv[i], '=');
		if (!is_name_n(argv[i], eq ? (size_t) (eq - argv[i])
		    : strlen(argv[i]))) {
			sh_warn("%s: %s: bad variable name", argv[0], argv[i]);
			sh_abort(2);
			return 2;
		} else if (eq) {
			if (var_set_assignment(argv[i], flag) < 0)
				status = 1;
		} else
			var_set_flags(argv[i], flag);
	}
	return status;
}

int bi_export(int argc, char **argv)
{
	return mark(argc, argv, V_EXPORT, "export ");
}

int bi_readonly(int argc, char **argv)
{
	return mark(argc, argv, V_READONLY, "readonly ");
}

/* unset [-v | -f] name...; a name that is no variable may be a function. */
int bi_unset(int argc, char **argv)
{
	int i = 1, funcs = 0, vars = 0, status = 0;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-f") == 0)
			funcs = 1;
		else if (strcmp(argv[i], "-v") == 0)
			vars = 1;
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			sh_warn("unset: %s: bad option", argv[i]);
			return 2;
		}
	}
	for (; i < argc; i++) {
		if (funcs)
			func_unset(argv[i]);
		else if (!vars && !var_exists(argv[i]))
			func_unset(argv[i]);
		else if (var_unset(argv[i]) < 0)
			status = 1;
	}
	return status;
}

/* local name[=value]...: restored when the function returns. */
int bi_local(int argc, char **argv)
{
	int i, status = 0;
	char *eq;

	if (!sh.funcnest) {
		sh_warn("local: not in a function");
		return 1;
	}
	for (i = 1; i < argc; i++) {
		eq = strchr(argv[i], '=');
		if (eq)
			*eq = '\0';
		if (!is_name(argv[i])) {
			sh_warn("local: %s: bad variable name", argv[i]);
			status = 1;
		} else {
			var_make_local(argv[i]);
			if (eq && var_set(argv[i], eq + 1, 0) < 0)
				status = 1;
		}
		if (eq)
			*eq = '=';
	}
	return status;
}
