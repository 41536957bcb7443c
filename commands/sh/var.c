/*
 * var.c - the table of shell variables.
 *
 * Entry points: var_init (import the environment), var_get, var_set,
 * var_unset, var_flags/var_set_flags (export, readonly), var_environ
 * (the environment for execve), var_print (set, export -p).
 *
 * A variable can exist without a value: `export X` before X is set.
 */
#include <stdlib.h>
#include <string.h>
#include "mem.h"
#include "out.h"
#include "var.h"

#define NBUCKETS	128

struct var {
	char *name;
	char *value;		/* NULL: unset */
	int flags;
	struct var *next;
};

static struct var *table[NBUCKETS];
static int nvars;

int is_name_n(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || (s[0] >= '0' && s[0] <= '9'))
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (!(c == '_' || (c >= 'a' && c <= 'z')
		    || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return 0;
	}
	return 1;
}

int is_name(const char *s)
{
	return is_name_n(s, strlen(s));
}

static unsigned hash(const char *s)
{
	unsigned h = 5381;

	while (*s)
		h = h * 33 + (unsigned char) *s++;
	return h % NBUCKETS;
}

static struct var *lookup(const char *name)
{
	struct var *v;

	for (v = table[hash(name)]; v; v = v->next)
		if (strcmp(v->name, name) == 0)
			return v;
	return NULL;
}

static struct var *create(const char *name)
{
	struct var *v = lookup(name);
	unsigned h;

	if (v)
		return v;
	h = hash(name);
	v = xmalloc(sizeof(*v));
	v->name = xstrdup(name);
	v->value = NULL;
	v->flags = 0;
	v->next = table[h];
	table[h] = v;
	nvars++;
	return v;
}

const char *var_get(const char *name)
{
	struct var *v = lookup(name);

	return v ? v->value : NULL;
}

int var_flags(const char *name)
{
	struct var *v = lookup(name);

	return v ? v->flags : 0;
}

/* Sets a value (NULL: unset it but keep the flags) and adds flags. */
int var_set(const char *name, const char *value, int flags)
{
	struct var *v = lookup(name);

	if (v && (v->flags & V_READONLY)) {
		sh_warn("%s: is read only", name);
		return -1;
	}
	v = create(name);
	free(v->value);
	v->value = value ? xstrdup(value) : NULL;
	v->flags |= flags;
	return 0;
}

/* "NAME=value", as given to export and readonly. */
int var_set_assignment(const char *text, int flags)
{
	const char *eq = strchr(text, '=');
	char *name = xstrdup(text);
	int r;

	name[eq - text] = '\0';
	r = var_set(name, eq + 1, flags);
	free(name);
	return r;
}

void var_set_flags(const char *name, int flags)
{
	create(name)->flags |= flags;
}

int var_unset(const char *name)
{
	struct var **pv, *v;

	for (pv = &table[hash(name)]; (v = *pv); pv = &v->next) {
		if (strcmp(v->name, name) != 0)
			continue;
		if (v->flags & V_READONLY) {
			sh_warn("%s: is read only", name);
			return -1;
		}
		*pv = v->next;
		free(v->name);
		free(v->value);
		free(v);
		nvars--;
		return 0;
	}
	return 0;
}

void var_init(char **env)
{
	for (; env && *env; env++) {
		const char *eq = strchr(*env, '=');
		if (eq && is_name_n(*env, (size_t) (eq - *env)))
			var_set_assignment(*env, V_EXPORT);
	}
}

const char *var_ifs(void)
{
	const char *ifs = var_get("IFS");

	return ifs ? ifs : " \t\n";
}

/* The variables that have all of flags and a value, in scratch memory. */
static struct var **collect(int flags, int need_value, int *count)
{
	struct var **all = arena_alloc(scratch,
		sizeof(*all) * (size_t) (nvars + 1));
	struct var *v;
	int i, n = 0;

	for (i = 0; i < NBUCKETS; i++)
		for (v = table[i]; v; v = v->next)
			if ((v->flags & flags) == flags
			    && (v->value || !need_value))
				all[n++] = v;
	*count = n;
	return all;
}

char **var_environ(void)
{
	int n, i;
	struct var **vs = collect(V_EXPORT, 1, &n);
	char **env = arena_alloc(scratch, sizeof(*env) * (size_t) (n + 1));

	for (i = 0; i < n; i++) {
		size_t ln = strlen(vs[i]->name), lv = strlen(vs[i]->value);
		env[i] = arena_alloc(scratch, ln + lv + 2);
		memcpy(env[i], vs[i]->name, ln);
		env[i][ln] = '=';
		memcpy(env[i] + ln + 1, vs[i]->value, lv + 1);
	}
	env[n] = NULL;
	return env;
}

static int by_name(const void *a, const void *b)
{
	return strcmp((*(struct var *const *) a)->name,
		(*(struct var *const *) b)->name);
}

/* Lists variables as commands that would set them again. */
void var_print(int flags, const char *prefix)
{
	struct arena_mark m = arena_mark(scratch);
	int n, i;
	struct var **vs = collect(flags, !prefix, &n);
	struct strbuf b;

	qsort(vs, (size_t) n, sizeof(*vs), by_name);
	sb_init(&b);
	for (i = 0; i < n; i++) {
		if (prefix)
			sb_adds(&b, prefix);
		sb_adds(&b, vs[i]->name);
		if (vs[i]->value) {
			sb_addc(&b, '=');
			sb_quote(&b, vs[i]->value);
		}
		sb_addc(&b, '\n');
	}
	out_write(1, b.s, b.len);
	sb_free(&b);
	arena_release(scratch, m);
}

int var_exists(const char *name)
{
	return lookup(name) != NULL;
}

/* Puts back a variable exactly as it was, read-only or not. */
void var_restore(const char *name, const char *value, int flags,
	int existed)
{
	struct var *v;

	if (!existed) {
		if ((v = lookup(name)))
			v->flags = 0;
		var_unset(name);
		return;
	}
	v = create(name);
	free(v->value);
	v->value = value ? xstrdup(value) : NULL;
	v->flags = flags;
}
