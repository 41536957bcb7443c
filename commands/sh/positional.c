/*
 * positional.c - the positional parameters $1, $2, ...: keeping them,
 * not expanding them (that is expand_param.c).
 *
 * Entry points: params_set (set --, a script's arguments), params_swap
 * (a function call puts its own in place and back), params_shift.
 */
#include <stdlib.h>
#include "mem.h"
#include "var.h"

struct params params;

void params_free(struct params p)
{
	int i;

	for (i = 0; i < p.n; i++)
		free(p.v[i]);
	free(p.v);
}

/* Replaces the parameters with copies of v[0..n-1]. */
void params_set(int n, char *const *v)
{
	struct params old = params;
	int i;

	params.n = n;
	params.v = xmalloc(sizeof(*params.v) * (size_t) (n + 1));
	for (i = 0; i < n; i++)
		params.v[i] = xstrdup(v[i]);
	params.v[n] = NULL;
	params_free(old);
}

struct params params_swap(struct params p)
{
	struct params old = params;

	params = p;
	return old;
}

/* Drops the first n; -1 if there are fewer. */
int params_shift(int n)
{
	int i;

	if (n > params.n)
		return -1;
	for (i = 0; i < n; i++)
		free(params.v[i]);
	for (i = n; i <= params.n; i++)
		params.v[i - n] = params.v[i];
	params.n -= n;
	return 0;
}
