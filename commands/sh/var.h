/*
 * var.h - shell variables, positional parameters and functions.
 */
#ifndef SH_VAR_H
#define SH_VAR_H

#include <stddef.h>

#define V_EXPORT	0x1
#define V_READONLY	0x2

int is_name(const char *s);
int is_name_n(const char *s, size_t n);

/* var.c */
void var_init(char **env);
const char *var_get(const char *name);
int var_set(const char *name, const char *value, int flags);
int var_set_assignment(const char *text, int flags);
int var_unset(const char *name);
int var_flags(const char *name);
void var_set_flags(const char *name, int flags);
int var_exists(const char *name);
void var_restore(const char *name, const char *value, int flags,
	int existed);
char **var_environ(void);
void var_print(int flags, const char *prefix);
const char *var_ifs(void);

/* varscope.c: `local` and the assignments before a builtin or function */
void var_scope_push(void);
void var_scope_pop(void);
void var_make_local(const char *name);

/* positional.c: $1... */
struct params {
	int n;
	char **v;
};
extern struct params params;
void params_set(int n, char *const *v);
struct params params_swap(struct params p);
void params_free(struct params p);
int params_shift(int n);

/* func.c */
struct node;
struct arena;
void func_define(const char *name, struct node *body, struct arena *a);
int func_exists(const char *name);
int func_unset(const char *name);
int func_call(const char *name, int argc, char **argv);

#endif
