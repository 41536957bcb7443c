/*
 * func.c - shell functions: defining, finding, calling.
 *
 * Entry points: func_define, func_exists, func_unset, func_call.
 *
 * A function's body stays in the arena of the command line that defined
 * it; the function holds a reference, and so does each running call, so
 * a function may redefine itself while it runs.
 */
#include <stdlib.h>
#include <string.h>
#include "eval.h"
#include "mem.h"
#include "sh.h"
#include "var.h"

struct func {
	char *name;
	struct node *body;
	struct arena *arena;
	struct func *next;
};

static struct func *funcs;

static struct func *find(const char *name)
{
	struct func *f;

	for (f = funcs; f; f = f->next)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

void func_define(const char *name, struct node *body, struct arena *a)
{
	struct func *f = find(name);

	if (f)
		arena_unref(f->arena);
	else {
		f = xmalloc(sizeof(*f));
		f->name = xstrdup(name);
		f->next = funcs;
		funcs = f;
	}
	f->body = body;
	f->arena = a;
	arena_ref(a);
}

int func_exists(const char *name)
{
	return find(name) != NULL;
}

int func_unset(const char *name)
{
	struct func **pf, *f;

	for (pf = &funcs; (f = *pf); pf = &f->next) {
		if (strcmp(f->name, name) == 0) {
			*pf = f->next;
			arena_unref(f->arena);
			free(f->name);
			free(f);
			return 0;
		}
	}
	return -1;
}

/* Runs a function with argv[1..] as its positional parameters. */
int func_call(const char *name, int argc, char **argv)
{
	struct func *f = find(name);
	struct arena *a = f->arena, *caller_arena = sh.arena;
	struct params caller = params_swap((struct params) { 0, NULL });
	int loopnest = sh.loopnest;

	params_set(argc - 1, argv + 1);
	arena_ref(a);
	sh.arena = a;
	sh.loopnest = 0;
	sh.funcnest++;
	var_scope_push();
	eval(f->body, 0);
	var_scope_pop();
	if (sh.skip == SKIP_RETURN)
		sh.skip = SKIP_NONE;
	sh.funcnest--;
	sh.loopnest = loopnest;
	sh.arena = caller_arena;
	arena_unref(a);
	params_free(params_swap(caller));
	return sh.status;
}
