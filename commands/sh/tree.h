/*
 * tree.h - the parsed form of commands and words.
 *
 * A word is a list of parts: literal text, ${parameter} expansions,
 * $(command) substitutions and $((arithmetic)).  Each part remembers
 * whether it was quoted, which decides field splitting and globbing.
 * All of it lives in the arena of the command line it was parsed from.
 */
#ifndef SH_TREE_H
#define SH_TREE_H

#include <stddef.h>

enum part_type { P_LIT, P_PARAM, P_CMDSUB, P_ARITH };

/* ${name op arg}: what op is. */
enum param_op {
	PO_PLAIN,	/* $name, ${name} */
	PO_LENGTH,	/* ${#name} */
	PO_DEFAULT,	/* ${name-arg} ${name:-arg} */
	PO_ASSIGN,	/* ${name=arg} */
	PO_ERROR,	/* ${name?arg} */
	PO_ALT,		/* ${name+arg} */
	PO_PREFIX,	/* ${name#pat} */
	PO_LPREFIX,	/* ${name##pat} */
	PO_SUFFIX,	/* ${name%pat} */
	PO_LSUFFIX	/* ${name%%pat} */
};

struct word;
struct node;

struct wpart {
	enum part_type type;
	int quoted;
	struct wpart *next;
	union {
		struct {
			char *text;
			size_t len;
		} lit;
		struct {
			char *name;
			enum param_op op;
			int colon;		/* ":-" rather than "-" */
			struct word *arg;
		} param;
		struct node *cmd;		/* P_CMDSUB, NULL if empty */
		struct word *expr;		/* P_ARITH */
	} u;
};

struct word {
	struct wpart *parts;
	struct word *next;
};

/* NAME=value before a command. */
struct assign {
	char *name;
	struct word *value;
	struct assign *next;
};

enum redir_type {
	R_IN,		/* <  */
	R_OUT,		/* >  */
	R_CLOBBER,	/* >| */
	R_APPEND,	/* >> */
	R_RDWR,		/* <> */
	R_DUPIN,	/* <& */
	R_DUPOUT,	/* >& */
	R_HEREDOC	/* << and <<- */
};

struct redir {
	enum redir_type type;
	int fd;
	struct word *target;	/* file name, fd number, or here-doc body */
	struct redir *next;
};

struct case_item {
	struct word *patterns;
	struct node *body;
	struct case_item *next;
};

enum node_type {
	N_SIMPLE, N_PIPE, N_AND, N_OR, N_SEQ, N_BG, N_SUBSHELL, N_GROUP,
	N_IF, N_WHILE, N_UNTIL, N_FOR, N_CASE, N_FUNC
};

struct node {
	enum node_type type;
	int lineno;
	struct redir *redirs;
	char *text;		/* source of a pipeline, for job listings */
	union {
		struct {
			struct assign *assigns;
			struct word *args;
		} simple;
		struct {
			struct node **cmds;
			int n;
			int bang;
		} pipe;
		struct {
			struct node *left, *right;
		} bin;			/* N_AND N_OR N_SEQ */
		struct node *body;	/* N_BG N_SUBSHELL N_GROUP */
		struct {
			struct node *cond, *then_part, *else_part;
		} if_;
		struct {
			struct node *cond, *body;
		} loop;			/* N_WHILE N_UNTIL */
		struct {
			char *var;
			struct word *words;
			int has_in;
			struct node *body;
		} for_;
		struct {
			struct word *subject;
			struct case_item *items;
		} case_;
		struct {
			char *name;
			struct node *body;
		} func;
	} u;
};

#endif
