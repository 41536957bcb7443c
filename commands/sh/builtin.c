/*
 * builtin.c - the table of builtin commands.
 *
 * Entry point: builtin_find.
 */
#include <string.h>
#include "builtin.h"

enum {
	BI_COLON, BI_DOT, BI_BREAK, BI_CONTINUE, BI_EVAL, BI_EXEC, BI_EXIT,
	BI_EXPORT, BI_READONLY, BI_RETURN, BI_SET, BI_SHIFT, BI_TRAP,
	BI_UNSET, BI_BG, BI_CD, BI_COMMAND, BI_ECHO, BI_FALSE, BI_FG,
	BI_GETOPTS, BI_JOBS, BI_KILL, BI_LOCAL, BI_PRINTF, BI_PWD, BI_READ,
	BI_TEST, BI_BRACKET, BI_TRUE, BI_TYPE, BI_UMASK, BI_WAIT, NBUILTINS
};

static const struct builtin builtins[NBUILTINS] = {
	[BI_COLON] = { ":", bi_true, 1 },
	[BI_DOT] = { ".", bi_dot, 1 },
	[BI_BREAK] = { "break", bi_break, 1 },
	[BI_CONTINUE] = { "continue", bi_continue, 1 },
	[BI_EVAL] = { "eval", bi_eval, 1 },
	[BI_EXEC] = { "exec", bi_exec, 1 },
	[BI_EXIT] = { "exit", bi_exit, 1 },
	[BI_EXPORT] = { "export", bi_export, 1 },
	[BI_READONLY] = { "readonly", bi_readonly, 1 },
	[BI_RETURN] = { "return", bi_return, 1 },
	[BI_SET] = { "set", bi_set, 1 },
	[BI_SHIFT] = { "shift", bi_shift, 1 },
	[BI_TRAP] = { "trap", bi_trap, 1 },
	[BI_UNSET] = { "unset", bi_unset, 1 },
	[BI_BG] = { "bg", bi_bg, 0 },
	[BI_CD] = { "cd", bi_cd, 0 },
	[BI_COMMAND] = { "command", bi_command, 0 },
	[BI_ECHO] = { "echo", bi_echo, 0 },
	[BI_FALSE] = { "false", bi_false, 0 },
	[BI_FG] = { "fg", bi_fg, 0 },
	[BI_GETOPTS] = { "getopts", bi_getopts, 0 },
	[BI_JOBS] = { "jobs", bi_jobs, 0 },
	[BI_KILL] = { "kill", bi_kill, 0 },
	[BI_LOCAL] = { "local", bi_local, 0 },
	[BI_PRINTF] = { "printf", bi_printf, 0 },
	[BI_PWD] = { "pwd", bi_pwd, 0 },
	[BI_READ] = { "read", bi_read, 0 },
	[BI_TEST] = { "test", bi_test, 0 },
	[BI_BRACKET] = { "[", bi_test, 0 },
	[BI_TRUE] = { "true", bi_true, 0 },
	[BI_TYPE] = { "type", bi_type, 0 },
	[BI_UMASK] = { "umask", bi_umask, 0 },
	[BI_WAIT] = { "wait", bi_wait, 0 },
};

const struct builtin *builtin_find(const char *name)
{
	int i;

	for (i = 0; i < NBUILTINS; i++)
		if (strcmp(builtins[i].name, name) == 0)
			return &builtins[i];
	return NULL;
}
