/*
 * varscope.c - variables that get their old values back: those made
 * `local` in a function, and the assignments before a builtin or a
 * function call (`IFS=: read a b`).
 *
 * Entry points: var_scope_push, var_make_local, var_scope_pop.
 */
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "var.h"

struct saved {
	char *name;
	char *value;
	int flags;
	int existed;
	struct saved *next;
};

struct scope {
	struct saved *saved;
	struct scope *prev;
};

static struct scope *top;

void var_scope_push(void)
{
	struct scope *s = xmalloc(sizeof(*s));

	s->saved = NULL;
	s->prev = top;
	top = s;
}

/* Remembers name's current state, once per scope. */
void var_make_local(const char *name)
{
	struct saved *sv;
	const char *value;

	if (!top)
		return;
	for (sv = top->saved; sv; sv = sv->next)
		if (strcmp(sv->name, name) == 0)
			return;
	sv = xmalloc(sizeof(*sv));
	sv->name = xstrdup(name);
	value = var_get(name);
	sv->value = value ? xstrdup(value) : NULL;
	sv->flags = var_flags(name);
	sv->existed = var_exists(name);
	sv->next = top->saved;
	top->saved = sv;
}

void var_scope_pop(void)
{
	struct scope *s = top;
	struct saved *sv, *next;

	for (sv = s->saved; sv; sv = next) {
		next = sv->next;
		var_restore(sv->name, sv->value, sv->flags, sv->existed);
		free(sv->name);
		free(sv->value);
		free(sv);
	}
	top = s->prev;
	free(s);
}
